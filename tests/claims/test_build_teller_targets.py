"""A denial naming whose allegation it rejects: the teller is found among all coded mentions, and a deed
read there as aimed at the teller joins the teller's own allegation of it."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.claims.propositions import party
from tidings.records import Event, Statement

ALLEGATION = "Kenya accused Somalia of arming militants. "
DENIALS = [
    ("Mogadishu denied Nairobi's report that Somalia had armed the militants.", "denied",
     "Nairobi's report that Somalia had armed the militants", "armed"),
    ("Mogadishu rejected Nairobi's claims that Somalia was supplying the militants.", "rejected",
     "Nairobi's claims that Somalia was supplying the militants", "supplying"),
    ("Mogadishu dismissed the accusations by Nairobi that Somalia gave guns to the militants.", "dismissed",
     "the accusations by Nairobi that Somalia gave guns to the militants", "gave"),
]


def _build(second: str, cue: str, content: str, verb: str, *, own_allegation: bool = True) -> list:
    t = Text(ALLEGATION + second)
    events = [Event(t.who("Somalia", "SOM.GOV", 1), t.who("Nairobi", "KEN.GOV"), "072", t.span(verb), 1,
                    status="denied", plover="AID", quad_class=2, attributed_to="SOM.GOV")]
    if own_allegation:
        events.insert(0, Event(t.who("Somalia", "SOM.GOV"), t.who("militants", "SOM.REB"), "072", t.span("arming"), 0,
                               status="claimed", plover="AID", quad_class=2, attributed_to="KEN.GOV"))
    said = [
        Statement(t.who("Kenya", "KEN.GOV"), t.span("accused"), "indirect", t.span("Somalia of arming militants"), 0,
                  "accuse", "asserts"),
        Statement(t.who("Mogadishu", "SOM.GOV"), t.span(cue), "indirect", t.span(content), 1, "deny", "denies"),
    ]
    actors = [t.who("Kenya", "KEN.GOV"), t.who("Somalia", "SOM.GOV"), t.who("Mogadishu", "SOM.GOV"),
              t.who("Nairobi", "KEN.GOV"), t.who("Somalia", "SOM.GOV", 1)]
    return build(t.doc, events, said, actors=actors)


@pytest.mark.parametrize("second,cue,content,verb", DENIALS)
def test_a_deed_aimed_at_the_teller_joins_the_tellers_allegation(second: str, cue: str, content: str,
                                                                  verb: str) -> None:
    claims = _build(second, cue, content, verb)
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, party(c.proposition.target), c.proposition.plover) == ("SOM.GOV", "SOM", "AID")
    assert {(party(s.holder), s.stance) for s in c.stances} == {("KEN", "asserts"), ("SOM", "denies")}


@pytest.mark.parametrize("second,cue,content,verb", DENIALS)
def test_without_an_allegation_of_its_own_the_teller_keeps_the_read_deed(second: str, cue: str, content: str,
                                                                          verb: str) -> None:
    claims = _build(second, cue, content, verb, own_allegation=False)
    assert [(c.proposition.source, c.proposition.target) for c in claims] == [("SOM.GOV", "KEN.GOV")]
    assert {(party(s.holder), s.stance) for s in claims[0].stances} == {("KEN", "asserts"), ("SOM", "denies")}


@pytest.mark.parametrize("second,cue,content,verb", DENIALS)
def test_a_teller_named_only_in_the_denial_is_found_among_the_coded_mentions(second: str, cue: str, content: str,
                                                                              verb: str) -> None:
    # no earlier accusation: the teller is neither a doer, a target nor a speaker anywhere
    t = Text(second)
    events = [Event(t.who("Somalia", "SOM.GOV"), t.who("the militants", "SOM.REB"), "072", t.span(verb), 0,
                    status="denied", plover="AID", quad_class=2, attributed_to="SOM.GOV")]
    said = [Statement(t.who("Mogadishu", "SOM.GOV"), t.span(cue), "indirect", t.span(content), 0, "deny", "denies")]
    actors = [t.who("Mogadishu", "SOM.GOV"), t.who("Nairobi", "KEN.GOV"), t.who("Somalia", "SOM.GOV")]
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    assert {(party(s.holder), s.stance) for s in claims[0].stances} == {("KEN", "asserts"), ("SOM", "denies")}
