"""``tidings evaluate`` scores exactly by GUIDE section 3: it must agree with the reference scorer."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.evaluate import format_report, load_gold, score, token_overlap

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _system_from_gold(gold: dict[str, Any], text: str, rng: random.Random) -> dict[str, Any]:
    """A plausible system record made from the gold, with some items dropped and some spoiled."""
    events = []
    for g in gold.get("events", []):
        if rng.random() < 0.2:
            continue
        s = text.find(g["sentence"])
        start = s + g["sentence"].find(g["trigger"])
        cameo = g["cameo"] if rng.random() > 0.15 else "190"
        source = g["source"] if rng.random() > 0.1 else "FRA.GOV"
        target = {"key": g["target"]} if g.get("target") else None
        events.append({"source": {"key": source}, "target": target, "cameo": cameo,
                       "trigger": {"start": start, "end": start + len(g["trigger"]), "text": g["trigger"]}})
    statements = []
    for g in gold.get("statements", []):
        if rng.random() < 0.2:
            continue
        name = g["speaker"] if rng.random() > 0.15 else "Someone Else"
        statements.append({"speaker": {"key": g["speaker_actor"], "name": name, "text": rng.choice(["she", name])},
                           "content": {"text": g["content"]}})
    claims = []
    for c in gold.get("claims", []):
        stances = [{"holder": {"key": st["holder"]}, "stance": st["stance"] if rng.random() > 0.2 else "questions"}
                   for st in c["stances"]]
        claims.append({"proposition": {"source": {"key": c["proposition"]["source"]},
                                       "target": {"key": c["proposition"].get("target")},
                                       "cameo": c["proposition"].get("cameo"),
                                       "plover": c["proposition"].get("plover")}, "stances": stances})
    return {"id": gold["id"], "text": text, "events": events, "statements": statements, "claims": claims}


def _reference(scorer: Path, gold: Path, system: Path, corpus: Path | None) -> dict[str, Any]:
    cmd = [sys.executable, str(scorer), str(gold), str(system), "--json"] + (["--corpus", str(corpus)] if corpus else [])
    return json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)


def _assert_agree(ours: dict[str, Any], ref: dict[str, Any]) -> None:
    for part in ("events", "events_strict", "statements", "claims"):
        for k in ("p", "r", "f1"):
            assert round(ours[part][k], 3) == round(ref[part][k], 3), (part, k, ours[part][k], ref[part][k])
    assert ours["events"]["in_boilerplate"] == ref["events"]["in_boilerplate"]
    assert ours["events_by_root"] == ref["events_by_root"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_evaluate_agrees_with_reference_scorer(shared: Path, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    for gold_path, corpus in ((shared / "gold" / "seed.gold.json", None),
                              (shared / "gold" / "dev.gold.jsonl", shared / "corpus" / "dev.jsonl")):
        golds = load_gold(gold_path, corpus)
        systems = [_system_from_gold(g, d.text, rng) for g, d in golds]
        sys_path = tmp_path / "system.jsonl"
        sys_path.write_text("".join(json.dumps(s) + "\n" for s in systems), encoding="utf-8")
        ours = score((g, s, d.text) for (g, d), s in zip(golds, systems))
        ref = _reference(shared / "tools" / "score_gold.py", gold_path, sys_path, corpus)
        assert 0.3 < ours["events"]["f1"] < 1.0  # the spoiled system is neither empty nor perfect
        _assert_agree(ours, ref)


def test_evaluate_cli_agrees_on_demo_gold(shared: Path, tmp_path: Path) -> None:
    """The demo corpus's own gold files, scored by `tidings evaluate` and by the reference scorer."""
    gold_files = sorted((EXAMPLES / "gold").glob("*.gold.json"))
    if not gold_files:
        pytest.skip("examples/gold has no gold files yet")
    merged = tmp_path / "demo.gold.jsonl"
    merged.write_text("".join(json.dumps(json.loads(f.read_text())) + "\n" for f in gold_files), encoding="utf-8")
    saved = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["evaluate", str(EXAMPLES), "--json", "--save", str(saved)])
    assert r.exit_code == 0, r.output
    ours = json.loads(r.stdout)
    ref = _reference(shared / "tools" / "score_gold.py", merged, saved, None)
    assert ours["articles"] == len(gold_files)
    _assert_agree(ours, ref)


def test_evaluate_token_overlap_uses_shorter_side() -> None:
    assert token_overlap("the US would face a result", "US would face") == 1.0
    assert token_overlap("alpha beta", "gamma delta") == 0.0
    assert token_overlap("", "x") == 0.0


