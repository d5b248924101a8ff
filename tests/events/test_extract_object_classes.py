"""Object classes: a verb pattern's "@class" slot accepts any noun of a class as the verb's direct object
("free @captive", "close @passage", "smuggle @weapon"), so the reading does not wait for one listed noun."""

from __future__ import annotations

import json

import pytest

from tidings import data
from tidings.events import patterns
from tidings.pipeline import analyze_text


def _events(text: str, trigger: str) -> list[tuple[str, str | None, str | None]]:
    a = analyze_text(text)
    return [(e.cameo, e.source.key if e.source else None, e.target.key if e.target else None)
            for e in a.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Venezuela freed an American contractor on Saturday.", "freed", "VEN", "USA"),
    ("Iran released a French teacher after two years in Evin prison.", "released", "IRN", "FRA"),
    ("Belarus freed the opposition leader Maria Kalesnikava this week.", "freed", "BLR", "BLR"),
    ("Moscow released two Lithuanian sailors on Tuesday.", "released", "RUS", "LTU"),
])
def test_freeing_a_person_releases_them(text: str, trigger: str, source: str, target: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0] == "0841", evs
    assert (evs[0][1] or "").startswith(source) and (evs[0][2] or "").startswith(target), evs


@pytest.mark.parametrize("text, trigger", [
    ("Russia released a statement on the detained adviser.", "released"),
    ("The ministry released a video of the talks with Ukraine.", "released"),
    ("Japan freed up funds for Ukraine.", "freed"),
])
def test_releasing_a_thing_frees_no_one(text: str, trigger: str) -> None:
    assert not any(code == "0841" for code, _, _ in _events(text, trigger))


@pytest.mark.parametrize("text, trigger, source", [
    ("Turkey closed its airspace to Israeli planes.", "closed", "TUR"),
    ("Israel closed the Rafah crossing with Egypt.", "closed", "ISR"),
    ("The Iranian navy blocked the Strait of Hormuz.", "blocked", "IRN"),
    ("Poland sealed two checkpoints on its border with Belarus.", "sealed", "POL"),
])
def test_closing_a_passage_is_a_blockade(text: str, trigger: str, source: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0] == "191" and (evs[0][1] or "").startswith(source), evs


def test_a_listed_noun_stays_more_specific_than_a_class() -> None:
    # "block road" (144, an obstruction by protesters) outweighs "block @passage" (191)
    p_road = patterns.compile_pattern("144", "verb", "block road")
    p_class = patterns.compile_pattern("191", "verb", "block @passage")
    assert p_road.weight > p_class.weight > 0


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Iran was smuggling missiles to the Houthis.", "smuggling", "IRN", "YEM"),
    ("Iran smuggled drones to Russia through the Caspian Sea.", "smuggled", "IRN", "RUS"),
    ("Hezbollah smuggled rockets to Hamas in Gaza.", "smuggled", "LBN", "PSE"),
])
def test_smuggling_weapons_to_a_party_is_military_aid(text: str, trigger: str, source: str, target: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0] == "072" and (evs[0][1] or "").startswith(source), evs
    assert (evs[0][2] or "").startswith(target), evs


def test_smuggling_other_goods_is_no_aid() -> None:
    assert _events("Gangs smuggled cigarettes from Belarus into Poland.", "smuggled") == []


@pytest.mark.parametrize("change, problem", [
    (lambda o: o["entries"].append({"code": "0841", "kind": "verb", "text": "free @nobody"}), "not defined"),
    (lambda o: o["object_classes"]["classes"]["captive"].update(words=["two words"]), "single lemmas"),
    (lambda o: o["object_classes"]["classes"]["captive"].update(entities=["MONEY"]), "entities"),
])
def test_object_classes_are_validated(change, problem: str) -> None:
    obj = json.loads(json.dumps(data.load("event_patterns")))
    change(obj)
    assert any(problem in p for p in patterns._check(obj))


@pytest.mark.parametrize("text, trigger, code, source", [
    ("Turkish police prevented the demonstration staged by students.", "prevented", "1721", "TUR"),
    ("Russian police prevented a rally by opposition supporters in Moscow.", "prevented", "1721", "RUS"),
    ("Belarus banned all protests after the election.", "banned", "1721", "BLR"),
    ("The Iranian authorities banned the opposition march in Tehran.", "banned", "1721", "IRN"),
    ("Georgian police broke up a protest outside parliament.", "broke", "175", "GEO"),
])
def test_stopping_a_protest_restricts_political_freedom(text: str, trigger: str, code: str, source: str) -> None:
    evs = _events(text, trigger)
    assert evs and evs[0][0] == code and (evs[0][1] or "").startswith(source), evs


@pytest.mark.parametrize("text, trigger", [
    ("Belarus banned all protests after the election.", "protests"),
    ("Russian police prevented a rally by opposition supporters in Moscow.", "rally"),
    ("Georgian police broke up a protest outside parliament.", "protest"),
])
def test_the_stopped_protest_stays_an_event_of_its_own(text: str, trigger: str) -> None:
    # a class slot filled by an event noun does not use the noun up: the ban and the protest are both reported
    evs = _events(text, trigger)
    assert evs and evs[0][0].startswith("14"), evs
