"""A to-infinitive on an adjective predicated of a subject ("Kenya is eager to send troops", "the government
said it is prepared to impose martial law") is done by that subject (doers.adjective_controller).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def _events(analyze_text: Analyze, text: str, trigger: str) -> list[Any]:
    return [e for e in analyze_text(text).events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("Kenya is eager to send troops to Haiti.", "send", "KEN"),
    ("The Iraqi government is prepared to impose martial law in Baghdad.", "impose", "IRQ"),
    ("Germany was keen to send more tanks to Ukraine.", "send", "DEU"),
    ("Turkish officials are anxious to deport the Syrian refugees.", "deport", "TUR"),
    ("Japan is eager to provide aid to Ukraine.", "provide", "JPN"),
])
def test_the_subject_of_the_adjective_does_the_infinitive(analyze_text: Analyze, text: str, trigger: str,
                                                          source: str) -> None:
    found = _events(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source)


@pytest.mark.parametrize("text, trigger", [
    ("Japan is no longer able to provide aid to Ukraine.", "provide"),
    ("Germany was not keen to send more tanks to Ukraine.", "send"),
    ("Kenya is never eager to send troops to Haiti.", "send"),
])
def test_a_negated_predicate_names_no_doer(analyze_text: Analyze, text: str, trigger: str) -> None:
    assert not [e for e in _events(analyze_text, text, trigger) if e.source is not None], text


@pytest.mark.parametrize("text", [
    "A spokesman said the European Union stood ready to help Ukraine.",
    "Japan is willing to provide aid to Ukraine.",
    "Germany is ready to send tanks to Ukraine.",
])
def test_a_coded_adjective_is_the_act_of_intent(analyze_text: Analyze, text: str) -> None:
    found = analyze_text(text).events
    assert found, text
    assert all(e.trigger.text in ("ready", "willing") for e in found), [(e.trigger.text, e.cameo) for e in found]
