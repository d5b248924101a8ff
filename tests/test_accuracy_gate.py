"""The accuracy gate: evaluation figures may not drop below the pinned floors.

Floors live in ``accuracy_floors.json``; each set is scored with the same code
as ``tidings evaluate``. The demo corpus ships with the project; the seed and
the development news sets (dev, dev2, dev3) come from ../shared and are skipped without it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tidings.evaluate import evaluate

HERE = Path(__file__).resolve().parent
FLOORS = json.loads((HERE / "accuracy_floors.json").read_text(encoding="utf-8"))
EXAMPLES = HERE.parent / "examples"


def _sources(name: str, shared: Path | None) -> tuple[Path, Path | None]:
    if name == "examples":
        return EXAMPLES, None
    assert shared is not None
    if name == "seed":
        return shared / "gold" / "seed.gold.json", None
    return shared / "gold" / f"{name}.gold.jsonl", shared / "corpus" / f"{name}.jsonl"  # dev, dev2, dev3


def _check(result: dict[str, Any], floors: dict[str, float]) -> list[str]:
    eps = FLOORS["epsilon"]
    got = {"events_f1": result["events"]["f1"], "statements_f1": result["statements"]["f1"],
           "claims_f1": result["claims"]["f1"]}
    return [f"{k} {got[k]:.3f} < floor {v:.3f}" for k, v in floors.items() if got[k] < v - eps]


@pytest.mark.parametrize("name", sorted(FLOORS["sets"]))
def test_accuracy_gate(name: str, request: pytest.FixtureRequest) -> None:
    shared = None if name == "examples" else request.getfixturevalue("shared")
    gold, corpus = _sources(name, shared)
    if name == "examples" and not any((EXAMPLES / "gold").glob("*.gold.json")):
        pytest.skip("examples/gold has no gold files yet")
    result = evaluate(gold, corpus=corpus)
    problems = _check(result, FLOORS["sets"][name])
    assert not problems, f"{name}: accuracy fell below the pinned floors: " + "; ".join(problems)


def test_accuracy_gate_floor_check_can_fail() -> None:
    result = {"events": {"f1": 0.5}, "statements": {"f1": 0.9}, "claims": {"f1": 0.2}}
    assert _check(result, {"events_f1": 0.6, "statements_f1": 0.8, "claims_f1": 0.2}) == ["events_f1 0.500 < floor 0.600"]
