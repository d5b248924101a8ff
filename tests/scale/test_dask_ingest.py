"""``tidings ingest --dask local --workers 2`` into PostgreSQL, killed midway and rerun: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")

PG_ENV = "TIDINGS_TEST_PG_URL"
EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"
N_DOCS = 40


@pytest.fixture
def pg_schemas() -> Iterator[tuple[str, str]]:
    """Two fresh schemas on the test server: the one-process reference and the Dask run."""
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set: start a server with .ci/postgres.sh and export its URL")
    from sqlalchemy import create_engine, text

    from tidings.store.db import normalize_url

    names = ["t_" + uuid.uuid4().hex[:12] for _ in range(2)]
    admin = create_engine(normalize_url(base))
    with admin.begin() as conn:
        for n in names:
            conn.execute(text(f'CREATE SCHEMA "{n}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{names[0]}", f"{base}{sep}options=-csearch_path%3D{names[1]}"
    finally:
        with admin.begin() as conn:
            for n in names:
                conn.execute(text(f'DROP SCHEMA "{n}" CASCADE'))
        admin.dispose()


def _corpus(tmp_path: Path) -> Path:
    """Distinct articles built from the demo corpus (a varied closing line makes each text its own)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    places = ["Nairobi", "Lima", "Oslo", "Hanoi", "Accra"]
    rows = []
    for i in range(N_DOCS):
        extra = f"\n\nIn {places[i % 5]}, the foreign ministry said on Monday that talks would resume (update {i})."
        rows.append({"id": f"d{i:03d}", "date": "2024-05-01", "text": texts[i % len(texts)] + extra})
    rows.insert(7, {"id": "bad", "text": 3})
    p = tmp_path / "corpus.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return p


def _snapshot(url: str) -> tuple[dict[str, tuple[int, ...]], list[tuple[object, ...]], int]:
    """Per document (by content hash): the recorded counts; every event's coding; the failures."""
    from sqlalchemy import text

    from tidings.store import Store

    with Store.open(url, create=False) as store, store.reading() as conn:
        docs = {r[0]: tuple(r[1:]) for r in conn.execute(text(
            "SELECT id, n_sentences, n_mentions, n_events, n_statements, n_claims FROM documents"))}
        events = sorted(tuple(r) for r in conn.execute(text(
            "SELECT d.id, e.cameo, e.status, e.trigger_start FROM events e JOIN documents d ON d.num = e.doc")))
        failures = conn.execute(text("SELECT count(*) FROM failures")).scalar_one()
    return docs, events, int(failures)


def _stored(url: str) -> int:
    from sqlalchemy import create_engine, text

    from tidings.store.db import normalize_url

    engine = create_engine(normalize_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar_one())
    except Exception:  # noqa: BLE001 - the table does not exist yet
        return 0
    finally:
        engine.dispose()


@pytest.mark.slow
@pytest.mark.postgres
def test_dask_ingest_postgres_killed_midway_then_rerun_loses_and_duplicates_nothing(
        tmp_path: Path, pg_schemas: tuple[str, str]) -> None:
    from tidings.jobs import ingest_paths
    from tidings.store import Store

    reference, url = pg_schemas
    corpus = _corpus(tmp_path)
    with Store.open(reference) as store:
        ingest_paths(store, [str(corpus)])
    expected = _snapshot(reference)
    assert len(expected[0]) == N_DOCS and expected[2] == 1

    cmd = [sys.executable, "-c", "from tidings.cli import main; main()", "ingest", str(corpus), "--db", url, "-q",
           "--dask", "local", "--workers", "2", "--partition-mb", "0.01"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    try:
        while _stored(url) < 6 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its LocalCluster workers, mid-write
        proc.wait()
    midway = _stored(url)
    assert 0 < midway < N_DOCS, f"the kill did not land midway ({midway} of {N_DOCS} stored)"

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert "already stored" in rerun.stderr
    got = _snapshot(url)
    assert got[0] == expected[0]
    assert got[1] == expected[1]
    assert got[2] == expected[2]


def test_dask_ingest_sqlite_one_writer_matches_one_process(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tidings.cli import main
    from tidings.jobs import ingest_paths
    from tidings.store import Store

    corpus = _corpus(tmp_path)
    short = tmp_path / "short.jsonl"
    short.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[:9]), encoding="utf-8")
    reference = str(tmp_path / "one.db")
    with Store.open(reference) as store:
        ingest_paths(store, [str(short)])
    db = str(tmp_path / "dask.db")
    args = ["ingest", str(short), "--db", db, "-q", "--dask", "local", "--workers", "2", "--partition-mb", "0.01"]
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0, r.output
    assert _snapshot(db) == _snapshot(reference)
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 0 and "0 written, 8 already stored" in r.output
