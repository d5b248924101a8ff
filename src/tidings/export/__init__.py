"""Exports of a store: GDELT 2.0 event table, PLOVER/POLECAT JSON, CSV and Parquet.

Contract::

    n = export_store(store, fmt="gdelt", out="events.tsv")              # 61 columns, GDELT order
    n = export_store(store, fmt="parquet", out="claims.parquet", table="claims")
"""

from __future__ import annotations

from ..errors import StoreError
from ..store import Store, query

FORMATS = ("gdelt", "plover", "csv", "parquet")
TABLES = ("events", "statements", "claims")


def export_store(store: Store, *, fmt: str, out: str, table: str = "events") -> int:
    """Write ``table`` (events for gdelt and plover) to ``out``; returns the number of rows."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    try:
        if fmt in ("gdelt", "plover"):
            return _events_format(store, fmt, out)
        return _tabular(store, fmt, out, table)
    except OSError as e:
        raise StoreError(f"cannot write {out}: {e.strerror or e}") from e


def _events_format(store: Store, fmt: str, out: str) -> int:
    from . import gdelt, plover

    q = gdelt.events_query() if fmt == "gdelt" else plover.events_query()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        rows = query.iter_rows(store, q)
        if fmt == "gdelt":
            return gdelt.write(rows, f)
        return plover.write(rows, f, lines=out.endswith((".jsonl", ".ndjson")))


def _tabular(store: Store, fmt: str, out: str, table: str) -> int:
    """Stream the rows of ``tidings query TABLE`` (no filters) into CSV or Parquet: memory stays flat."""
    from . import tabular

    select = getattr(query, f"{table}_select")(store.dialect)
    rows = query.iter_rows(store, select)
    header = query.COLUMNS[table]
    if fmt == "parquet":
        return tabular.write_parquet(rows, out, header=header)
    with open(out, "w", encoding="utf-8", newline="") as f:
        return tabular.write_csv(rows, f, header=header)
