"""A purchase is the seller's supply seen from the buyer: it joins the aid proposition already told."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

SUPPLY = "Chile said Peru had supplied rifles to Bolivia. "
PURCHASES = [
    ("La Paz said Bolivia bought rifles from Peru.", "Bolivia bought rifles from Peru", "asserts"),
    ("La Paz said it had purchased ammunition from Peru.", "it had purchased ammunition from Peru", "asserts"),
    ("La Paz denied buying any rifles from Peru.", "buying any rifles from Peru", "denies"),
    ("La Paz said we have imported rifles from Peru for years.", "we have imported rifles from Peru for years", "asserts"),
]
NOT_PURCHASES = [
    # the buyer is someone else, or the seller is a party not coded here
    ("La Paz said Ecuador bought rifles from Peru.", "Ecuador bought rifles from Peru"),
    ("La Paz said it had purchased rifles from Brazil.", "it had purchased rifles from Brazil"),
    ("La Paz said they bought rifles from Peru.", "they bought rifles from Peru"),
]


def _build(second: str, content: str) -> list:
    t = Text(SUPPLY + second)
    cue = "denied" if "denied" in second else "said"
    supplied = Event(t.who("Peru", "PER"), t.who("Bolivia", "BOL"), "072", t.span("supplied"), 0, status="claimed",
                     plover="AID", quad_class=2, attributed_to="CHL.GOV")
    said = [
        Statement(t.who("Chile", "CHL.GOV"), t.span("said"), "indirect", t.span("Peru had supplied rifles to Bolivia"),
                  0, "say", "asserts"),
        Statement(t.who("La Paz", "BOL.GOV"), t.span(cue, 1 if cue == "said" else 0), "indirect", t.span(content), 1,
                  "deny" if cue == "denied" else "say", "denies" if cue == "denied" else "asserts"),
    ]
    return build(t.doc, [supplied], said)


@pytest.mark.parametrize("second,content,stance", PURCHASES)
def test_a_purchase_from_the_seller_joins_its_supply(second: str, content: str, stance: str) -> None:
    claims = _build(second, content)
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.cameo) == ("PER", "BOL", "072")
    assert {(s.holder, s.stance) for s in c.stances} == {("CHL.GOV", "asserts"), ("BOL.GOV", stance)}


@pytest.mark.parametrize("second,content", NOT_PURCHASES)
def test_another_buyer_or_seller_is_another_proposition(second: str, content: str) -> None:
    assert _build(second, content) == []
