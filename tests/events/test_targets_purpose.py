"""A protest is aimed at whom its purpose clause addresses ("rallied in Berlin to denounce Russia"), not at the
place it is held in (``targets.purpose_parties``)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _targets(text: str) -> list[str | None]:
    return [e.target.key.split(".")[0] if e.target and e.target.key else None
            for e in analyze_text(text).events if e.root == "14"]


@pytest.mark.parametrize("text, target, place", [
    ("Thousands rallied in Berlin to denounce Russia.", "RUS", "DEU"),
    ("Demonstrators in Baghdad blocked a road to show their anger at the United States.", "USA", "IRQ"),
    ("Hundreds demonstrated in Seoul demanding that Japan apologise.", "JPN", "KOR"),
    ("Protesters marched in Cairo chanting slogans against Israel.", "ISR", "EGY"),
])
def test_the_purpose_clause_names_the_target(text: str, target: str, place: str) -> None:
    found = _targets(text)
    assert target in found
    assert place not in found
