"""Lint and type checks run with the tests, so CI fails on them (configuration in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    r = _run("ruff", "check", "--no-cache", "src", "tests", "benchmarks")
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_finds_nothing() -> None:
    r = _run("mypy", "--no-incremental", "--cache-dir", "/dev/null")
    assert r.returncode == 0, r.stdout + r.stderr


def test_import_does_not_load_spacy() -> None:
    """``import tidings`` stays light: spaCy loads only when something is analysed."""
    r = subprocess.run([sys.executable, "-W", "error", "-c", "import sys, tidings; assert 'spacy' not in sys.modules"],
                       capture_output=True, text=True, check=False)
    assert r.returncode == 0, r.stderr
