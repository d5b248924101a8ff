"""A reaction an act draws from a party ("the arrest of a journalist by police drew criticism from Paris") is aimed
at the act's "by" agent, not at the party the act was done to (events/targets.py ``act_agent``). Sentences written
for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, trigger, reactor, doer", [
    ("The arrest of a French journalist by Iranian police drew criticism from Paris.", "criticism", "FRA", "IRN"),
    ("The detention of a Japanese reporter by Chinese police drew protests from Tokyo.", "protests", "JPN", "CHN"),
    ("The arrest of a German activist by Turkish police drew criticism from Berlin.", "criticism", "DEU", "TUR"),
    ("The jailing of an American journalist by Russian authorities drew condemnation from Washington.",
     "condemnation", "USA", "RUS"),
])
def test_a_drawn_reaction_is_aimed_at_the_acts_agent(analyze_text: Analyze, text: str, trigger: str, reactor: str,
                                                     doer: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert [(e.source.key[:3], e.target.key[:3]) for e in found] == [(reactor, doer)]


def test_a_possessed_act_keeps_its_possessor_as_the_one_reacted_to(analyze_text: Analyze) -> None:
    found = [e for e in analyze_text("Israel's raid drew protests from Turkey.").events if e.trigger.text == "protests"]
    assert [(e.source.key[:3], e.target.key[:3]) for e in found] == [("TUR", "ISR")]


@pytest.mark.parametrize("text, reactor, doer", [
    ("Canada condemned the downing of a Ukrainian airliner by Iran.", "CAN", "IRN"),
    ("China protested the visit to Taiwan by the US speaker.", "CHN", "USA"),
    ("Greece protested the visit to Cyprus by the Turkish president.", "GRC", "TUR"),
    ("Beijing protested the trip to Taipei by the German minister.", "CHN", "DEU"),
    ("Ukraine condemned the downing of a Turkish airliner by Russia.", "UKR", "RUS"),
])
def test_condemning_an_act_is_aimed_at_its_by_agent(analyze_text: Analyze, text: str, reactor: str,
                                                    doer: str) -> None:
    found = [e for e in analyze_text(text).events if e.cameo[:2] == "11"]
    assert [(e.source.key[:3], e.target.key[:3]) for e in found] == [(reactor, doer)]


def test_a_by_phrase_of_means_is_no_target(analyze_text: Analyze) -> None:
    found = [e for e in analyze_text("Russia attacked Ukraine by air.").events if e.cameo[:2] == "19"]
    assert [e.target.key[:3] for e in found] == ["UKR"]
