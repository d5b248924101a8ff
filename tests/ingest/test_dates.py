"""Article dates (issue 11): metadata in common forms, datelines, a date line, --date; bad dates are per-record errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.errors import BadDate
from tidings.ingest.dates import article_date, parse_date
from tidings.ingest.readers import ReadOptions, iter_inputs
from tidings.ingest.zones import classify_lines, dateline_pattern
from tidings.records import Document, Failure

BODY = ("Turkey said on Monday it would host a new round of talks between Russian and Ukrainian negotiators "
        "on the safety of shipping in the Black Sea, the foreign ministry said in a statement.\n")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-03", "2025-03-03"),
        ("2025-03-03T09:30:00Z", "2025-03-03"),
        ("2025-03-03 09:30:00+02:00", "2025-03-03"),
        ("20250303", "2025-03-03"),
        (20250303, "2025-03-03"),
        ("March 3, 2025", "2025-03-03"),
        ("Mar. 3 2025", "2025-03-03"),
        ("3 March 2025", "2025-03-03"),
        ("Monday, 3rd March 2025", "2025-03-03"),
        ("20080806", "2008-08-06"),  # once a crash of the whole batch in the office-holder lookup
    ],
)
def test_dates_metadata_forms(value: object, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "not-a-date", "2025-13-45", "2025-02-30", "March 33, 2025", "", True, 3.5])
def test_dates_refuses_what_is_not_a_calendar_date(value: object) -> None:
    with pytest.raises(BadDate, match="E109|not a") as e:
        parse_date(value)
    assert "YYYY-MM-DD" in str(e.value)


def test_dates_slashed_dates_need_the_day_order() -> None:
    with pytest.raises(BadDate, match="ambiguous"):
        parse_date("03/04/2025")
    assert parse_date("03/04/2025", order="DMY") == "2025-04-03"
    assert parse_date("03/04/2025", order="MDY") == "2025-03-04"


def test_dates_full_dateline_is_a_dateline_not_a_dek() -> None:
    text = "Turkey offers to host Black Sea shipping talks\nISTANBUL, March 3, 2025 — " + BODY
    assert article_date(text, dateline_pattern()) == ("2025-03-03", "dateline")
    zones = [ln.zone for ln in classify_lines(text)]
    assert zones == ["headline", "dateline", "body"]


def test_dates_day_first_dateline() -> None:
    text = "Turkey offers to host Black Sea shipping talks\nISTANBUL, 3 March 2025 (tidings) — " + BODY
    assert article_date(text, dateline_pattern()) == ("2025-03-03", "dateline")


def test_dates_date_alone_on_the_first_line_is_not_the_headline() -> None:
    text = "March 3, 2025\nTurkey offers to host Black Sea shipping talks\n" + BODY
    assert article_date(text, dateline_pattern()) == ("2025-03-03", "text")
    lines = classify_lines(text)
    assert (lines[0].zone, lines[0].reason) == ("dateline", "date line")
    assert lines[1].zone == "headline"


def test_dates_yearless_dateline_takes_its_year_from_the_default() -> None:
    text = "SEOUL, Aug 20 (Reuters) - North Korea warned on Monday of overwhelming countermeasures.\n"
    assert article_date(text, dateline_pattern()) is None
    assert article_date(text, dateline_pattern(), default="2024-12-31") == ("2024-08-20", "dateline")
    # a dateline a few days past the reference date is the same year; further is last year's
    assert article_date(text, dateline_pattern(), default="2024-08-17") == ("2024-08-20", "dateline")
    assert article_date(text, dateline_pattern(), default="2024-08-01") == ("2023-08-20", "dateline")


def test_dates_undated_text_takes_the_default() -> None:
    assert article_date(BODY, dateline_pattern(), default="2025-03-04") == ("2025-03-04", "default")
    assert article_date(BODY, dateline_pattern()) is None


def test_dates_readers_record_date_and_source(tmp_path: Path) -> None:
    (tmp_path / "dateline.txt").write_text("ISTANBUL, March 3, 2025 — " + BODY, encoding="utf-8")
    (tmp_path / "plain.txt").write_text(BODY, encoding="utf-8")
    corpus = tmp_path / "wire.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in [
        {"id": "w1", "date": "20250303", "text": BODY},
        {"id": "w2", "date": "yesterday", "text": BODY},
        {"id": "w3", "date": "3 March 2025", "text": BODY},
        {"id": "w4", "date": "04/03/2025", "text": BODY},
    ]) + "\n", encoding="utf-8")
    items = list(iter_inputs([tmp_path], options=ReadOptions(default_date="2025-03-05")))
    docs = {d.id: (d.date, d.date_source) for d in items if isinstance(d, Document)}
    assert docs == {"dateline": ("2025-03-03", "dateline"), "plain": ("2025-03-05", "default"),
                    "w1": ("2025-03-03", "metadata"), "w3": ("2025-03-03", "metadata")}
    fails = [(f.id, f.line, f.code) for f in items if isinstance(f, Failure)]
    assert fails == [("w2", 2, "E109"), ("w4", 4, "E109")]  # the day order of 04/03/2025 was not stated
    stated = [d for d in iter_inputs([corpus], options=ReadOptions(date_order="DMY")) if isinstance(d, Document)]
    assert [d.date for d in stated] == ["2025-03-03", "2025-03-03", "2025-03-04"]
