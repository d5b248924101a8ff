"""Store fixtures: every store test runs on SQLite and on PostgreSQL.

The PostgreSQL variant needs a server: set TIDINGS_TEST_PG_URL (``.ci/postgres.sh``
starts one and prints the URL). Each test gets its own schema there, dropped after.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from backends import backend_url  # noqa: E402


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from backend_url(request.param, tmp_path)


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    from tidings.store import Store

    s = Store.open(store_url)
    yield s
    s.close()
