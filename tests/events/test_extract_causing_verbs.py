"""Causing verbs ("the attack led Kenya to expel the envoys"): the verb's object does the act of its
to-infinitive, whether the parser reads that infinitive as a complement or as a purpose clause. The words are
event_patterns' ``causing_verbs``. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.patterns import index

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The attack led Kenya to expel the Somali envoys.", "expel", "KEN", "SOM"),
    ("The vote led Russia to cut ties with Georgia.", "cut", "RUS", "GEO"),
    ("The killings drove Mali to expel the French ambassador.", "expel", "MLI", "FRA"),
    ("The crisis drove Germany to impose sanctions on Belarus.", "impose", "DEU", "BLR"),
    ("The raid spurred Egypt to recall its ambassador from Israel.", "recall", "EGY", "ISR"),
])
def test_the_object_of_a_causing_verb_does_the_act(analyze_text: Analyze, text: str, trigger: str, source: str,
                                                   target: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert len(found) == 1
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


def test_a_purpose_clause_of_a_plain_verb_keeps_its_subject(analyze_text: Analyze) -> None:
    found = [e for e in analyze_text("Western powers are helping Ukraine to defend itself.").events
             if e.trigger.text == "helping"]
    assert found and found[0].source.key == "WST"


def test_causing_verbs_are_data() -> None:
    assert {"lead", "drive", "cause"} <= index().causing_verbs


def test_causing_verbs_are_validated_at_load() -> None:
    import json
    from importlib import resources

    from tidings.events import patterns

    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert patterns._check(obj) == []
    obj["causing_verbs"] = {"words": ["lead to"]}
    assert any("causing_verbs" in p for p in patterns._check(obj))


def test_other_word_lists_are_validated_at_load() -> None:
    import json
    from importlib import resources

    from tidings.events import patterns

    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    for key in ("help_nouns", "ergative_verbs", "charging_participles"):
        broken = dict(obj, **{key: {"words": ["with the help"]}})
        assert any(key in p for p in patterns._check(broken)), key
