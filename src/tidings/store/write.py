"""Write one document's Analysis in one transaction; record failures.

A document either lands whole (document row, its counts, and every extracted
row) or not at all: a killed process leaves nothing half-written, and the
content-hash key makes a second ingest of the same text a no-op.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any, Iterable, Iterator

from sqlalchemy import Connection, Table, delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError

from ..errors import StoreError
from ..records import Analysis, Document, Failure
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


def insert_document(conn: Connection, a: Analysis, *, known: set[str] | frozenset[str] = frozenset(),
                    vid: str | None = None) -> int | None:
    """Insert the document row; its ``num``, or None when the text is already stored.

    ``vid``: the versions id of ``a`` when the caller has it already.
    """
    vid = vid or rows.versions_id(a.versions)
    if vid not in known:
        ensure_versions(conn, a.versions)
    row = rows.document_row(a.document, vid=vid, now=now_iso(), a=a)
    with _driver(conn) as cur:
        cur.execute(_insert_sql(conn.dialect.name, schema.documents, tuple(row), returning="num"), row)
        hit = cur.fetchone()
    return None if hit is None else int(hit[0])


def insert_extracted(conn: Connection, num: int, a: Analysis, vid: str, *, new: bool = True) -> None:
    """Every extracted row of ``a`` under document ``num``: one executemany per table; for a ``new``
    document also its first copy (a fresh document has none yet, so a plain insert is safe)."""
    batches: list[tuple[Table, list[dict[str, Any]]]] = [
        (schema.copies, [rows.copy_row(a.document, doc=num, now=now_iso())] if new else []),
        (schema.lines, [{"doc": num, "idx": i, **rows.line_row(x)} for i, x in enumerate(a.lines)]),
        (schema.sentences, [{"doc": num, **rows.sentence_row(x)} for x in a.sentences]),
        (schema.mentions, [{"doc": num, "idx": i, "version_id": vid, **rows.mention_row(x)} for i, x in enumerate(a.mentions)]),
        (schema.events, [{"doc": num, "idx": i, "version_id": vid, **rows.event_row(x)} for i, x in enumerate(a.events)]),
        (schema.statements, [{"doc": num, "idx": i, "version_id": vid, **rows.statement_row(x)} for i, x in enumerate(a.statements)]),
        (schema.claims, [{"doc": num, "idx": i, "version_id": vid, **rows.claim_row(c)} for i, c in enumerate(a.claims)]),
        (schema.stances, [{"doc": num, "claim_idx": i, "idx": j, **rows.stance_row(s)}
                          for i, c in enumerate(a.claims) for j, s in enumerate(c.stances)]),
    ]
    with _driver(conn) as cur, _pipeline(conn):
        for table, items in batches:
            if items:
                cur.executemany(_insert_sql(conn.dialect.name, table, tuple(items[0])), items)


@contextmanager
def _pipeline(conn: Connection) -> Iterator[None]:
    """PostgreSQL: send every table's rows in one pipeline, one round trip for the lot
    (psycopg would otherwise wait for the server after each executemany). SQLite: nothing to do."""
    raw = conn.connection.dbapi_connection
    if conn.dialect.name != "postgresql" or raw is None or not hasattr(raw, "pipeline"):
        yield
        return
    with raw.pipeline():
        yield


@contextmanager
def _driver(conn: Connection) -> Iterator[Any]:
    """A cursor of the driver itself, inside the connection's open transaction.

    A document is a few dozen small rows: SQLAlchemy's per-statement work (cache
    key, parameter processing, result set-up) costs more than the inserts, so the
    write path hands plain values (str/int/float/None) straight to the driver. Driver
    errors are re-raised as SQLAlchemy's (IntegrityError, OperationalError ...) so
    the Store's retry and reject handling sees them as usual.
    """
    dbapi = conn.dialect.loaded_dbapi
    raw = conn.connection.dbapi_connection
    if raw is None:  # pragma: no cover - an open Connection always holds one
        raise StoreError("the database connection is closed")
    cur = raw.cursor()
    try:
        yield cur
    except dbapi.Error as e:
        raise DBAPIError.instance(None, None, e, dbapi.Error, dialect=conn.dialect) from e
    finally:
        cur.close()


@lru_cache(maxsize=64)
def _insert_sql(dialect: str, table: Table, cols: tuple[str, ...], returning: str | None = None) -> str:
    """A prepared-statement text (the drivers cache its plan): INSERT, with RETURNING ... ON CONFLICT DO NOTHING."""
    marks = [f":{c}" if dialect == "sqlite" else f"%({c})s" for c in cols]
    names = ", ".join(f'"{c}"' for c in cols)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join(marks)})'
    if returning:
        sql += f' ON CONFLICT DO NOTHING RETURNING "{returning}"'
    return sql


def write_analysis(conn: Connection, a: Analysis, *, known: set[str] | frozenset[str] = frozenset(),
                   vid: str | None = None) -> bool:
    """Write ``a`` inside the caller's transaction; False if the document was already stored.

    ``known``: versions ids already in the database (their insert is skipped);
    ``vid``: the versions id of ``a`` when the caller has it already.
    """
    vid = vid or rows.versions_id(a.versions)
    num = insert_document(conn, a, known=known, vid=vid)
    if num is None:
        add_copy(conn, a.document)  # the same text under another id, URL or source: one more copy
        return False
    insert_extracted(conn, num, a, vid)
    return True


def add_copy(conn: Connection, d: Document, *, num: int | None = None) -> bool:
    """Record that the stored text of ``d`` appeared under ``d``'s id, URL, source and date;
    False when that copy was already recorded (or the text is not stored)."""
    if num is None:
        num = conn.execute(select(schema.documents.c.num).where(schema.documents.c.id == rows.document_id(d.text))).scalar()
        if num is None:
            return False
    # RETURNING, not rowcount: with an implicit RETURNING of the key PostgreSQL's driver reports -1 for a skipped row
    ins = _insert_ignore(conn, schema.copies).values(**rows.copy_row(d, doc=int(num), now=now_iso()))
    return conn.execute(ins.returning(schema.copies.c.num)).first() is not None


def replace_extracted(conn: Connection, num: int, a: Analysis) -> None:
    """Swap a stored document's extracted rows for a fresh Analysis (``recode``), same transaction."""
    for table in reversed(schema.EXTRACTED):
        conn.execute(delete(table).where(table.c.doc == num))
    vid = ensure_versions(conn, a.versions)
    conn.execute(update(schema.documents).where(schema.documents.c.num == num).values(version_id=vid, **rows.counts(a)))
    insert_extracted(conn, num, a, vid, new=False)


def record_failure(conn: Connection, f: Failure, *, input_id: str | None = None, document_id: str | None = None,
                   versions: dict[str, str] | None = None) -> bool:
    """Record a failure once per (path, line, stage, code); False when it was already recorded."""
    vid = ensure_versions(conn, versions) if versions else None
    values = {
        "path": f.path,
        "line": f.line or 0,
        "input_id": input_id or f.id,
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
    """Which of these content hashes are already stored (one query per 500)."""
    wanted = list(dict.fromkeys(ids))
    found: set[str] = set()
    mark = "?" if conn.dialect.name == "sqlite" else "%s"
    with _driver(conn) as cur:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            cur.execute(f"SELECT id FROM documents WHERE id IN ({', '.join([mark] * len(chunk))})", chunk)
            found.update(r[0] for r in cur.fetchall())
    return found
