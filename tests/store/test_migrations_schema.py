"""Migrations are recorded, applied once, and refuse a schema newer than the code."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tidings.errors import StoreError
from tidings.store import Store
from tidings.store.migrations import REGISTRY, migrate, migrations_table


def test_migrations_schema_recorded_once(store_url: str) -> None:
    with Store.open(store_url) as s:
        with s.reading() as conn:
            versions = list(conn.execute(select(migrations_table.c.version)).scalars())
        assert sorted(versions) == [m.version for m in REGISTRY]
        assert migrate(s.engine) == 0  # reopening applies nothing


def test_migrations_schema_newer_database_is_refused(store_url: str) -> None:
    with Store.open(store_url) as s:
        with s.engine.begin() as conn:
            conn.execute(migrations_table.insert().values(version=999, name="from the future", applied_at="2099"))
        with pytest.raises(StoreError, match="newer than this tidings knows"):
            migrate(s.engine)


def test_migrations_schema_sqlite_uses_wal(tmp_path) -> None:
    with Store.open(str(tmp_path / "w.db")) as s, s.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_migrations_schema_bad_url_is_a_store_error(tmp_path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(str(tmp_path / "missing" / "x.db"))
    with pytest.raises(StoreError, match="unsupported database"):
        Store.open("mysql://localhost/x")


def test_migrations_schema_plain_postgresql_url_uses_psycopg() -> None:
    from tidings.store import normalize_url

    assert normalize_url("postgresql://u@h:5/db") == "postgresql+psycopg://u@h:5/db"
    assert normalize_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalize_url("some/file.db").startswith("sqlite:///") and normalize_url("some/file.db").endswith("some/file.db")
