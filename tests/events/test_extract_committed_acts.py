"""A verb of committing whose object is an event noun does that act ("accused the RSF of committing
genocide" is a claimed genocide, not a pledge); "commit to" stays a pledge. The verbs are event_patterns'
``committing_verbs``. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events import match, patterns as event_patterns

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, trigger, code, source", [
    ("Egypt accused Hamas of committing genocide.", "committing", "202", "PSE"),
    ("Sudan said the rebels of M23 had committed a massacre in Poland.", "committed", "202", "COD"),
    ("Turkey accused Syria of committing atrocities.", "committing", "200", "SYR"),
    ("Hamas perpetrated a massacre in Israel, Egypt said.", "perpetrated", "202", "PSE"),
])
def test_the_committed_act_is_coded(analyze_text: Analyze, text: str, trigger: str, code: str, source: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert len(found) == 1
    assert found[0].cameo == code and found[0].source.key.startswith(source)


@pytest.mark.parametrize("text", [
    "Iran committed to talks with Germany.",
    "Japan committed to new talks with China on Monday.",
    "Pakistan has committed to a ceasefire with India.",
])
def test_commit_to_is_still_a_pledge(analyze_text: Analyze, text: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == "committed"]
    assert found and found[0].cameo.startswith("03")


def test_committing_verbs_are_data_and_validated() -> None:
    import json
    from importlib import resources

    assert {"commit", "perpetrate"} <= match.committing_verbs()
    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert event_patterns._check(obj) == []
    obj["committing_verbs"] = {"words": ["carry out"]}
    assert any("committing_verbs" in p for p in event_patterns._check(obj))
