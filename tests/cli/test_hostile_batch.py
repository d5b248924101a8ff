"""Issue 14, done when: one folder holding every hostile input beside good articles, analysed and then
ingested in one run each: exit 1, one line per bad input naming it, every good article in the output
and in the store, no traceback, peak memory under 1 GB (wall time printed, not asserted)."""

from __future__ import annotations

import json
import os
import re
import resource
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from hostile_corpus import Corpus, build

PEAK_MB = 1024


def _run(args: list[str], out: Path) -> tuple[int, str, float, float]:
    """Run ``tidings ARGS`` under a 3 GB address-space cap: exit code, standard error, peak RSS (MB), wall (s)."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # a runaway is killed, not the machine

    import subprocess

    t0 = time.monotonic()
    with open(out / "stderr.txt", "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "tidings", *args], stdout=subprocess.DEVNULL, stderr=err,
                                preexec_fn=limit)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - t0
    return proc.returncode, (out / "stderr.txt").read_text(encoding="utf-8"), usage.ru_maxrss / 1024, wall


def _check_errors(stderr: str, c: Corpus) -> None:
    assert "Traceback" not in stderr, stderr[-3000:]
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    for key, code in c.bad.items():
        name, _, line = key.partition(":")
        where = f"{c.folder / name}:{line}" if line else f"{c.folder / name}"
        hits = [e for e in errors if e.startswith(f"error: {where}:") or e.startswith(f"error: {where} (")]
        assert len(hits) == 1, (key, hits, errors)
        assert hits[0].endswith(f"[{code}]"), hits[0]
    for e in errors:
        assert re.search(r" \[E\d{3}\]$", e), e


@pytest.mark.slow
def test_hostile_batch_analyze_then_ingest_one_folder(tmp_path: Path) -> None:
    c = build(tmp_path / "hostile")
    out = tmp_path / "out.jsonl"
    code, stderr, peak, wall = _run(["analyze", str(c.folder), "--format", "jsonl", "--out", str(out), "-q"], tmp_path)
    print(f"analyze: exit {code}, peak RSS {peak:.0f} MB, wall {wall:.1f} s")
    assert code == 1, stderr[-2000:]
    _check_errors(stderr, c)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) and c.good_ids <= set(ids), c.good_ids - set(ids)
    for rid in c.either:
        assert rid in ids or f"(id {rid})" in stderr
    assert peak < PEAK_MB

    db = tmp_path / "hostile.db"
    code, stderr, peak, wall = _run(["ingest", str(c.folder), "--db", str(db)], tmp_path)
    print(f"ingest: exit {code}, peak RSS {peak:.0f} MB, wall {wall:.1f} s")
    assert code == 1, stderr[-2000:]
    _check_errors(stderr, c)
    con = sqlite3.connect(db)
    try:
        stored = [r[0] for r in con.execute("SELECT input_id FROM documents")]
        failed = con.execute("SELECT count(*) FROM failures").fetchone()[0]
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert c.good_ids <= set(stored) and len(stored) == len(set(stored))
    assert failed >= len(c.bad)
    assert peak < PEAK_MB


@pytest.mark.parametrize(("stdin", "code"), [("/dev/zero", "E106"), ("/dev/urandom", "E106")])
def test_hostile_batch_endless_standard_input_is_cut_at_the_byte_cap(stdin: str, code: str, tmp_path: Path) -> None:
    import subprocess

    if not os.path.exists(stdin):
        pytest.skip(f"no {stdin} here")
    with open(stdin, "rb") as f:
        r = subprocess.run([sys.executable, "-m", "tidings", "analyze", "-", "--format", "jsonl", "-q"], stdin=f,
                           capture_output=True, text=True, timeout=300)
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr[-2000:]
    assert f"[{code}]" in r.stderr.splitlines()[0]


def test_hostile_batch_endless_jsonl_line_on_standard_input(tmp_path: Path) -> None:
    import subprocess

    data = b'{"id": "ok", "text": "' + b"Kenya accused Somalia of blocking the talks, the ministry said. " * 3 + b'"}\n'
    data += b'{"id": "endless", "text": "' + b"a " * 3_000_000 + b'"}\n' + data.replace(b'"ok"', b'"ok2"')
    r = subprocess.run([sys.executable, "-m", "tidings", "analyze", "-", "--format", "jsonl", "-q"], input=data,
                       capture_output=True, timeout=300)
    err = r.stderr.decode()
    assert r.returncode == 1 and "Traceback" not in err, err[-2000:]
    assert [json.loads(line)["id"] for line in r.stdout.decode().splitlines()] == ["ok", "ok2"]
    assert "error: <stdin>:2: line is over the 5 MB limit for one article [E106]" in err
