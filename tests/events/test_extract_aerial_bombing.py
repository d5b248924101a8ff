"""The bare verb of bombing done by aircraft or by armed forces is an air strike (195), not a non-military
bombing (183); a bombing by others stays 183. The aircraft nouns are event_patterns' ``aircraft_nouns``.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events import coding, patterns as event_patterns

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text", [
    "Israeli warplanes bombed villages in southern Lebanon.",
    "Russian jets bombed the city of Aleppo in Syria.",
    "Turkish drones bombed Kurdish positions in Iraq.",
    "Sudan's army bombed markets in Darfur.",
])
def test_a_bombing_from_the_air_is_an_air_strike(analyze_text: Analyze, text: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == "bombed"]
    assert found and found[0].cameo == "195"


def test_a_bombing_by_militants_stays_a_bombing(analyze_text: Analyze) -> None:
    found = [e for e in analyze_text("Militants of Hamas bombed a bus in Israel.").events if e.trigger.text == "bombed"]
    assert found and found[0].cameo == "183"


def test_aircraft_nouns_are_data_and_validated() -> None:
    import json
    from importlib import resources

    assert {"warplane", "jet", "drone"} <= coding.aircraft_nouns()
    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert event_patterns._check(obj) == []
    obj["aircraft_nouns"] = {"words": ["fighter jet"]}
    assert any("aircraft_nouns" in p for p in event_patterns._check(obj))
