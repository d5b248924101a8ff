"""Progress totals and table widths (issue 11): counted inputs, quiet when not a terminal, tables fit."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tidings.cli.progress import count_inputs, progress
from tidings.cli.table import console_width

TEXT = "Kenya and Ethiopia signed an agreement on Tuesday to reopen two border crossings, officials said.\n"


def test_progress_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("<html><body><p>" + TEXT + "</p></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps({"id": str(i), "text": TEXT}) for i in range(3)) + "\n\n",
                                      encoding="utf-8")
    (tmp_path / "x.gold.json").write_text("{}", encoding="utf-8")  # gold files are not inputs
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    assert count_inputs([str(tmp_path)]) == 5
    assert count_inputs([str(tmp_path / "a.txt"), str(tmp_path / "c.jsonl")]) == 4
    assert count_inputs(["-"]) is None  # standard input: a spinner with a count


def test_progress_is_silent_when_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with progress(total=10, label="ingest", enabled=True) as tick:
        for _ in range(10):
            tick()
    assert capsys.readouterr().err == ""


def test_tables_take_the_width_they_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    assert console_width(io.StringIO(), 200) == 90
    monkeypatch.delenv("COLUMNS")
    assert console_width(io.StringIO(), 200) == 200


def test_tables_fit_a_narrow_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.cli.store import write_rows

    monkeypatch.setenv("COLUMNS", "72")
    out = io.StringIO()
    rows = [{"event": 1, "document": "moldova-accuses-russia", "source_key": "MDA.GOV", "target_key": "RUS.GOV",
             "trigger_text": "accused Russia of channelling money to an opposition party", "status": "asserted"}]
    write_rows(rows, "table", out, title="events (1)")
    assert max(len(line) for line in out.getvalue().splitlines()) <= 72
