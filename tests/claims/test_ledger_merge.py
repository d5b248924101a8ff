"""The cross-document ledger: signature matching, time windows, holders' first and latest stance."""

from __future__ import annotations

from tidings.claims.ledger import as_record, contested, merge
from tidings.records import Claim, ClaimStance, Document, Proposition, TextSpan


def _doc(i: str, date: str | None) -> Document:
    return Document(id=i, text="...", date=date)


def _claim(target: str, *stances: tuple[str, str]) -> Claim:
    return Claim(
        Proposition("PRK", target, "072", "AID"),
        tuple(ClaimStance(h, None, s, TextSpan(0, 3, "..."), 0, None) for h, s in stances),  # type: ignore[arg-type]
    )


def test_ledger_merge_same_signature_within_window() -> None:
    items = [
        (_doc("a", "2023-01-10"), _claim("RUS.PMC:Wagner", ("USA.GOV", "asserts"))),
        (_doc("b", "2023-02-20"), _claim("RUS", ("PRK.GOV", "denies"))),
    ]
    ledger = merge(items, window_days=90)
    assert len(ledger) == 1
    c = ledger[0]
    assert c.contested and c.documents == ("a", "b")
    assert (c.first_date, c.last_date) == ("2023-01-10", "2023-02-20")
    assert [e.document for e in c.timeline] == ["a", "b"]


def test_ledger_merge_splits_outside_window() -> None:
    items = [
        (_doc("a", "2022-01-10"), _claim("RUS", ("USA.GOV", "asserts"))),
        (_doc("b", "2023-06-01"), _claim("RUS", ("USA.GOV", "asserts"))),
    ]
    assert len(merge(items, window_days=90)) == 2


def test_ledger_merge_records_first_and_latest_stance() -> None:
    items = [
        (_doc("b", "2023-03-01"), _claim("RUS", ("PRK.GOV", "questions"))),
        (_doc("a", "2023-01-01"), _claim("RUS", ("PRK.GOV", "denies"), ("USA.GOV", "asserts"))),
    ]
    c = merge(items)[0]
    prk = next(h for h in c.holders if h.holder == "PRK.GOV")
    assert (prk.first.stance, prk.first.date) == ("denies", "2023-01-01")
    assert (prk.latest.stance, prk.latest.date) == ("questions", "2023-03-01")


def test_ledger_contested_first_and_json_shape() -> None:
    items = [
        (_doc("a", "2023-01-01"), _claim("UKR", ("USA.GOV", "asserts"), ("GBR.GOV", "asserts"))),
        (_doc("b", "2023-01-02"), _claim("RUS", ("USA.GOV", "asserts"), ("PRK.GOV", "denies"))),
    ]
    ledger = merge(items)
    assert [c.proposition.target for c in ledger] == ["RUS", "UKR"]
    assert len(contested(ledger)) == 1
    rec = as_record(ledger[0])
    assert rec["contested"] is True and rec["timeline"][0]["holder"] == "USA.GOV"
