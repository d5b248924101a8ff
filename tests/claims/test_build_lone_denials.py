"""A denial whose deed, read inside it, matches nobody else's account answers the one allegation of that doer and kind."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.claims.propositions import party
from tidings.records import Event, Statement

ALLEGATION = "Manila said Chinese vessels rammed a supply boat. "
DENIALS = [
    ("Beijing rejected claims that it was behind the ramming.", "rejected", "claims that it was behind the ramming",
     "ramming"),
    ("Beijing denied that its ships had attacked anyone.", "denied", "that its ships had attacked anyone", "attacked"),
    ("Beijing dismissed reports that its coast guard struck the boat.", "dismissed",
     "reports that its coast guard struck the boat", "struck"),
]


def _build(second: str, cue: str, content: str, verb: str, *, second_allegation: bool = False) -> list:
    extra = "Hanoi said Chinese vessels rammed a fishing boat. " if second_allegation else ""
    t = Text(ALLEGATION + extra + second)
    events = [Event(t.who("Chinese vessels", "CHN.MIL"), t.who("a supply boat", "PHL.MIL"), "190", t.span("rammed"), 0,
                    status="claimed", plover="ASSAULT", quad_class=4, attributed_to="PHL.GOV"),
              # read inside the denial, the deed came out aimed at the denier's own side
              Event(t.who("Beijing", "CHN.GOV"), t.who("Beijing", "CHN.MIL"), "190", t.span(verb), 1,
                    status="denied", plover="ASSAULT", quad_class=4, attributed_to="CHN.GOV")]
    said = [Statement(t.who("Manila", "PHL.GOV"), t.span("said"), "indirect", t.span("Chinese vessels rammed a supply boat"),
                      0, "say", "asserts"),
            Statement(t.who("Beijing", "CHN.GOV"), t.span(cue), "indirect", t.span(content), 1, "deny", "denies")]
    if second_allegation:
        events.append(Event(t.who("Chinese vessels", "CHN.MIL", 1), t.who("a fishing boat", "VNM.CVL"), "190",
                            t.span("rammed", 1), 2, status="claimed", plover="ASSAULT", quad_class=4,
                            attributed_to="VNM.GOV"))
        said.append(Statement(t.who("Hanoi", "VNM.GOV"), t.span("said", 1), "indirect",
                              t.span("Chinese vessels rammed a fishing boat"), 2, "say", "asserts"))
    return build(t.doc, events, said)


@pytest.mark.parametrize("second,cue,content,verb", DENIALS)
def test_a_lone_denial_joins_the_one_allegation_of_its_doer_and_kind(second: str, cue: str, content: str,
                                                                     verb: str) -> None:
    claims = _build(second, cue, content, verb)
    assert len(claims) == 1
    assert (party(claims[0].proposition.source), party(claims[0].proposition.target)) == ("CHN", "PHL")
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("PHL.GOV", "asserts"), ("CHN.GOV", "denies")}


@pytest.mark.parametrize("second,cue,content,verb", DENIALS)
def test_with_two_such_allegations_a_lone_denial_stays_alone(second: str, cue: str, content: str, verb: str) -> None:
    claims = _build(second, cue, content, verb, second_allegation=True)
    assert not any(s.stance == "denies" for c in claims for s in c.stances)
