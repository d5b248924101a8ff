"""The "of" phrase of a noun of withdrawing or deploying forces names the force that moves, and so the doer
("the withdrawal of Russian troops from Syria began", "the deployment of NATO troops to Estonia";
nominal.moved_forces). A bare plural ("the withdrawal of troops") names no one. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def _events(analyze_text: Analyze, text: str, trigger: str) -> list[Any]:
    return [e for e in analyze_text(text).events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("The withdrawal of Russian troops from Syria began on Monday.", "withdrawal", "RUS"),
    ("The pullout of Ethiopian forces from Somalia was completed.", "pullout", "ETH"),
    ("Washington delayed the withdrawal of American troops from Iraq.", "withdrawal", "USA"),
    ("The deployment of NATO troops to Estonia angered Moscow.", "deployment", "NATO"),
    ("The withdrawal of the United States from Afghanistan was chaotic.", "withdrawal", "USA"),
])
def test_the_moving_force_is_the_doer(analyze_text: Analyze, text: str, trigger: str, source: str) -> None:
    found = _events(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source)


@pytest.mark.parametrize("text, trigger", [
    ("The withdrawal of troops from the border began on Monday.", "withdrawal"),
    ("The deployment of soldiers near the city worried residents.", "deployment"),
    ("Russia demanded the withdrawal of Ukrainian troops from Kherson.", "withdrawal"),
])
def test_no_mover_named_or_only_demanded(analyze_text: Analyze, text: str, trigger: str) -> None:
    assert not _events(analyze_text, text, trigger), text
