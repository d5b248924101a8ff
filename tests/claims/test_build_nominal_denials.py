"""A denial coded in the article's own voice ('drew a denial from Kyiv') denies the accuser's allegation told before it."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event

NOMINAL = [
    ("Havana's claim that Miami exiles funded the riots drew a swift denial from Washington.", "denial"),
    ("Havana's claim that Miami exiles funded the riots met with Washington's rejection.", "rejection"),
    ("Havana's claim that Miami exiles funded the riots, and the refutation by Washington, dominated the day.",
     "refutation"),
]


def _events(t: Text, noun: str, *, earlier: bool = True) -> list[Event]:
    funded = Event(t.who("Miami exiles", "USA.OPP"), t.who("the riots", "CUB.CVL"), "070", t.span("funded"), 0,
                   status="claimed", plover="AID", quad_class=2, attributed_to="CUB.GOV")
    denial = Event(t.who("Washington", "USA.GOV"), t.who("Havana", "CUB.GOV"), "016", t.span(noun), 0,
                   status="asserted", plover="REJECT", quad_class=1)
    return [funded, denial] if earlier else [denial]


@pytest.mark.parametrize("text,noun", NOMINAL)
def test_a_denial_in_the_articles_voice_denies_the_allegation_before_it(text: str, noun: str) -> None:
    t = Text(text)
    claims = build(t.doc, _events(t, noun), [])
    assert len(claims) == 1
    assert (claims[0].proposition.source, claims[0].proposition.plover) == ("USA.OPP", "AID")
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("CUB.GOV", "asserts"), ("USA.GOV", "denies")}


@pytest.mark.parametrize("text,noun", NOMINAL)
def test_a_denial_with_no_allegation_before_it_denies_nothing(text: str, noun: str) -> None:
    t = Text(text)
    assert build(t.doc, _events(t, noun, earlier=False), []) == []
