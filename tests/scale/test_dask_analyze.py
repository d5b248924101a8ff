"""``tidings analyze --dask local --workers 2`` gives what one process gives, and a rerun resumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main

pytest.importorskip("dask.distributed", reason="the dask extra is not installed: pip install -e '.[dask]'")

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def _shards(out: Path) -> list[dict[str, object]]:
    return [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines()]


def test_dask_analyze_matches_one_process_and_resumes(tmp_path: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(main, ["analyze", str(EXAMPLES), "--format", "jsonl", "-q"])
    assert one.exit_code == 0, one.output
    expected = [json.loads(line) for line in one.stdout.splitlines()]
    out = tmp_path / "out"
    args = ["analyze", "--dask", "local", "--workers", "2", str(EXAMPLES), "--out", str(out), "--partition-mb", "0.002"]
    r = runner.invoke(main, args)
    assert r.exit_code == 0, r.output
    assert len(list(out.glob("part-*.jsonl"))) > 5  # more partitions than are in flight at once
    got = _shards(out)
    assert [g["id"] for g in got] == [e["id"] for e in expected]
    for part in ("events", "statements", "claims"):
        assert [g[part] for g in got] == [e[part] for e in expected]
    assert got == expected

    # a lost shard is redone on rerun, finished ones are kept
    lost = sorted(out.glob("part-*.jsonl"))[1]
    kept = sorted(out.glob("part-*.jsonl"))[0].stat().st_mtime_ns
    lost.unlink()
    r = runner.invoke(main, args)
    assert r.exit_code == 0, r.output
    assert "done by an earlier run" in r.output and _shards(out) == expected
    assert sorted(out.glob("part-*.jsonl"))[0].stat().st_mtime_ns == kept

    # another partitioning into the same directory is refused, not mixed in
    r = runner.invoke(main, args[:-1] + ["0.004"])
    assert r.exit_code == 1 and "E600" in r.output


def test_dask_analyze_parquet_shards(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "pq"
    r = CliRunner().invoke(main, ["analyze", "--dask", "local", "--workers", "1", str(EXAMPLES / "01-moldova-accuses-russia.txt"),
                                  "--out", str(out), "--format", "parquet"])
    assert r.exit_code == 0, r.output
    t = pq.read_table(out)
    assert t.column_names == ["id", "events", "statements", "claims", "record"]
    assert t.column("id").to_pylist() == ["01-moldova-accuses-russia"]
    assert json.loads(t.column("record")[0].as_py())["events"] == json.loads(t.column("events")[0].as_py())


@pytest.mark.parametrize("args, message", [
    (["--format", "table"], "--format jsonl or --format parquet"),
    ([], "give --out DIR"),
])
def test_dask_analyze_usage_errors(args: list[str], message: str, tmp_path: Path) -> None:
    out = [] if not args else ["--out", str(tmp_path / "o")]
    r = CliRunner().invoke(main, ["analyze", "--dask", "local", str(EXAMPLES), *out, *args])
    assert r.exit_code == 2 and message in r.output


def test_analyze_parquet_needs_dask() -> None:
    r = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--format", "parquet"])
    assert r.exit_code == 2 and "with --dask" in r.output


def test_dask_analyze_out_must_be_a_directory(tmp_path: Path) -> None:
    f = tmp_path / "file.jsonl"
    f.write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, ["analyze", "--dask", "local", str(EXAMPLES), "--out", str(f)])
    assert r.exit_code == 1 and "E600" in r.output and "--out directory" in r.output


def test_dask_analyze_keeps_the_work_limits_of_one_process(tmp_path: Path) -> None:
    """An article the readers pass but that parses into too many tokens (40,000 in 80,000 characters) fails
    alone on a worker too, and so does one the readers refuse; each failure keeps its record's id."""
    corpus = tmp_path / "mixed.jsonl"
    good = "Kenya accused Somalia on Tuesday of blocking the talks, the foreign ministry in Nairobi said."
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "good", "text": good},
        {"id": "tokens", "text": "a " * 40_000},
        {"id": "chars", "text": "talks " * 40_000},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["analyze", "--dask", "local", "--workers", "1", str(corpus), "--out", str(out)])
    assert [g["id"] for g in _shards(out)] == ["good"]
    status = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "_status").glob("*.json")]
    failures = [f for s in status for f in s.get("failures", [])]
    assert sorted((f["input_id"], f["code"]) for f in failures) == [("chars", "E106"), ("tokens", "E106")], r.output


def test_dask_analyze_takes_date_and_confidence_options_like_one_process(tmp_path: Path) -> None:
    """--date, --date-order and --min-confidence mean on the workers what they mean in one process, and a rerun
    with another confidence floor into the same directory is refused rather than mixed in."""
    corpus = tmp_path / "dated.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "no-date", "text": "Kenya accused Somalia on Tuesday of blocking the talks, the foreign ministry said. "
                                  "Somalia denied the charge and recalled its ambassador from Nairobi."},
        {"id": "slashed", "date": "03/04/2025", "text": "Ghana and Togo signed a border agreement in Accra. "
                                                         "Togo's president thanked Ghana for its help."},
    ]) + "\n", encoding="utf-8")
    runner = CliRunner()
    dates = ["--date", "2025-02-01", "--date-order", "DMY"]
    unfiltered = runner.invoke(main, ["analyze", str(corpus), "--format", "jsonl", "-q", *dates])
    every = [e for x in unfiltered.stdout.splitlines() for e in json.loads(x)["events"]]
    confidences = sorted({e["confidence"] for e in every})
    assert len(confidences) > 1, every  # the floor below must keep some events and drop others
    floor = confidences[len(confidences) // 2]  # a floor the model's own scores straddle, whatever its weights
    options = [*dates, "--min-confidence", str(floor)]
    one = runner.invoke(main, ["analyze", str(corpus), "--format", "jsonl", "-q", *options])
    assert one.exit_code == 0, one.output
    expected = [json.loads(line) for line in one.stdout.splitlines()]
    out = tmp_path / "out"
    r = runner.invoke(main, ["analyze", "--dask", "local", "--workers", "1", str(corpus), "--out", str(out), *options])
    assert r.exit_code == 0, r.output
    got = _shards(out)
    assert got == expected
    assert [g["metadata"]["date"] for g in got] == ["2025-02-01", "2025-04-03"]
    assert all(e["confidence"] >= floor for g in got for e in g["events"])
    assert 0 < sum(len(g["events"]) for g in got) < len(every)

    r = runner.invoke(main, ["analyze", "--dask", "local", "--workers", "1", str(corpus), "--out", str(out),
                             *options[:-1], str(min(1.0, floor + 0.05))])
    assert r.exit_code == 1 and "E600" in r.output and "--min-confidence" in r.output
