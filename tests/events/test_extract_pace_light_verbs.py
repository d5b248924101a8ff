"""Verbs that set the pace of an act or close it ("sped up the withdrawal", "expedited the delivery",
"concluded a visit", "wrapped up talks") have the event noun they govern done by their own subject, like the
other light verbs (``light_verbs`` in event_patterns.json, events/nominal.py ``light_verb``). Sentences
written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.patterns import index

Analyze = Callable[..., Any]


def sources(code_events: Callable[..., list[Any]], text: str, root: str) -> set[str]:
    return {e.source.key.split(".")[0] for e in code_events(text) if e.cameo[:2] == root and e.source}


@pytest.mark.parametrize("text, root, source", [
    ("Britain sped up the delivery of tanks to Ukraine.", "07", "GBR"),
    ("Germany speeded up the delivery of air defence systems to Kyiv.", "07", "DEU"),
    ("France hastened the delivery of artillery shells to Ukraine.", "07", "FRA"),
    ("Japan expedited the delivery of emergency aid to Syria.", "07", "JPN"),
])
def test_a_verb_that_speeds_an_act_up_names_its_doer(code_events: Callable[..., list[Any]], text: str,
                                                      root: str, source: str) -> None:
    assert source in sources(code_events, text, root)


@pytest.mark.parametrize("text, root, source", [
    ("The Chinese envoy from Beijing concluded a visit to Pakistan on Tuesday.", "04", "CHN"),
    ("Iran wrapped up talks with the European Union in Vienna.", "04", "IRN"),
    ("Turkey concluded talks with Syria on the border crossings.", "04", "TUR"),
    ("Egypt wrapped up a visit to Sudan after two days.", "04", "EGY"),
])
def test_a_verb_that_closes_an_act_names_its_doer(code_events: Callable[..., list[Any]], text: str, root: str,
                                                  source: str) -> None:
    assert source in sources(code_events, text, root)


def test_the_pace_verbs_are_dictionary_light_verbs() -> None:
    assert {"speed", "hasten", "expedite", "conclude", "wrap"} <= index().light_verbs
