"""Accuracy gate on the seed article and the dev corpus (skipped when ../shared is absent).

Runs the event coder without the statements stage, so the figure measures this stage;
floors sit a little below the figures measured when the gate was set.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SEED_FLOOR = 0.70
DEV_FLOOR = 0.55
ROOT = Path(__file__).resolve().parents[2]


def _score(shared: Path, corpus: Path, gold: Path, tmp: Path, *, with_corpus: bool) -> dict[str, Any]:
    out = tmp / "events.jsonl"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "events_eval.py"), str(corpus), str(out),
                    "--no-statements"], check=True, capture_output=True, timeout=300)
    cmd = [sys.executable, str(shared / "tools" / "score_gold.py"), str(gold), str(out), "--json"]
    if with_corpus:
        cmd += ["--corpus", str(corpus)]
    res = subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)
    return json.loads(res.stdout)


def _events_f1(score: dict[str, Any]) -> float:
    ev = score.get("events") or {}
    return float(ev.get("f1", ev.get("F1", 0.0))) if isinstance(ev, dict) else float(score.get("events_f1", 0.0))


def test_extract_gate_seed(shared: Path, tmp_path: Path) -> None:
    seed = tmp_path / "seed.jsonl"
    text = (shared / "seed" / "dprk-denies-arms-to-russia.txt").read_text(encoding="utf-8")
    seed.write_text(json.dumps({"id": "seed", "text": text}) + "\n", encoding="utf-8")
    score = _score(shared, seed, shared / "gold" / "seed.gold.json", tmp_path, with_corpus=False)
    assert _events_f1(score) >= SEED_FLOOR, score.get("events")


def test_extract_gate_dev(shared: Path, tmp_path: Path) -> None:
    score = _score(shared, shared / "corpus" / "dev.jsonl", shared / "gold" / "dev.gold.jsonl", tmp_path,
                   with_corpus=True)
    assert _events_f1(score) >= DEV_FLOOR, score.get("events")
