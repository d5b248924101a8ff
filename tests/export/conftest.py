"""Export tests reuse the store tests' hand-built records (no spaCy)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "store"))


@pytest.fixture
def filled(tmp_path: Path):
    from sample_records import make_analysis

    from tidings.store import Store

    s = Store.open(str(tmp_path / "export.db"))
    for i in range(6):
        s.write(make_analysis(i, date=f"2024-0{1 + i % 3}-1{i}"))
    yield s
    s.close()
