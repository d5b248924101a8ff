"""A denial naming its accuser, with nothing the accuser alleged told, while the denier charges the accuser
with one deed against it: the denier rejects that same charge turned round (a tit-for-tat dispute)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.claims.propositions import party
from tidings.records import Event, Statement

COUNTER = " Islamabad said India was sponsoring attacks on Pakistan."
DENIALS = [
    ("Islamabad rejected the accusations made by India.", "rejected", "the accusations made by India", "India"),
    ("Islamabad dismissed Indian allegations as baseless.", "dismissed", "Indian allegations as baseless", "Indian"),
    ("Islamabad denied New Delhi's charges.", "denied", "New Delhi's charges", "New Delhi"),
]


def _build(first: str, cue: str, content: str, accuser: str, *, counters: int = 1, told: bool = False) -> list:
    extra = " Islamabad said India was arming rebels in Pakistan." if counters > 1 else ""
    alleged = " New Delhi said Pakistan trained the gunmen who attacked India." if told else ""
    t = Text(first + COUNTER + extra + alleged)
    events = [Event(t.who("India", "IND.GOV", 1 if accuser == "India" else 0), t.who("Pakistan", "PAK"), "180",
                    t.span("sponsoring"), 0, status="claimed", plover="ASSAULT", quad_class=4, attributed_to="PAK.GOV")]
    said = [
        Statement(t.who("Islamabad", "PAK.GOV"), t.span(cue), "indirect", t.span(content), 0, "deny", "denies"),
        Statement(t.who("Islamabad", "PAK.GOV", 1), t.span("said"), "indirect",
                  t.span("India was sponsoring attacks on Pakistan"), 1, "say", "asserts"),
    ]
    if counters > 1:
        events.append(Event(t.who("India", "IND.GOV", 2 if accuser == "India" else 1), t.who("Pakistan", "PAK", 1), "072",
                            t.span("arming"), 1, status="claimed", plover="AID", quad_class=2, attributed_to="PAK.GOV"))
        said.append(Statement(t.who("Islamabad", "PAK.GOV", 2), t.span("said", 1), "indirect",
                              t.span("India was arming rebels in Pakistan"), 2, "say", "asserts"))
    if told:
        events.append(Event(t.who("Pakistan", "PAK.GOV", 1), t.who("India", "IND", 2 if accuser == "India" else 1),
                            "180", t.span("trained"), 1, status="claimed", plover="ASSAULT", quad_class=4,
                            attributed_to="IND.GOV"))
        said.append(Statement(t.who("New Delhi", "IND.GOV", 1 if accuser == "New Delhi" else 0), t.span("said", 1),
                              "indirect", t.span("Pakistan trained the gunmen who attacked India"), 2, "say", "asserts"))
    actors = [t.who(accuser, "IND.GOV"), t.who("Islamabad", "PAK.GOV")]
    return build(t.doc, events, said, actors=actors)


def _triples(claims: list) -> set[tuple]:
    return {(party(c.proposition.source), c.proposition.plover, party(c.proposition.target), party(s.holder), s.stance)
            for c in claims for s in c.stances}


@pytest.mark.parametrize("first,cue,content,accuser", DENIALS)
def test_a_named_accusers_untold_charge_is_the_counter_charge_turned_round(first: str, cue: str, content: str,
                                                                           accuser: str) -> None:
    got = _triples(_build(first, cue, content, accuser))
    assert ("PAK", "ASSAULT", "IND", "IND", "asserts") in got
    assert ("PAK", "ASSAULT", "IND", "PAK", "denies") in got


@pytest.mark.parametrize("first,cue,content,accuser", DENIALS)
def test_two_counter_charges_leave_the_untold_charge_open(first: str, cue: str, content: str, accuser: str) -> None:
    got = _triples(_build(first, cue, content, accuser, counters=2))
    assert not any(t[0] == "PAK" and t[3] == "IND" for t in got)


@pytest.mark.parametrize("first,cue,content,accuser", DENIALS)
def test_a_told_charge_is_the_one_denied(first: str, cue: str, content: str, accuser: str) -> None:
    got = _triples(_build(first, cue, content, accuser, told=True))
    assert ("PAK", "ASSAULT", "IND", "IND", "asserts") in got and ("PAK", "ASSAULT", "IND", "PAK", "denies") in got
    assert len({t[:3] for t in got if t[4] == "denies"}) == 1