def test_evaluate_event_rules_by_hand() -> None:
    text = "Chad accused Sudan of arming rebels. Sudan denied it."
    gold = {"id": "t", "events": [
        {"source": "TCD.GOV", "target": "SDN", "cameo": "112", "trigger": "accused", "status": "asserted",
         "sentence": "Chad accused Sudan of arming rebels.", "alt_cameo_roots": []},
        {"source": "SDN", "target": None, "cameo": "016", "trigger": "denied", "status": "asserted",
         "sentence": "Sudan denied it.", "alt_cameo_roots": ["12"]}], "statements": [], "claims": []}

    def ev(src: str, tgt: str | None, cameo: str, start: int) -> dict[str, Any]:
        return {"source": {"key": src}, "target": {"key": tgt} if tgt else None, "cameo": cameo,
                "trigger": {"start": start, "end": start + 3, "text": text[start:start + 3]}}

    system = {"events": [ev("TCD.MIL", "SDN.GOV", "111", 5),   # right actors (loose), right root
                         ev("SDN", "TCD", "128", 43),          # alt root 12, any target
                         ev("SDN", None, "016", 5)]}           # trigger in the wrong sentence
    result = score([(gold, system, text)])
    assert result["events"]["p"] == pytest.approx(2 / 3) and result["events"]["r"] == 1.0
    assert result["events_strict"]["r"] == 0.5  # TCD.MIL is not TCD.GOV when sectors count


def test_evaluate_missing_gold_is_one_line_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["evaluate", str(tmp_path / "none.gold.json")])
    assert r.exit_code == 1
    assert "no such gold file [E501]" in r.stderr and "Traceback" not in r.output


@pytest.mark.parametrize("system, gold, same", [
    ("Robert Kennedy", "Robert F. Kennedy Jr.", True),    # a generational suffix is not the surname
    ("Ahmed Ali", "Ahmed Ali III", True),
    ("Wang", "Wang Yi", True),                          # family name first
    ("Shi", "Shi Yi", True),
    ("Yi", "Shi Yi", True),
    ("John Kirby", "Jake Sullivan", False),
    ("Jr.", "Robert Kennedy Jr.", False),
])
def test_evaluate_same_person_mirrors_the_reference_scorer(system: str, gold: str, same: bool, shared: Path) -> None:
    from tidings.evaluate import same_person

    sys.path.insert(0, str(shared / "tools"))
    try:
        import score_gold
    finally:
        sys.path.pop(0)
    assert same_person(system, gold) is same
    assert score_gold.same_person(system, gold) is same


def test_evaluate_reports_precision_per_confidence_band() -> None:
    text = "Russia attacked Ukraine. France condemned Russia."
    gold = {"id": "x", "events": [
        {"source": "RUS", "target": "UKR", "cameo": "190", "trigger": "attacked", "sentence": "Russia attacked Ukraine."}]}
    system = {"id": "x", "events": [
        {"source": {"key": "RUS"}, "target": {"key": "UKR"}, "cameo": "190", "confidence": 0.9,
         "trigger": {"start": 7, "end": 15, "text": "attacked"}},
        {"source": {"key": "FRA"}, "target": {"key": "RUS"}, "cameo": "111", "confidence": 0.3,
         "trigger": {"start": 32, "end": 41, "text": "condemned"}}]}
    bands = {b["from"]: b for b in score([(gold, system, text)])["events_by_confidence"]}
    assert (bands[0.8]["system"], bands[0.8]["p"]) == (1, 1.0)
    assert (bands[0.2]["system"], bands[0.2]["p"]) == (1, 0.0)
    assert bands[0.4]["p"] is None


def test_evaluate_report_says_whether_the_top_confidence_band_meets_its_goal() -> None:
    text = "Iran seized a tanker. Britain condemned Iran. Oman mediated."
    gold = {"id": "y", "events": [
        {"source": "IRN", "target": None, "cameo": "171", "trigger": "seized", "sentence": "Iran seized a tanker."}]}

    def system(right: float, wrong: float) -> dict[str, Any]:
        return {"id": "y", "events": [
            {"source": {"key": "IRN"}, "target": None, "cameo": "171", "confidence": right,
             "trigger": {"start": 5, "end": 11, "text": "seized"}},
            {"source": {"key": "GBR"}, "target": {"key": "IRN"}, "cameo": "111", "confidence": wrong,
             "trigger": {"start": 30, "end": 39, "text": "condemned"}}]}

    good = format_report(score([(gold, system(0.95, 0.3), text)]))
    assert "top band: 50% of events at P 1.000" in good and "met)" in good and "not met" not in good
    diluted = format_report(score([(gold, system(0.95, 0.85), text)]))  # the wrong event rated sure too
    assert "top band: 100% of events at P 0.500" in diluted and "not met" in diluted


def test_cli_evaluate_half_scores_only_that_half(tmp_path: Path) -> None:
    gold = EXAMPLES / "gold"
    ids = sorted(d.id for _, d in load_gold(gold))
    halves = tmp_path / "halves.json"
    halves.write_text(json.dumps({"judge": {"demo": ids[:1]}}), encoding="utf-8")
    r = CliRunner().invoke(main, ["evaluate", str(gold), "--json", "--half", str(halves), "judge", "demo"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["articles"] == 1
    bad = CliRunner().invoke(main, ["evaluate", str(gold), "--half", str(halves), "look", "demo"])
    assert bad.exit_code == 2 and "look" in bad.output
