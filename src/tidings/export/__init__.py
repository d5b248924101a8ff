"""Exports of a store: GDELT 2.0 event table, PLOVER/POLECAT JSON, CSV and Parquet.

Contract::

    n = export_store(store, fmt="gdelt", out="events.tsv")              # 61 columns, GDELT order, asserted only
    n = export_store(store, fmt="parquet", out="claims.parquet", table="claims")
    r = export(store, fmt="plover-jsonl", out=sys.stdout, filters=Filters(status="claimed,denied"))

Every export takes the filters of ``tidings query``. The GDELT event table holds one
row per event however many articles report it (``mentions.py``) and, because it has
no column for it, asserted events only unless ``filters.status`` says otherwise
(``"all"`` is no filter; see :func:`default_status`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, replace
from typing import IO, Any, Iterator

from ..errors import BadFilter, StoreError
from ..store import Store, query

FORMATS = ("gdelt", "plover", "plover-jsonl", "csv", "parquet")
TABLES = ("events", "statements", "claims", "mentions")
GDELT_DEFAULT_STATUS = "asserted"


@dataclass(frozen=True, slots=True)
class ExportReport:
    rows: int
    left_out: int = 0  # events without a PLOVER type (plover formats only)
    note: str = ""


def default_status(fmt: str, table: str, status: str | None) -> str | None:
    """The status filter an export applies: GDELT keeps asserted events unless told ``all`` or a list."""
    if status is None and fmt == "gdelt":
        return GDELT_DEFAULT_STATUS
    if status is not None and status.strip().lower() == "all":
        return None
    return status


def export_store(store: Store, *, fmt: str, out: str, table: str = "events", filters: query.Filters | None = None,
                 window_days: int | None = None) -> int:
    """Write ``table`` to the file ``out`` (``-``: standard output); returns the number of rows."""
    return export(store, fmt=fmt, out=out, table=table, filters=filters, window_days=window_days).rows


def export(store: Store, *, fmt: str, out: str | IO[str], table: str = "events", filters: query.Filters | None = None,
           window_days: int | None = None) -> ExportReport:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    accepted = {"gdelt": ("events", "mentions"), "plover": ("events",), "plover-jsonl": ("events",)}.get(fmt, TABLES)
    if table not in accepted:
        raise BadFilter(f"--table {table}: the {fmt} format holds {' or '.join(accepted)}; "
                        f"use --format csv or parquet for {table}")
    if fmt == "parquet" and (not isinstance(out, str) or out == "-"):
        raise BadFilter("--out -: Parquet is a binary file; give a file name")
    f = filters or query.Filters()
    f = replace(f, status=default_status(fmt, table, f.status))
    try:
        if isinstance(out, str) and out != "-":
            with open(out, "w", encoding="utf-8", newline="" if fmt == "csv" else "\n") as fh:
                return _write(store, fmt, fh, out, table, f, window_days)
        stream = sys.stdout if isinstance(out, str) else out
        return _write(store, fmt, stream, None, table, f, window_days)
    except BrokenPipeError:
        raise  # the reader of standard output stopped early (| head): the caller ends quietly
    except OSError as e:
        raise StoreError(f"cannot write {out}: {e.strerror or e}") from e


def _write(store: Store, fmt: str, fh: IO[str], path: str | None, table: str, f: query.Filters,
           window_days: int | None) -> ExportReport:
    from . import gdelt, mentions, plover, tabular

    window = mentions.WINDOW_DAYS if window_days is None else window_days
    if fmt == "gdelt":
        groups = _groups(store, f, window)
        n = gdelt.write_mentions(groups, fh) if table == "mentions" else gdelt.write(groups, fh)
        return ExportReport(n)
    if fmt in ("plover", "plover-jsonl"):
        rows = query.iter_rows(store, _filtered_events(store, f))
        lines = fmt == "plover-jsonl" or bool(path and path.endswith((".jsonl", ".ndjson")))
        n, left_out = plover.write(rows, fh, lines=lines)
        return ExportReport(n, left_out, f"{left_out} event(s) without a PLOVER type left out (CAMEO 01x statements)"
                            if left_out else "")
    if table == "mentions":
        data: Iterator[dict[str, Any]] = mentions.mention_rows(_groups(store, f, window))
        header = mentions.MENTION_COLUMNS
    else:
        data = query.iter_rows(store, getattr(query, f"{table}_select")(store.dialect, f))
        header = query.COLUMNS[table]
    if fmt == "parquet":
        return ExportReport(tabular.write_parquet(data, path or "-", header=header))
    return ExportReport(tabular.write_csv(data, fh, header=header))


def _filtered_events(store: Store, f: query.Filters) -> Any:
    """The events export query restricted to the events ``tidings query events`` would list with ``f``."""
    from ..store import schema
    from . import gdelt

    wanted = query.events_select(store.dialect, f).subquery()
    from sqlalchemy import select

    return gdelt.events_query().where(schema.events.c.num.in_(select(wanted.c.event)))


def _groups(store: Store, f: query.Filters, window_days: int) -> Iterator[Any]:
    from . import mentions

    copies = mentions.copies_by_document(store)
    rows = query.iter_rows(store, mentions.grouping_order(_filtered_events(store, f)))
    return mentions.group_rows(rows, copies, window_days=window_days)
