"""Query filters on both backends: actor, CAMEO, PLOVER, status, dates, document, full text."""

from __future__ import annotations

from typing import Iterator

import pytest
from backends import backend_url
from sample_records import make_analysis

from tidings.store import Store
from tidings.store.query import Filters, actors, claims, events, statements
from tidings.store.stats import stats


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def filled(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One store per backend for the whole module (the queries only read)."""
    for url in backend_url(request.param, tmp_path_factory.mktemp("query")):
        with Store.open(url) as store:
            _fill(store)
            yield store


def _fill(store: Store) -> None:
    dates = ["2024-01-15", "2024-02-03", "2024-02-20", "2024-03-09", "2024-03-30", "2024-04-02", "2024-04-20", "2024-05-05"]
    for i, date in enumerate(dates):
        a = make_analysis(i, date=date)
        store.write(a)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), 24),
        (Filters(actor="PRK"), 6),  # PRK as source or target of 3 events in 2 articles
        (Filters(actor="prk"), 6),
        (Filters(actor="USA.GOV"), 4),
        (Filters(actor="Stoltenberg"), 0),  # events name places, the speaker is on statements
        (Filters(actor="NATO"), 6),
        (Filters(actor="North Korea"), 6),  # the country dictionary's name for PRK
        (Filters(actor="pyongyang"), 6),  # the words as written
        (Filters(cameo="11"), 8),
        (Filters(cameo="072"), 8),
        (Filters(root="1"), 8),  # root "01", zero-padded
        (Filters(plover="accuse"), 8),
        (Filters(status="denied"), 8),
        (Filters(since="2024-03-01", until="2024-04-02"), 9),  # undated events fall back to the article date
        (Filters(document="doc-3"), 3),
        # full text on events: the event's own sentence must hold the words, not just its article (issue 11)
        (Filters(search="groundless"), 0),  # only the quote says it, and the quote codes no event
        (Filters(search="Zakharova Yerevan"), 2),  # the "supplied" sentence of the two Baku articles
        (Filters(search="supplied"), 8),
        (Filters(status="denied,claimed"), 8),
        (Filters(status="asserted"), 16),
        (Filters(search="Zakharova Washington"), 0),
        (Filters(search="\"unbalanced (quote OR"), 0),  # FTS syntax in user input must not break the query
        (Filters(limit=5), 5),
    ],
)
def test_query_filters_events(filled: Store, filters: Filters, expected: int) -> None:
    assert len(events(filled, filters)) == expected


def test_query_filters_statements_search_and_speaker(filled: Store) -> None:
    rows = statements(filled, Filters(actor="Stoltenberg"))
    assert len(rows) == 4 and {r["speaker_key"] for r in rows} == {"NATO"}
    assert {r["speaker_key"] for r in statements(filled, Filters(actor="Russia"))} == {"RUS.GOV"}  # RUS and its sub-keys
    quoted = statements(filled, Filters(search="absurd"))
    assert len(quoted) == 8 and all(r["kind"] == "direct" for r in quoted)
    assert statements(filled, Filters(status="denies", document="doc-0"))[0]["content_text"] == "Pyongyang had never supplied weapons to Washington"


def test_query_filters_claims_one_row_per_stance(filled: Store) -> None:
    rows = claims(filled, Filters(actor="UKR"))
    assert [(r["holder"], r["stance"]) for r in rows] == [("UKR.GOV", "denies"), ("RUS.GOV", "asserts"),
                                                          ("UKR.GOV", "denies"), ("RUS.GOV", "asserts")]
    assert {r["prop_plover"] for r in claims(filled, Filters(plover="AID"))} == {"AID"}


def test_query_filters_actors_counts(filled: Store) -> None:
    rows = {r["key"]: r for r in actors(filled)}
    assert rows["PRK"]["documents"] == 2 and rows["PRK"]["mentions"] == 4
    assert None not in rows


def test_query_filters_stats_by_root_pair_month(filled: Store) -> None:
    s = stats(filled)
    assert s.totals["documents"] == 8 and s.totals["events"] == 24
    assert dict(s.by_root) == {"01": 8, "07": 8, "11": 8}
    assert ("PRK", "USA.GOV", 2) in s.by_pair
    assert dict(s.by_month) == {"2024-01": 3, "2024-02": 6, "2024-03": 6, "2024-04": 6, "2024-05": 3}
