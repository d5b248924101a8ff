"""Backends for the store tests: a fresh SQLite file, or a fresh schema on the PostgreSQL server.

The PostgreSQL variant needs TIDINGS_TEST_PG_URL (``.ci/postgres.sh`` starts a server and
prints the URL); without it those tests are skipped with the reason.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

PG_ENV = "TIDINGS_TEST_PG_URL"


def _pg_schema_url(base: str) -> Iterator[str]:
    from sqlalchemy import create_engine, text

    from tidings.store.db import normalize_url

    name = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalize_url(base))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{name}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{name}" CASCADE'))
        admin.dispose()


def backend_url(kind: str, tmp: Path) -> Iterator[str]:
    """A fresh, empty database URL on backend ``kind`` (skips PostgreSQL without a server)."""
    if kind == "sqlite":
        yield str(tmp / "tidings.db")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: start a server with .ci/postgres.sh and export its URL to run the PostgreSQL variant")
    yield from _pg_schema_url(base)
