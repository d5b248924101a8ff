"""An event noun that is the subject of a verb of occurring takes the verb's "between" phrase as its parties."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _pairs(text: str, trigger: str) -> set[tuple[str, str]]:
    a = analyze_text(text)
    return {(e.source.key[:3], e.target.key[:3]) for e in a.events
            if e.trigger.text == trigger and e.source and e.target}


@pytest.mark.parametrize("text, trigger, a, b", [
    ("Fighting erupted between Armenia and Azerbaijan overnight.", "Fighting", "ARM", "AZE"),
    ("Clashes broke out between India and China along the disputed border.", "Clashes", "IND", "CHN"),
    ("New clashes erupted on Sunday between Ethiopia and Eritrea.", "clashes", "ETH", "ERI"),
    ("Skirmishes continued overnight between Thailand and Cambodia near the temple.", "Skirmishes", "THA", "KHM"),
])
def test_fighting_that_broke_out_between_two_states(text: str, trigger: str, a: str, b: str) -> None:
    assert (a, b) in _pairs(text, trigger) or (b, a) in _pairs(text, trigger)


def test_a_verb_with_an_object_keeps_its_between_phrase() -> None:
    # the "between" phrase belongs to "a buffer zone", which the verb's object names, not to the clashes
    pairs = _pairs("The clashes prompted a buffer zone between Armenia and Azerbaijan.", "clashes")
    assert ("ARM", "AZE") not in pairs and ("AZE", "ARM") not in pairs
