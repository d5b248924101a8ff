"""One root conftest: the shared model, the ../shared folder, and small helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from tidings.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The read-only ../shared folder (gold files, corpora, scorers); skipped in a fresh clone."""
    if not (SHARED / "gold" / "GUIDE.md").exists():
        pytest.skip("../shared is absent (a fresh clone has no gold data); these checks run in the project's CI")
    return SHARED


@pytest.fixture(scope="session")
def analyze_text():
    """Run the whole pipeline on a string: ``analyze_text(text, date=None) -> Analysis``."""
    from tidings.pipeline import analyze_text as run

    return run
