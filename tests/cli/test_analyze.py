"""``tidings analyze`` end to end: record shape, offsets, bad input handling, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tidings.cli import main

ARTICLE = (
    "Japan pledges aid to Philippines after typhoon\n"
    "MANILA, Oct 3 — Japan pledged $5 million in emergency aid to the Philippines on Thursday after "
    "a typhoon killed dozens of people, the Japanese embassy said.\n"
    "Read more: Typhoon season forecast\n"
    "Philippine President Ferdinand Marcos thanked Tokyo for its support.\n"
)


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content if isinstance(content, bytes) else content.encode())
    return p


def test_analyze_json_record_shape_and_offsets(tmp_path: Path) -> None:
    p = _write(tmp_path, "aid.txt", ARTICLE)
    r = CliRunner().invoke(main, ["analyze", str(p), "--format", "json"])
    assert r.exit_code == 0, r.output
    rec = json.loads(r.stdout)
    assert {"id", "text", "events", "statements", "claims"} <= rec.keys()
    assert rec["text"] == ARTICLE and rec["id"] == "aid"
    for s in rec["sentences"]:
        assert ARTICLE[s["start"] : s["end"]].strip() == ARTICLE[s["start"] : s["end"]]
    for item in rec["events"]:
        t = item["trigger"]
        assert ARTICLE[t["start"] : t["end"]] == t["text"]
    for item in rec["statements"]:
        for part in ("cue", "content"):
            sp = item[part]
            assert ARTICLE[sp["start"] : sp["end"]] == sp["text"]
    zones = {ln["zone"] for ln in rec["lines"]}
    assert {"headline", "dateline", "boilerplate"} <= zones
    assert rec["versions"]["tidings"] and any(k.startswith("data:") for k in rec["versions"])


def test_analyze_bad_inputs_are_reported_and_run_goes_on(tmp_path: Path) -> None:
    good = _write(tmp_path, "good.txt", ARTICLE)
    empty = _write(tmp_path, "empty.txt", "")
    binary = _write(tmp_path, "img.txt", b"\x00\x01\x02binary")
    corpus = _write(tmp_path, "c.jsonl", json.dumps({"id": "x", "text": ARTICLE}) + "\n{broken\n")
    r = CliRunner().invoke(main, ["analyze", str(empty), str(good), str(binary), str(corpus), "--format", "jsonl"])
    assert r.exit_code == 1  # every good record is written, and the exit code says some inputs failed (issue 14)
    ids = [json.loads(line)["id"] for line in r.stdout.splitlines()]
    assert ids == ["good", "x"]
    errs = [line for line in r.stderr.splitlines() if line.startswith("error:")]
    assert errs == [
        f"error: {empty}: file is empty [E101]",
        f"error: {binary}: file is binary (NUL bytes), not text [E102]",
        f"error: {corpus}:2: invalid JSON at column 2: Expecting property name enclosed in double quotes [E104]",
    ]
    assert "Traceback" not in r.output


def test_analyze_exits_nonzero_when_nothing_processed(tmp_path: Path) -> None:
    empty = _write(tmp_path, "empty.txt", "")
    r = CliRunner().invoke(main, ["analyze", str(empty), str(tmp_path / "missing.txt")])
    assert r.exit_code == 1
    assert "no document could be analysed (2 input(s) failed)" in r.stderr
    assert "Traceback" not in r.output


def test_analyze_strict_stops_at_first_error(tmp_path: Path) -> None:
    bad = _write(tmp_path, "bad.txt", b"\xff\xfe\x00")
    good = _write(tmp_path, "good.txt", ARTICLE)
    r = CliRunner().invoke(main, ["analyze", "--strict", str(bad), str(good), "--format", "jsonl"])
    assert r.exit_code == 1
    assert r.stdout == ""
    assert f"{bad}: file is binary" in r.stderr and "[E102]" in r.stderr


def test_analyze_out_file_and_table(tmp_path: Path) -> None:
    p = _write(tmp_path, "aid.txt", ARTICLE)
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["analyze", str(p), "--format", "jsonl", "--out", str(out)])
    assert r.exit_code == 0 and r.stdout == ""
    assert json.loads(out.read_text())["id"] == "aid"
    r = CliRunner().invoke(main, ["analyze", str(p)])
    assert r.exit_code == 0 and "events (" in r.stdout and "statements (" in r.stdout


def test_cli_analyze_actor_dict_adds_petrarch_entries(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from tidings.actors.lexicon import ENV_DICTIONARIES, use_dictionaries
    from tidings.cli import main

    monkeypatch.delenv(ENV_DICTIONARIES, raising=False)
    actors = tmp_path / "extra.actors"
    actors.write_text("HARBOUR_BOARD_OF_LIMASSOL_ [CYPGOV]\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("The Harbour Board of Limassol said on Monday that it would close the port to Russian ships.\n",
                   encoding="utf-8")
    try:
        plain = CliRunner().invoke(main, ["analyze", str(art), "--format", "json", "-q"])
        extra = CliRunner().invoke(main, ["analyze", str(art), "--format", "json", "-q", "--actor-dict", str(actors)])
    finally:
        monkeypatch.delenv(ENV_DICTIONARIES, raising=False)
        use_dictionaries(None)
    assert plain.exit_code == 0 and extra.exit_code == 0, extra.output
    speakers = lambda out: [s["speaker"]["key"] for s in json.loads(out)["statements"]]  # noqa: E731
    assert "CYP.GOV" not in speakers(plain.output)
    assert speakers(extra.output) == ["CYP.GOV"]


def test_cli_analyze_actor_dict_missing_file_is_a_usage_error(tmp_path) -> None:
    from click.testing import CliRunner

    from tidings.cli import main

    r = CliRunner().invoke(main, ["analyze", str(tmp_path / "a.txt"), "--actor-dict", str(tmp_path / "none.actors")])
    assert r.exit_code == 2 and "none.actors" in r.output


def test_cli_analyze_verb_dict_adds_patterns_and_stamps_the_file(tmp_path, monkeypatch) -> None:
    from click.testing import CliRunner

    from tidings.cli import main
    from tidings.events.patterns import ENV_VERB_DICTIONARIES, use_verb_dictionaries

    monkeypatch.delenv(ENV_VERB_DICTIONARIES, raising=False)
    verbs = tmp_path / "extra.verbs"
    verbs.write_text("---  REBUKE   [111]  ---\nCHASTISE\n- * (OVER {RIGHTS RECORD})   [112]\n", encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("France chastised Serbia on Tuesday over its rights record.\n", encoding="utf-8")
    try:
        plain = CliRunner().invoke(main, ["analyze", str(art), "--format", "json", "-q", "--explain"])
        extra = CliRunner().invoke(main, ["analyze", str(art), "--format", "json", "-q", "--explain", "--verb-dict", str(verbs)])
    finally:
        monkeypatch.delenv(ENV_VERB_DICTIONARIES, raising=False)
        use_verb_dictionaries(None)
    assert plain.exit_code == 0 and extra.exit_code == 0, extra.output
    assert not [e for e in json.loads(plain.output)["events"] if e["cameo"] == "112"]
    rec = json.loads(extra.output)
    coded = [(e["source"]["key"], e["cameo"], e["target"]["key"], e["pattern"]) for e in rec["events"]]
    assert coded == [("FRA.GOV", "112", "SRB.GOV", "112:verb:chastise over record@extra.verbs:3")]
    assert rec["versions"]["extra:verbs:extra.verbs"]
