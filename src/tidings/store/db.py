"""Open a database from a path or URL: SQLite by default, PostgreSQL for ``postgresql://``.

SQLite is set up for many readers and one writer at a time: WAL journal,
``BEGIN IMMEDIATE`` for every transaction (the write lock is taken at the
start, so two writers queue instead of failing half-way on a lock upgrade)
and a generous busy timeout. ``synchronous=NORMAL`` under WAL survives a
killed process (only a power cut can lose the last commits, never corrupt).
"""

from __future__ import annotations

import os
import time
from typing import Any, Callable, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from ..errors import StoreError

DEFAULT_DB = "tidings.db"
BUSY_TIMEOUT_MS = 60_000
READ_ONLY = "tidings_read_only"  # execution option marking a reading connection
T = TypeVar("T")


def normalize_url(target: str | None) -> str:
    """A SQLAlchemy URL for a file path, ``sqlite:///...`` or ``postgresql://...``.

    Plain ``postgresql://`` and ``postgres://`` use the psycopg 3 driver.
    """
    raw = target or os.environ.get("TIDINGS_DB") or DEFAULT_DB
    if raw.startswith(("postgres://", "postgresql://")):
        return "postgresql+psycopg://" + raw.split("://", 1)[1]
    if "://" in raw:
        return raw
    return "sqlite:///" + os.path.abspath(raw)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def create(target: str | None, *, must_exist: bool = False) -> Engine:
    """An Engine for ``target`` with the dialect's connection setup applied.

    ``must_exist``: a SQLite file that is not there is an error (readers never create one).
    """
    url = normalize_url(target)
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise StoreError(f"cannot read database URL {url!r}: {e}") from e
    if parsed.get_backend_name() == "sqlite":
        if must_exist and parsed.database not in (None, "", ":memory:") and not os.path.exists(parsed.database):
            raise StoreError(f"no database at {parsed.database}: run 'tidings ingest' first, or give --db")
        return _sqlite_engine(url, parsed.database)
    if parsed.get_backend_name() == "postgresql":
        return _postgres_engine(url)
    raise StoreError(f"unsupported database {parsed.get_backend_name()!r}; use a SQLite path or a postgresql:// URL")


def _sqlite_engine(url: str, database: str | None) -> Engine:
    if database and database != ":memory:":
        parent = os.path.dirname(database) or "."
        if not os.path.isdir(parent):
            raise StoreError(f"cannot create database {database}: folder {parent} does not exist")
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's own is deferred)
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # readers take no write lock (a deferred BEGIN still gives them one consistent snapshot)
        conn.exec_driver_sql("BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: str) -> Engine:
    try:
        import psycopg  # noqa: F401
    except ImportError as e:
        raise StoreError("PostgreSQL needs psycopg 3: pip install 'tidings[postgres]'") from e
    return create_engine(url, pool_pre_ping=True)


def with_retry(fn: Callable[[], T], *, attempts: int = 8) -> T:
    """Run a write transaction, retrying when SQLite reports the file locked or busy.

    The busy timeout covers almost every wait; this covers the rare
    ``database is locked`` that SQLite returns at once (e.g. during WAL recovery).
    """
    for i in range(attempts):
        try:
            return fn()
        except OperationalError as e:
            text = str(e.orig).lower() if e.orig is not None else str(e).lower()
            if i == attempts - 1 or not ("locked" in text or "busy" in text):
                raise
            time.sleep(0.05 * (2**i))
    raise StoreError("database stayed locked; another process holds it")  # pragma: no cover
