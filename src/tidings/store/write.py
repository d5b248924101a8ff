"""Write one document's Analysis in one transaction; record failures.

A document either lands whole (document row, its counts, and every extracted
row) or not at all: a killed process leaves nothing half-written, and the
content-hash key makes a second ingest of the same text a no-op.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite

from ..records import Analysis, Failure
from . import rows, schema


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _insert_ignore(conn: Connection, table: Table) -> Any:
    """INSERT ... ON CONFLICT DO NOTHING in the connection's dialect."""
    ins = postgresql.insert(table) if conn.dialect.name == "postgresql" else sqlite.insert(table)
    return ins.on_conflict_do_nothing()


def ensure_versions(conn: Connection, versions: dict[str, str]) -> str:
    vid = rows.versions_id(versions)
    conn.execute(_insert_ignore(conn, schema.versions).values(id=vid, json=rows.versions_json(versions), created_at=now_iso()))
    return vid


def insert_document(conn: Connection, a: Analysis, *, known: set[str] | frozenset[str] = frozenset()) -> int | None:
    """Insert the document row; its ``num``, or None when the text is already stored."""
    vid = rows.versions_id(a.versions)
    if vid not in known:
        ensure_versions(conn, a.versions)
    row = rows.document_row(a.document, vid=vid, now=now_iso(), a=a)
    stmt = _insert_ignore(conn, schema.documents).values(**row).returning(schema.documents.c.num)
    return conn.execute(stmt).scalar_one_or_none()


def insert_extracted(conn: Connection, num: int, a: Analysis, vid: str) -> None:
    """Every extracted row of ``a`` under document ``num`` (bulk inserts, one per table)."""
    _bulk(conn, schema.lines, [{"doc": num, "idx": i, **rows.line_row(x)} for i, x in enumerate(a.lines)])
    _bulk(conn, schema.sentences, [{"doc": num, **rows.sentence_row(x)} for x in a.sentences])
    _bulk(conn, schema.mentions, [{"doc": num, "idx": i, "version_id": vid, **rows.mention_row(x)} for i, x in enumerate(a.mentions)])
    _bulk(conn, schema.events, [{"doc": num, "idx": i, "version_id": vid, **rows.event_row(x)} for i, x in enumerate(a.events)])
    _bulk(conn, schema.statements, [{"doc": num, "idx": i, "version_id": vid, **rows.statement_row(x)} for i, x in enumerate(a.statements)])
    _bulk(conn, schema.claims, [{"doc": num, "idx": i, "version_id": vid, **rows.claim_row(c)} for i, c in enumerate(a.claims)])
    st = [{"doc": num, "claim_idx": i, "idx": j, **rows.stance_row(s)} for i, c in enumerate(a.claims) for j, s in enumerate(c.stances)]
    _bulk(conn, schema.stances, st)


def _bulk(conn: Connection, table: Table, items: Sequence[dict[str, Any]]) -> None:
    """executemany through the driver: Core's per-statement compile and type processing cost
    more than the insert itself for a document's handful of rows (all values are plain str/int/float)."""
    if items:
        conn.exec_driver_sql(_insert_sql(conn.dialect.name, table, tuple(items[0])), list(items))


@lru_cache(maxsize=64)
def _insert_sql(dialect: str, table: Table, cols: tuple[str, ...]) -> str:
    marks = [f":{c}" if dialect == "sqlite" else f"%({c})s" for c in cols]
    names = ", ".join(f'"{c}"' for c in cols)
    return f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join(marks)})'



def write_analysis(conn: Connection, a: Analysis, *, known: set[str] | frozenset[str] = frozenset()) -> bool:
    """Write ``a`` inside the caller's transaction; False if the document was already stored.

    ``known``: versions ids already in the database (their insert is skipped).
    """
    num = insert_document(conn, a, known=known)
    if num is None:
        return False
    insert_extracted(conn, num, a, rows.versions_id(a.versions))
    return True


def replace_extracted(conn: Connection, num: int, a: Analysis) -> None:
    """Swap a stored document's extracted rows for a fresh Analysis (``recode``), same transaction."""
    for table in reversed(schema.EXTRACTED):
        conn.execute(delete(table).where(table.c.doc == num))
    vid = ensure_versions(conn, a.versions)
    conn.execute(update(schema.documents).where(schema.documents.c.num == num).values(version_id=vid, **rows.counts(a)))
    insert_extracted(conn, num, a, vid)


def record_failure(conn: Connection, f: Failure, *, input_id: str | None = None, document_id: str | None = None,
                   versions: dict[str, str] | None = None) -> bool:
    """Record a failure once per (path, line, stage, code); False when it was already recorded."""
    vid = ensure_versions(conn, versions) if versions else None
    values = {
        "path": f.path,
        "line": f.line or 0,
        "input_id": input_id,
        "document_id": document_id,
        "stage": f.stage,
        "code": f.code,
        "message": f.message,
        "version_id": vid,
        "created_at": now_iso(),
    }
    res = conn.execute(_insert_ignore(conn, schema.failures).values(**values))
    return bool(res.rowcount)


def stored_ids(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Which of these content hashes are already stored."""
    wanted = list(ids)
    found: set[str] = set()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        found.update(conn.execute(select(schema.documents.c.id).where(schema.documents.c.id.in_(chunk))).scalars())
    return found
