"""A denial told before the allegation it answers, whose coded target is the receiver of the deed alleged later."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

LATER = " Lima said Quito had sent rifles to the rebels."
EARLY_DENIALS = [
    ("Quito has denied supplying weapons to the rebels.", "denied", "supplying weapons"),
    ("Quito firmly rejected arming the rebels.", "rejected", "arming the rebels"),
    ("Quito denied giving the rebels any help.", "denied", "giving the rebels any help"),
]


def _build(first: str, cue: str, content: str, denied_target: str = "PER.REB") -> list:
    t = Text(first + LATER)
    denial = Event(t.who("Quito", "ECU.GOV"), t.who("the rebels", denied_target), "016", t.span(cue), 0,
                   status="asserted", plover="REJECT", quad_class=1)
    sent = Event(t.who("Quito", "ECU.GOV", 1), t.who("the rebels", "PER.REB", 1), "072", t.span("sent"), 1,
                 status="claimed", plover="AID", quad_class=2, attributed_to="PER.GOV")
    said = [
        Statement(t.who("Quito", "ECU.GOV"), t.span(cue), "indirect", t.span(content), 0, "deny", "denies"),
        Statement(t.who("Lima", "PER.GOV"), t.span("said"), "indirect", t.span("Quito had sent rifles to the rebels"),
                  1, "say", "asserts"),
    ]
    return build(t.doc, [denial, sent], said)


@pytest.mark.parametrize("first,cue,content", EARLY_DENIALS)
def test_an_early_denial_against_the_deeds_receiver_denies_the_later_allegation(first: str, cue: str,
                                                                                 content: str) -> None:
    claims = _build(first, cue, content)
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.plover) == ("ECU.GOV", "PER.REB", "AID")
    assert {(s.holder, s.stance) for s in c.stances} == {("PER.GOV", "asserts"), ("ECU.GOV", "denies")}


@pytest.mark.parametrize("first,cue,content", EARLY_DENIALS)
def test_an_early_denial_about_another_receiver_stays_alone(first: str, cue: str, content: str) -> None:
    assert _build(first, cue, content, denied_target="COL.REB") == []
