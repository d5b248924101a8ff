"""The "of" phrase of a gathering noun names who gathers ("a meeting of NATO defence ministers", "a summit
of the African Union", "the visit of the Chinese president"; nominal.gathering_members), where the "of"
phrase of other act nouns names who the act is done to. A bare plural that names no one ("a meeting of
foreign ministers") and the appeals that "the calls of X" are stay out. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, trigger, source", [
    ("The decision was taken at a meeting of NATO defence ministers in Brussels.", "meeting", "NATO"),
    ("A summit of the African Union opened in Addis Ababa on Sunday.", "summit", "AU"),
    ("The visit of the Chinese president ended on Friday.", "visit", "CHN"),
    ("The talks of the Iranian delegation lasted late into the night.", "talks", "IRN"),
])
def test_the_of_phrase_of_a_gathering_gathers(analyze_text: Analyze, text: str, trigger: str, source: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert found, text
    assert found[0].source.key.startswith(source)


@pytest.mark.parametrize("text, trigger", [
    ("In Nairobi, the decision came during a special meeting of foreign ministers.", "meeting"),
    ("In Lagos, the plan was discussed at a meeting of senior officials.", "meeting"),
    ("The calls of the Kenyan guards to stop the fighting went unheeded.", "calls"),
])
def test_an_unnamed_or_appealing_of_phrase_is_no_gathering(analyze_text: Analyze, text: str, trigger: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger and e.cameo.startswith("04")]
    assert found == [], text
