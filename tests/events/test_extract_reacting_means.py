"""A verb of reacting with a "with" object that is an event noun ("Israel responded with strikes on southern
Lebanon"): the subject does the noun's act to the noun's "on"/"against" party. The verbs are event_patterns'
``reacting_means``. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events import match, patterns as event_patterns

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Israel responded with strikes on southern Lebanon on Tuesday.", "responded", "ISR", "LBN"),
    ("Russia retaliated with missile attacks on Kyiv overnight.", "retaliated", "RUS", "UKR"),
    ("Turkey responded with air strikes against Kurdish militants in Syria.", "responded", "TUR", "SYR"),
    ("Ukraine answered with drone attacks on Russian refineries.", "answered", "UKR", "RUS"),
    ("India replied with artillery fire on Pakistani posts.", "replied", "IND", "PAK"),
])
def test_the_reacting_subject_does_the_act_of_its_with_noun(analyze_text: Analyze, text: str, trigger: str,
                                                             source: str, target: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert len(found) == 1
    assert found[0].cameo.startswith("19")
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


def test_a_strike_aimed_at_a_party_is_force_not_a_walkout(analyze_text: Analyze) -> None:
    found = [e for e in analyze_text("Israel retaliated with strikes on Gaza.").events if e.trigger.text == "retaliated"]
    assert found and found[0].cameo == "190"


def test_an_announced_reaction_is_left_to_the_threats(analyze_text: Analyze) -> None:
    events = analyze_text("Iran will respond with force to any attack by Israel.").events
    assert not any(e.trigger.text == "respond" and e.cameo.startswith("19") for e in events)


def test_a_specific_verb_pattern_still_wins(analyze_text: Analyze) -> None:
    found = [e for e in analyze_text("Police in Pakistan responded with tear gas.").events if e.trigger.text == "responded"]
    assert found and found[0].cameo == "175"


def test_reacting_means_are_data_and_validated() -> None:
    import json
    from importlib import resources

    assert {"respond", "retaliate", "reply"} <= match.reacting_means_verbs()
    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert event_patterns._check(obj) == []
    obj["reacting_means"] = {"words": ["hit back"]}
    assert any("reacting_means" in p for p in event_patterns._check(obj))


def test_a_vowed_reaction_is_no_act_done(analyze_text: Analyze) -> None:
    events = analyze_text("Iran vowed to retaliate with strikes on Israel.").events
    assert not any(e.trigger.text == "retaliate" and e.cameo.startswith("19") for e in events)
