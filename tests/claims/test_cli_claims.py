"""``tidings claims`` end to end on a small article written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tidings.cli import main

ARTICLE = """Iran denies sending drones to Russia
Ukraine's military intelligence said Russia has received a new shipment of Iranian drones from Iran.
Western countries accused Iran of supplying combat drones to Russia.
Iranian Foreign Ministry spokesman Nasser Kanaani said that Iran has not supplied any drones to Russia.
Moscow and Tehran have repeatedly rejected the allegation.
"""


def test_cli_claims_json_and_table(tmp_path: Path) -> None:
    path = tmp_path / "drones.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["claims", str(path), "--format", "json", "--all"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert isinstance(data, list)
    for c in data:
        assert {"proposition", "timeline", "holders", "contested"} <= set(c)
    res = runner.invoke(main, ["claims", str(path)])
    assert res.exit_code == 0
    assert "contested" in res.output or "no contested claims" in res.output


def test_cli_claims_missing_path_fails_cleanly(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["claims", str(tmp_path / "absent.txt")])
    assert res.exit_code != 0
