"""Charging participles: "a man accused of spying" says the man was charged, not that he charged anyone."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _sources(text: str, trigger: str) -> list[str | None]:
    a = analyze_text(text)
    return [e.source.key if e.source else None for e in a.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, charged", [
    ("Police in Berlin arrested a Syrian man accused of spying for Iran.", "accused", "SYR"),
    ("Washington sanctioned a Chinese company suspected of supplying drones to Russia.", "suspected", "CHN"),
    ("Kenya detained three Somali militants blamed for the bombing of a hotel in Nairobi.", "blamed", "SOM"),
    ("The court freed two Afghan men convicted of attacking a German officer.", "convicted", "AFG"),
])
def test_the_charged_noun_is_no_source(text: str, trigger: str, charged: str) -> None:
    sources = _sources(text, trigger)
    assert not any((s or "").startswith(charged) for s in sources), sources


def test_a_by_agent_still_charges() -> None:
    sources = _sources("Police arrested a Syrian man accused by Turkey of spying for Iran.", "accused")
    assert sources and all((s or "").startswith("TUR") for s in sources), sources


def test_the_finite_verb_keeps_its_subject() -> None:
    sources = _sources("Turkey accused a Syrian man of spying for Iran.", "accused")
    assert sources and sources[0].startswith("TUR"), sources


def test_the_charged_party_still_does_its_own_act() -> None:
    # the nested act keeps the charged noun as its doer
    sources = _sources("Washington sanctioned a Chinese company suspected of supplying drones to Russia.", "supplying")
    assert sources and sources[0].startswith("CHN"), sources
