"""The small parser may read a subordinator ("as", "while", "after") as a preposition and the clause's subject
as its object, leaving the finite verb after it with no subject ("Fighting raged as Ethiopia's army attacked
the rebels"); that object is the verb's subject (doers.misread_subordinate_subject). Sentences written for
these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.nlp import load_model

Analyze = Callable[..., Any]


def _events(analyze_text: Analyze, text: str, trigger: str) -> list[Any]:
    return [e for e in analyze_text(text).events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("Fighting raged as Ethiopia's army attacked the rebels.", "attacked", "ETH"),
    ("Fighting continued as Turkey's army shelled Kurdish positions.", "shelled", "TUR"),
    ("Fighting continued as Yemen's army attacked the port.", "attacked", "YEM"),
    ("Fighting continued as Sudan's army shelled the capital.", "shelled", "SDN"),
    ("Fighting continued as Israel's military bombed Gaza on Sunday.", "bombed", "ISR"),
])
def test_the_misread_object_is_the_subject(analyze_text: Analyze, text: str, trigger: str, source: str) -> None:
    doc = load_model()(text)
    verb = next(t for t in doc if t.text == trigger)
    assert not any(c.dep_ == "nsubj" for c in verb.children), "the parse now finds the subject itself"
    found = _events(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source)
