"""A cue that reports a bare noun object needs a speaker that can say something."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in analysis.statements]


@pytest.mark.parametrize(
    "text",
    [
        "The heatwave stressed the power grid across the south.",
        "The drought has highlighted the shortage of clean water in the region.",
        "The move challenged the court's authority over the port.",
        "A wave of strikes calling for higher wages swept the capital on Monday.",
        "Rising prices will threaten the recovery, which was already fragile.",
    ],
)
def test_a_thing_that_does_an_act_reports_nothing(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert not a.statements, _said(a)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Officials stressed the need for calm after the riots.", "Officials", "stressed"),
        ("Residents of the town called for an inquiry into the fire.", "Residents", "called for"),
        ("Analysts highlighted the risk of a default next year.", "Analysts", "highlighted"),
        ("The union demanded a pay rise for nurses.", "The union", "demanded"),
        ("Protesters had challenged the result of the vote.", "Protesters", "challenged"),
        ("It called for restraint on both sides.", "It", "called for"),
        ("The report highlighted failures in the border force.", "The report", "highlighted"),
    ],
)
def test_someone_who_stresses_or_calls_for_something_speaks(analyze_text: Any, text: str, speaker: str,
                                                            cue: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.cue.text == cue), None)
    assert st is not None and st.speaker is not None and st.speaker.text.startswith(speaker), _said(a)


@pytest.mark.parametrize(
    "text",
    [
        "The storm highlighted that the levees were too weak.",
        "The crisis has shown that the old rules no longer work.",
    ],
)
def test_a_thing_that_reports_a_clause_still_reports_it(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert len(a.statements) == 1 and a.statements[0].kind == "indirect", _said(a)
