"""Issue 14: durability under faults, on SQLite and PostgreSQL. ``kill -9`` of ``ingest`` and of
``recode`` at random points, then a rerun: nothing lost, nothing duplicated, every document whole;
two ingests into one database at once store every document once."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sample_records import synthetic_articles

N = 80
SEED = int(os.environ.get("TIDINGS_KILL_SEED", "14"))
TABLES = ("sentences", "mentions", "events", "statements", "claims")
EXTRA_ACTORS = """<!-- VERSION: kill-test -->
NORTH_ESSEX_REPUBLIC_ [GBR] ; an invented country: changes the versions stamp, not the records
"""


def _engine(url: str) -> Any:
    from sqlalchemy import create_engine

    from tidings.store.db import normalize_url

    return create_engine(normalize_url(url))


def _snapshot(url: str) -> dict[str, tuple[str, tuple[int, ...]]]:
    """Input id -> (versions id, child row counts), after checking that every document is whole."""
    from sqlalchemy import text

    eng = _engine(url)
    try:
        with eng.connect() as c:
            docs = c.execute(text("SELECT num, input_id, version_id, n_sentences, n_mentions, n_events, n_statements, "
                                  "n_claims FROM documents")).fetchall()
            have = {t: dict(c.execute(text(f"SELECT doc, count(*) FROM {t} GROUP BY doc")).fetchall()) for t in TABLES}
            orphans = {t: c.execute(text(f"SELECT count(*) FROM {t} WHERE doc NOT IN (SELECT num FROM documents)")).scalar()
                       for t in TABLES}
            if eng.dialect.name == "sqlite":
                assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        eng.dispose()
    assert orphans == dict.fromkeys(TABLES, 0)
    out: dict[str, tuple[str, tuple[int, ...]]] = {}
    for num, input_id, vid, *counts in docs:
        got = tuple(have[t].get(num, 0) for t in TABLES)
        assert got == tuple(counts) and counts[0] > 0, (input_id, got, counts)  # whole, never half-written
        assert input_id not in out, f"{input_id} stored twice"
        out[input_id] = (vid, got)
    return out


def _count(url: str, sql: str, **params: object) -> int:
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    eng = _engine(url)
    try:
        with eng.connect() as c:
            return int(c.execute(text(sql), params).scalar() or 0)
    except SQLAlchemyError:  # not created yet
        return 0
    finally:
        eng.dispose()


def _tidings(*args: str) -> list[str]:
    return [sys.executable, "-m", "tidings", *args]


def _kill_after(cmd: list[str], url: str, sql: str, at: int, rng: random.Random, **params: object) -> int:
    """Start ``cmd``; once ``sql`` counts ``at`` rows, wait a random moment (often inside a transaction) and SIGKILL it."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while _count(url, sql, **params) < at and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.15))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    return _count(url, sql, **params)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    p = tmp_path / "corpus.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in synthetic_articles(N)), encoding="utf-8")
    return p


@pytest.mark.slow
def test_kill_durability_ingest_killed_twice_then_rerun(store_url: str, corpus: Path) -> None:
    rng = random.Random(SEED)
    cmd = _tidings("ingest", str(corpus), "--db", store_url, "-q")
    seen = []
    for _ in range(2):
        seen.append(_kill_after(cmd, store_url, "SELECT count(*) FROM documents", rng.randint(3, N // 3) + len(seen) * 10, rng))
        _snapshot(store_url)  # whole after each kill
    print(f"seed {SEED}: killed with {seen} documents stored")
    assert seen[-1] < N
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert len(_snapshot(store_url)) == N
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert f"0 stored, {N} already stored, 0 failed" in again.stderr


@pytest.mark.slow
def test_kill_durability_recode_killed_then_rerun(store_url: str, corpus: Path, tmp_path: Path) -> None:
    """Stored with an extra dictionary, recoded without it: the kill leaves each document old or new, whole;
    the rerun recodes only what is left."""
    rng = random.Random(SEED + 1)
    extra = tmp_path / "extra.actors"
    extra.write_text(EXTRA_ACTORS, encoding="utf-8")
    first = subprocess.run(_tidings("ingest", str(corpus), "--db", store_url, "-q", "--actor-dict", str(extra)),
                           capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    before = _snapshot(store_url)
    (old,) = {vid for vid, _ in before.values()}
    new_rows = "SELECT count(*) FROM documents WHERE version_id <> :old"
    killed_at = _kill_after(_tidings("recode", "--db", store_url), store_url, new_rows, rng.randint(3, N // 2), rng, old=old)
    print(f"seed {SEED + 1}: recode killed with {killed_at} documents recoded")
    assert killed_at < N
    mid = _snapshot(store_url)
    assert mid.keys() == before.keys() and all(mid[k][1] == before[k][1] for k in before)
    rerun = subprocess.run(_tidings("recode", "--db", store_url), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    m = re.search(r"(\d+) recoded, (\d+) already current, 0 failed", rerun.stderr)
    assert m and int(m[1]) + int(m[2]) == N and int(m[2]) >= killed_at, rerun.stderr
    after = _snapshot(store_url)
    assert after.keys() == before.keys()
    assert len({vid for vid, _ in after.values()} | {old}) == 2  # every document on the one new version
    assert all(after[k][1] == before[k][1] for k in before)  # same records: nothing lost, nothing twice


@pytest.mark.slow
def test_kill_durability_two_ingests_at_once(store_url: str, tmp_path: Path) -> None:
    articles = synthetic_articles(80, seed=3)
    parts = []
    for name, part in (("a", articles[:50]), ("b", articles[30:])):  # 20 articles in both
        p = tmp_path / f"{name}.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
        parts.append(p)
    procs = [subprocess.Popen(_tidings("ingest", str(p), "--db", store_url), stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True) for p in parts]
    stored = 0
    for proc in procs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        m = re.search(r"(\d+) stored, (\d+) already stored, 0 failed \(50 documents read\)", err)
        assert m and int(m[1]) + int(m[2]) == 50, err
        stored += int(m[1])
    assert stored == 80 and len(_snapshot(store_url)) == 80
