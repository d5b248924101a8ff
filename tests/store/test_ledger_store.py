"""The cross-document claim ledger read from the store, on both backends."""

from __future__ import annotations

import dataclasses

from sample_records import make_analysis

from tidings.claims import merge
from tidings.records import Analysis, Claim, ClaimStance, Document
from tidings.store import Store
from tidings.store.ledger import ledger, stored_claims
from tidings.store.query import Filters


def _pairs(analyses: list[Analysis]) -> list[tuple[Document, Claim]]:
    return [(a.document, c) for a in analyses for c in a.claims]


def _without_text(pairs: list[tuple[Document, Claim]]) -> list[tuple[Document, Claim]]:
    return [(dataclasses.replace(d, text=""), c) for d, c in pairs]


def _asserting(a: Analysis, holder: str, name: str) -> Analysis:
    """``a`` with its claim held the other way round: ``holder`` asserts what ``a``'s speaker denied."""
    claim = a.claims[0]
    st = ClaimStance(holder, name, "asserts", claim.stances[0].content, 0, 0, date=a.document.date, document=a.document.id)
    return dataclasses.replace(a, claims=(Claim(claim.proposition, (st,)),))


def test_ledger_store_reads_back_the_claims_it_was_given(store: Store) -> None:
    analyses = [make_analysis(i, date=f"2024-03-{10 + i:02d}") for i in range(6)]
    for a in analyses:
        store.write(a)
    assert stored_claims(store) == _without_text(_pairs(analyses))


def test_ledger_store_contested_across_documents_first_with_dated_timeline(store: Store) -> None:
    # doc-0: Kwon Jong Gun (PRK.GOV) denies Pyongyang supplied weapons to Washington; doc-4, two weeks later:
    # the same proposition asserted by a South Korean official; doc-1 (Ukraine/Moscow) stays uncontested by them.
    denial = make_analysis(0, date="2024-03-01")
    later = _asserting(make_analysis(4, date="2024-03-15"), "KOR.GOV", "Shin Won-sik")
    other = make_analysis(1, date="2024-03-05")
    for a in (denial, later, other):
        store.write(a)

    merged = ledger(store)
    assert merged == merge(_without_text(_pairs([denial, later, other])))
    first = merged[0]
    assert first.contested and first.proposition.source == "PRK" and first.documents == ("doc-0", "doc-4")
    assert [(e.date, e.holder, e.stance, e.document) for e in first.timeline] == [
        ("2024-03-01", "USA.GOV", "asserts", "doc-0"),  # an accusation with no quote sorts before the quoted denial
        ("2024-03-01", "PRK.GOV", "denies", "doc-0"),
        ("2024-03-15", "KOR.GOV", "asserts", "doc-4"),
    ]
    quote = first.timeline[1]
    start = denial.document.text.index("Pyongyang had never")
    assert (quote.quote, quote.start, quote.end) == ("Pyongyang had never supplied weapons to Washington", start, start + 50)
    assert [c.proposition.source for c in ledger(store, contested_only=True)] == ["PRK", "UKR"]


def test_ledger_store_window_splits_distant_claims(store: Store) -> None:
    store.write(make_analysis(0, date="2023-01-10"))
    store.write(_asserting(make_analysis(4, date="2024-06-01"), "KOR.GOV", "Shin Won-sik"))
    assert len(ledger(store, window_days=90)) == 2
    assert len(ledger(store, window_days=36500)) == 1


def test_ledger_store_filters_choose_claims_but_keep_every_stance(store: Store) -> None:
    for i in range(4):
        store.write(make_analysis(i, date=f"2024-03-{10 + i:02d}"))
    by_status = ledger(store, Filters(status="denies", document="doc-2"))
    assert len(by_status) == 1 and {e.stance for e in by_status[0].timeline} == {"asserts", "denies"}
    assert [c.proposition.target for c in ledger(store, Filters(actor="ARM"))] == ["ARM.GOV"]
    assert [c.proposition.target for c in ledger(store, Filters(actor="Yerevan"))] == ["ARM.GOV"]  # capital -> ARM.GOV
    assert [c.proposition.source for c in ledger(store, Filters(actor="kwon jong"))] == ["PRK"]  # the holder's name
    assert len(ledger(store, Filters(since="2024-03-12"))) == 2
    assert len(ledger(store, Filters(limit=1))) == 1
    assert ledger(store, Filters(plover="ACCUSE")) == []
