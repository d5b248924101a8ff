"""Issue 14: search and filter values are data, never SQL or full-text syntax, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sample_records import make_analysis

from tidings.store import query as q

HOSTILE = ['"', 'Kuleba"', "NEAR(", "NEAR(Kyiv Moscow, 2)", "*", "Kyi*", "a OR", "AND", "NOT", "-Kyiv", "^Kyiv", "(((", ")",
           "'; DROP TABLE documents; --", "documents_fts MATCH 'x'", "\\", "%", "_", "{col}:x", "Kyiv:*", "!!", "&|",
           "\u202e\u200b", "\x00", "x" * 5000]


@pytest.mark.parametrize("value", HOSTILE)
def test_query_hostile_values_are_data(store, value: str) -> None:  # type: ignore[no-untyped-def]
    if not store.stored(["x"]) and store.count("documents") == 0:
        for i in range(3):
            store.write(make_analysis(i))
    for kind in ("events", "statements", "claims", "actors"):
        getattr(q, kind)(store, q.Filters(search=value))
        getattr(q, kind)(store, q.Filters(actor=value, document=value, cameo=value, plover=value, status=value))
    q.failures(store, q.Filters(document=value, status=value))
    assert store.count("documents") == 3
