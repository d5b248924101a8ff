"""An event noun with no party of its own as the object of a verb ("negotiators will finish the talks",
"observers watched the negotiations") mentions again the latest act of its kind and takes its parties
(nominal.mentioned_again, _object_mention); not the object of a to-infinitive ("hope to revive the
agreement"). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def _second(analyze_text: Analyze, text: str, trigger: str) -> list[Any]:
    """The events on ``trigger`` in the text's second sentence."""
    start = text.index(". ") + 2
    return [e for e in analyze_text(text).events if e.trigger.text == trigger and e.trigger.start >= start]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Turkey held talks with Greece on Monday. Negotiators will finish the talks next week.", "talks", "TUR", "GRC"),
    ("Japan held talks with China on Monday. Diplomats will wrap up the negotiations next week.", "negotiations",
     "JPN", "CHN"),
    ("Egypt held talks with Sudan on Monday. Officials will close the talks on Thursday.", "talks", "EGY", "SDN"),
    ("Japan held talks with China on Monday. Observers watched the negotiations closely.", "negotiations",
     "JPN", "CHN"),
])
def test_an_unowned_object_takes_the_parties_of_the_latest_act(analyze_text: Analyze, text: str, trigger: str,
                                                               source: str, target: str) -> None:
    found = _second(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


@pytest.mark.parametrize("text, trigger", [
    ("Turkey held talks with Greece on Monday. Both hope to revive the talks soon.", "talks"),
    ("Japan held talks with China on Monday. Mediators plan to restart the negotiations.", "negotiations"),
    ("Egypt held talks with Sudan on Monday. Officials aim to relaunch the talks.", "talks"),
])
def test_the_object_of_an_infinitive_is_no_mention(analyze_text: Analyze, text: str, trigger: str) -> None:
    assert not _second(analyze_text, text, trigger), text
