"""A country's people protesting take to the street (141); a state protesting complains officially (114).
Agreeing to a ceasefire is PLOVER AGREE, though its code (0871) reads RETREAT."""

from __future__ import annotations

import json

import pytest

from tidings import data
from tidings.events import patterns
from tidings.pipeline import analyze_text


def _events(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    a = analyze_text(text)
    return [(e.cameo, e.plover, e.source.key if e.source else None) for e in a.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("Opposition supporters protested the election results in Lima.", "protested", "PER"),
    ("Thousands of Georgians protested the new law outside parliament.", "protested", "GEO"),
    ("Hundreds of students protested the arrest of the opposition leader in Dhaka.", "protested", "BGD"),
    ("Palestinians stayed away from work on Monday to protest at the new settlements.", "protest", "PSE"),
    ("Farmers in India protested on Monday.", "protested", "IND"),
])
def test_people_protesting_demonstrate(text: str, trigger: str, source: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0] == "141" and evs[0][1] == "PROTEST", evs
    assert (evs[0][2] or "").startswith(source), evs


@pytest.mark.parametrize("text, trigger", [
    ("China protested the visit of the Taiwanese president.", "protested"),
    ("Japan protested the Chinese incursion into its waters.", "protested"),
    ("The Foreign Ministry of Russia protested the expulsion of its diplomats.", "protested"),
])
def test_a_state_protesting_complains_officially(text: str, trigger: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0] == "114", evs


def test_street_complaints_are_validated() -> None:
    obj = json.loads(json.dumps(data.load("event_patterns")))
    obj["street_complaints"]["verbs"]["take to"] = "999"
    assert any("street_complaints" in p for p in patterns._check(obj))


@pytest.mark.parametrize("text, trigger", [
    ("Bosnia and Slovenia agreed to a ceasefire after two days of fighting.", "agreed"),
    ("Armenia and Azerbaijan accepted a ceasefire brokered by Moscow.", "accepted"),
    ("Israel and Hamas agreed a truce on Thursday.", "agreed"),
])
def test_agreeing_to_a_ceasefire_is_agree(text: str, trigger: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0].startswith("087") and evs[0][1] == "AGREE", evs


def test_people_sectors_are_validated() -> None:
    obj = json.loads(json.dumps(data.load("event_patterns")))
    obj["street_complaints"]["people_sectors"] = ["CROWD"]
    assert any("people_sectors" in p for p in patterns._check(obj))
