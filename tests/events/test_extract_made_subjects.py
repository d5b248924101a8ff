"""A subject that is a thing a party made or a group a party leads, not a party itself ("the resolution
drafted by France condemns ...", "a delegation led by the minister met ..."): the act is done by the maker
or leader named in a clause on the subject (doers.made_subject; the verbs are event_patterns'
``speech_act_makers`` and ``leading_verbs``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.patterns import index

Analyze = Callable[..., Any]


def _events(analyze_text: Analyze, text: str, trigger: str) -> list[Any]:
    return [e for e in analyze_text(text).events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The resolution drafted by France condemns Russia.", "condemns", "FRA", "RUS"),
    ("A statement issued by the Chinese foreign ministry accused Japan of provocations.", "accused", "CHN", "JPN"),
    ("A report published by the United Nations accuses Myanmar of genocide.", "accuses", "UN", "MMR"),
    ("The letter sent by Iran to the Security Council threatens Israel.", "threatens", "IRN", "ISR"),
    ("The text that Germany proposed condemns the Syrian government.", "condemns", "DEU", "SYR"),
])
def test_a_made_thing_acts_for_its_maker(analyze_text: Analyze, text: str, trigger: str, source: str,
                                         target: str) -> None:
    found = _events(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("A delegation led by the Chinese foreign minister met President Biden.", "met", "CHN", "USA"),
    ("A team headed by the French envoy visited Niger on Monday.", "visited", "FRA", "NER"),
    ("A mission chaired by the Kenyan president arrived in Ethiopia to mediate.", "mediate", "KEN", None),
    ("Units commanded by Russian generals attacked Ukrainian positions near Bakhmut.", "attacked", "RUS", "UKR"),
])
def test_a_led_group_acts_for_its_leader(analyze_text: Analyze, text: str, trigger: str, source: str,
                                         target: str | None) -> None:
    found = _events(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source)
    assert target is None or found[0].target.key.startswith(target)


@pytest.mark.parametrize("text, trigger, agent", [
    ("The man detained by Egyptian police accused the government of torture.", "accused", "EGY.COP"),
    ("The man arrested by Turkish police condemned the ruling.", "condemned", "TUR.COP"),
    ("The men expelled by the Pakistani army criticised the decision.", "criticised", "PAK.MIL"),
])
def test_a_party_acted_on_is_not_made(analyze_text: Analyze, text: str, trigger: str, agent: str) -> None:
    """A noun a participle acts on (detained, arrested, expelled) is a victim, its agent no doer of its act."""
    assert all(e.source.key != agent for e in _events(analyze_text, text, trigger)), text


def test_leading_verbs_are_data() -> None:
    assert {"lead", "head", "command"} <= index().leading_verbs


def test_leading_verbs_are_validated_at_load() -> None:
    import json
    from importlib import resources

    from tidings.events import patterns

    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert patterns._check(obj) == []
    obj["leading_verbs"] = {"words": ["lead by"]}
    assert any("leading_verbs" in p for p in patterns._check(obj))
