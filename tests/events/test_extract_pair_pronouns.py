"""'Each accused the other', 'they blamed each other': a pronoun subject of a mutual act is the pair named before."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _pairs(text: str, trigger: str) -> set[tuple[str, str]]:
    a = analyze_text(text)
    return {(e.source.key[:3], e.target.key[:3]) for e in a.events
            if e.trigger.text == trigger and e.source and e.target}


@pytest.mark.parametrize("text, trigger, a, b", [
    ("Armenia and Azerbaijan met in Washington on Monday. Each accused the other of violating the ceasefire.",
     "accused", "ARM", "AZE"),
    ("India and Pakistan traded fire across the border. Both blamed the other for starting the clash.",
     "blamed", "IND", "PAK"),
    ("Sudan and South Sudan held talks in Juba. They accused each other of backing rebel groups.",
     "accused", "SDN", "SSD"),
    ("Ethiopia and Eritrea signed a pact in 2018. Each has since accused the other of breaking it.",
     "accused", "ETH", "ERI"),
])
def test_each_side_accuses_the_other(text: str, trigger: str, a: str, b: str) -> None:
    assert _pairs(text, trigger) == {(a, b), (b, a)}


def test_they_with_a_named_object_is_not_a_pair() -> None:
    pairs = _pairs("Armenia and Azerbaijan met in Washington. They accused Russia of arming the rebels.", "accused")
    assert ("ARM", "AZE") not in pairs and ("AZE", "ARM") not in pairs
