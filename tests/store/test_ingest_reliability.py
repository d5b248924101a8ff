"""Crash and concurrency safety: SIGKILL mid-ingest, two writers on one SQLite file."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sample_records import synthetic_articles

HERE = Path(__file__).parent


def _whole(db: Path) -> tuple[int, int, list[str]]:
    """(documents, distinct ids, documents whose child rows do not match their recorded counts)."""
    con = sqlite3.connect(db)
    try:
        docs = con.execute("SELECT num, id, n_sentences, n_mentions, n_events, n_statements, n_claims FROM documents").fetchall()
        broken = []
        for num, did, *counts in docs:
            got = [con.execute(f"SELECT count(*) FROM {t} WHERE doc = ?", (num,)).fetchone()[0]
                   for t in ("sentences", "mentions", "events", "statements", "claims")]
            if got != counts or counts[0] == 0:
                broken.append(did)
        orphans = con.execute("SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT num FROM documents)").fetchone()[0]
        if orphans:
            broken.append(f"{orphans} orphan sentences")
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return len(docs), len({d[1] for d in docs}), broken
    finally:
        con.close()


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_ingest_reliability_sigkill_then_rerun_stores_each_document_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in synthetic_articles(200)), encoding="utf-8")
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-c", "from tidings.cli import main; main()", "ingest", str(corpus), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    first = _count(db)
    assert 5 <= first < 200
    subprocess.run(cmd, check=True, capture_output=True)
    n, distinct, broken = _whole(db)
    assert (n, distinct, broken) == (200, 200, [])
    again = subprocess.run(cmd, check=True, capture_output=True, text=True)  # a third run adds nothing
    assert "0 stored, 200 already stored" in again.stderr and _whole(db)[0] == 200


_WRITER = """
import sys
sys.path.insert(0, {here!r})
from sample_records import make_analysis
from tidings.store import Store
with Store.open({db!r}) as s:
    for i in range({lo}, {hi}):
        s.write(make_analysis(i, salt="concurrent"))
"""


@pytest.mark.slow
def test_ingest_reliability_two_writers_same_sqlite_file(tmp_path: Path) -> None:
    db = tmp_path / "two.db"
    # overlapping ranges: 0-119 and 80-199, so 40 documents are offered by both at about the same time
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER.format(here=str(HERE), db=str(db), lo=lo, hi=hi)],
                              stderr=subprocess.PIPE) for lo, hi in ((0, 120), (80, 200))]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    n, distinct, broken = _whole(db)
    assert (n, distinct, broken) == (200, 200, [])


@pytest.mark.slow
def test_ingest_reliability_two_ingest_commands_same_sqlite_file(tmp_path: Path) -> None:
    """Two ``tidings ingest`` processes on overlapping corpora: every article stored once, each counted once."""
    import re

    articles = synthetic_articles(90)
    paths = []
    for name, part in (("a", articles[:60]), ("b", articles[30:])):  # 30 articles in both
        p = tmp_path / f"{name}.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
        paths.append(p)
    db = tmp_path / "shared.db"
    procs = [subprocess.Popen([sys.executable, "-c", "from tidings.cli import main; main()", "ingest", str(p), "--db", str(db)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for p in paths]
    stored = 0
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        m = re.search(r"(\d+) stored, (\d+) already stored, 0 failed \(60 documents read\)", err)
        assert m, err
        assert int(m[1]) + int(m[2]) == 60
        stored += int(m[1])
    assert stored == 90  # the 30 shared articles went to whichever process came first, never to both
    assert _whole(db) == (90, 90, [])
