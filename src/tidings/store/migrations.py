"""Versioned schema migrations, recorded in the ``migrations`` table.

Each migration is a function registered with :func:`migration` under a
increasing number; :func:`migrate` applies the missing ones in order, each in
its own transaction together with its ``migrations`` row, so a crash leaves the
schema at a known version. Never edit a released migration: add the next one.
Concurrent openers are serialised (SQLite: ``BEGIN IMMEDIATE``; PostgreSQL:
a transaction-scoped advisory lock).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import Column, Connection, Engine, Integer, MetaData, Table, Text, select, text
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from . import schema
from .db import with_retry

Migration = Callable[[Connection], None]
_LOCK_KEY = 7_215_449_031  # arbitrary constant shared by every tidings process

_meta = MetaData()
migrations_table = Table(
    "migrations",
    _meta,
    Column("version", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)


@dataclass(frozen=True, slots=True)
class Registered:
    version: int
    name: str
    apply: Migration


REGISTRY: list[Registered] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    """Register ``fn`` as migration ``version``."""

    def deco(fn: Migration) -> Migration:
        if any(m.version == version for m in REGISTRY):
            raise StoreError(f"migration {version} registered twice")
        REGISTRY.append(Registered(version, name, fn))
        REGISTRY.sort(key=lambda m: m.version)
        return fn

    return deco


@migration(1, "initial schema: documents, records, failures, versions")
def _initial(conn: Connection) -> None:
    schema.metadata.create_all(conn)


_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='num')",
    "CREATE VIRTUAL TABLE statements_fts USING fts5(content_text, content='statements', content_rowid='num')",
]


def _sqlite_fts_triggers(table: str, column: str) -> list[str]:
    fts = f"{table}_fts"
    return [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.num, new.{column}); END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.num, old.{column}); END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {column} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {column}) VALUES ('delete', old.num, old.{column}); "
        f"INSERT INTO {fts}(rowid, {column}) VALUES (new.num, new.{column}); END",
    ]


@migration(2, "full-text search over article text and statement content")
def _fulltext(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        ddl = _SQLITE_FTS + _sqlite_fts_triggers("documents", "text") + _sqlite_fts_triggers("statements", "content_text")
    else:
        ddl = [
            "CREATE INDEX ix_documents_fts ON documents USING gin (to_tsvector('english', text))",
            "CREATE INDEX ix_statements_fts ON statements USING gin (to_tsvector('english', content_text))",
        ]
    for stmt in ddl:
        conn.exec_driver_sql(stmt)


@migration(3, "article date source, event confidence, copies (every id, URL, source and date a text came under)")
def _dates_confidence_copies(conn: Connection) -> None:
    from sqlalchemy import Float, inspect

    insp = inspect(conn)
    have = {t: {c["name"] for c in insp.get_columns(t)} for t in ("documents", "events")}
    if "date_source" not in have["documents"]:
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN date_source TEXT")
    if "confidence" not in have["events"]:
        conn.exec_driver_sql(f"ALTER TABLE events ADD COLUMN confidence {Float().compile(dialect=conn.dialect)}")
    schema.copies.create(conn, checkfirst=True)
    _clean_dates(conn)
    _backfill_copies(conn)


def _clean_dates(conn: Connection) -> None:
    """Dates stored before they were checked: normalised when readable ("20080806"), else emptied."""
    from ..errors import BadDate
    from ..ingest.dates import parse_date

    d = schema.documents
    for num, value in list(conn.execute(select(d.c.num, d.c.date).where(d.c.date.is_not(None)))):
        try:
            fixed: str | None = parse_date(value)
        except BadDate:
            fixed = None
        if fixed != value:
            conn.execute(d.update().where(d.c.num == num).values(date=fixed, date_source=None if fixed is None else "metadata"))
        elif fixed is not None:
            conn.execute(d.update().where(d.c.num == num, d.c.date_source.is_(None)).values(date_source="metadata"))


def _backfill_copies(conn: Connection) -> None:
    """One copy per document stored before copies existed (its own id, URL, source and date)."""
    from . import rows

    d, c = schema.documents, schema.copies
    missing = select(d).where(~d.c.num.in_(select(c.c.doc)))
    batch = []
    for r in conn.execute(missing).mappings():
        doc = rows.document_from(dict(r))
        batch.append({**rows.copy_row(doc, doc=r["num"], now=r["ingested_at"])})
    if batch:
        conn.execute(c.insert(), batch)


def applied(conn: Connection) -> set[int]:
    return set(conn.execute(select(migrations_table.c.version)).scalars())


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})


def _apply_next(engine: Engine) -> bool:
    """Apply the lowest missing migration; False when the schema is current."""
    with engine.begin() as conn:
        _lock(conn)
        _meta.create_all(conn)
        done = applied(conn)
        newer = [v for v in done if v > REGISTRY[-1].version]
        if newer:
            raise StoreError(
                f"database schema is at migration {max(newer)}, newer than this tidings knows "
                f"({REGISTRY[-1].version}); upgrade tidings"
            )
        todo = [m for m in REGISTRY if m.version not in done]
        if not todo:
            return False
        m = todo[0]
        m.apply(conn)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        conn.execute(migrations_table.insert().values(version=m.version, name=m.name, applied_at=now))
        return True


def migrate(engine: Engine) -> int:
    """Bring the schema up to date; returns the number of migrations applied."""
    n = 0
    try:
        while with_retry(lambda: _apply_next(engine)):
            n += 1
    except SQLAlchemyError as e:
        raise StoreError(f"cannot prepare database {engine.url.render_as_string(hide_password=True)}: {e}") from e
    return n
