"""A definite noun for an agreement ('the deal') names again the one signed agreement the article told."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.events import codebook
from tidings.records import Event, Statement

FIRST = "Serbia and Kosovo signed an accord in Brussels, the EU said. "
LATER = [
    ("Belgrade said the deal was a step forward.", "Belgrade", "SRB.GOV", "the deal was a step forward"),
    ("Pristina told reporters that this agreement would ease trade.", "Pristina", "XKX.GOV",
     "this agreement would ease trade"),
    ("Washington said the new border pact with Kosovo was welcome.", "Washington", "USA.GOV",
     "the new border pact with Kosovo was welcome"),
]


def _claims(later: str, speaker: str, key: str, content: str, first: str = FIRST, trigger: str = "signed") -> list:
    t = Text(first + later)
    serbia, kosovo, eu = t.who("Serbia", "SRB.GOV"), t.who("Kosovo", "XKX.GOV"), t.who("EU", "EU")
    cue = "told" if " told " in later else "said"
    said = [Statement(eu, t.span("said"), "indirect", t.span(first.split(",")[0]), 0, "say"),
            Statement(t.who(speaker, key), t.span(cue, 1 if cue == "said" else 0), "indirect", t.span(content), 1,
                      "tell" if cue == "told" else "say")]
    deal = Event(serbia, kosovo, "057", t.span(trigger), 0, plover=codebook.info("057").plover, quad_class=1,
                 statement=0)
    actors = [serbia, kosovo, eu, t.who(speaker, key)]
    if "Kosovo" in later:
        actors.append(t.who("Kosovo", "XKX.GOV", 1))
    return build(t.doc, [deal], said, actors=actors)


@pytest.mark.parametrize("later,speaker,key,content", LATER)
def test_a_later_statement_naming_the_deal_holds_it(later: str, speaker: str, key: str, content: str) -> None:
    claims = _claims(later, speaker, key, content)
    assert claims, later
    assert all((key, "asserts") in {(s.holder, s.stance) for s in c.stances} for c in claims)
    assert {("EU", "asserts")} <= {(s.holder, s.stance) for s in claims[0].stances}


@pytest.mark.parametrize("later,speaker,key,content", [
    ("Belgrade said there was no deal on the crossings.", "Belgrade", "SRB.GOV", "there was no deal on the crossings"),
    ("Belgrade said a deal on energy was still far off.", "Belgrade", "SRB.GOV", "a deal on energy was still far off"),
    ("Washington said the deal was welcome.", "Washington", "USA.GOV", "the deal was welcome"),
])
def test_a_negated_indefinite_or_unanchored_deal_is_no_echo(later: str, speaker: str, key: str, content: str) -> None:
    """'no deal' negates it, 'a deal' is another one, and a third party naming neither side of the deal
    ('the deal was welcome') may speak of another deal."""
    assert _claims(later, speaker, key, content) == []


@pytest.mark.parametrize("first,trigger", [
    ("Serbia and Kosovo signs deals all the time, the EU said. ", "signs"),
    ("Serbia and Kosovo keep signing accords they never honour, the EU said. ", "accords"),
    ("Serbia and Kosovo sign such pacts yearly, the EU said. ", "pacts"),
])
def test_agreements_told_in_general_are_no_deal_to_name_again(first: str, trigger: str) -> None:
    """'Brussels signs the deals and we pay': a present-tense verb or a plural noun tells agreements in
    general, not one that a later 'the deal' names."""
    later, speaker, key, content = LATER[0]
    assert _claims(later, speaker, key, content, first=first, trigger=trigger) == []
