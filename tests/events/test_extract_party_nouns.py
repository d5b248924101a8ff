"""An event noun that also names a party ("the opposition"): with nothing aiming it, it names the party, not an
act of opposing; "opposition to X" / "opposition from X" stay acts. The words are event_patterns'
``party_nouns``. Sentences written for these tests."""

from __future__ import annotations

import importlib
from typing import Any, Callable

import pytest

from tidings.events import patterns as event_patterns

extract = importlib.import_module("tidings.events.extract")

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text", [
    "Turkey's opposition accused the government of rigging the vote.",
    "Kenya's main opposition rejected the results and called for protests.",
    "Belarus's exiled opposition urged the European Union to impose sanctions.",
])
def test_the_opposition_as_a_party_is_no_act_of_opposing(analyze_text: Analyze, text: str) -> None:
    assert not [e for e in analyze_text(text).events if e.trigger.text == "opposition"]


@pytest.mark.parametrize("text, source", [
    ("Israel reiterated its opposition to a Palestinian state.", "ISR"),
    ("The plan met strong opposition from China.", "CHN"),
    ("Germany's opposition to the sanctions on Russia angered Poland.", "DEU"),
])
def test_opposition_aimed_at_something_is_still_an_act(analyze_text: Analyze, text: str, source: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == "opposition"]
    assert found and found[0].cameo.startswith("11") and found[0].source.key.startswith(source)


def test_party_nouns_are_data_and_validated() -> None:
    import json
    from importlib import resources

    assert "opposition" in event_patterns.index().party_nouns
    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert event_patterns._check(obj) == []
    obj["party_nouns"] = {"words": ["main opposition"], "aiming_preps": ["to"]}
    assert any("party_nouns" in p for p in event_patterns._check(obj))
