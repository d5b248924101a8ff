"""A time phrase says when an act happened, not what it is: "agreed to a ceasefire after weeks of talks" is an
agreement to a ceasefire, not to talks (events/match.py ``_region`` leaves time phrases out of a verb's
object words). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text", [
    "Armenia and Azerbaijan agreed to a truce after days of talks.",
    "India and Pakistan agreed to a ceasefire after weeks of talks.",
    "Ethiopia and Eritrea agreed to a ceasefire after months of talks.",
    "Russia and Ukraine agreed to a ceasefire after years of talks.",
])
def test_talks_in_a_time_phrase_are_not_what_is_agreed(analyze_text: Analyze, text: str) -> None:
    codes = {e.cameo for e in analyze_text(text).events if e.trigger.text == "agreed"}
    assert codes == {"0871"}


def test_talks_agreed_to_stay_a_meeting_intent(analyze_text: Analyze) -> None:
    codes = {e.cameo for e in analyze_text("Serbia and Kosovo agreed to talks on Monday.").events}
    assert codes == {"036"}
