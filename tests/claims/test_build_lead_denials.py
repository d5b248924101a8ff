"""A denial that does not restate the allegation links to it whichever comes first, and to the one by
the party it names (own sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import ActorMention, Event, Statement

# (text, denier, denier key, denial cue, denial content, accuser, accuser key, allegation content,
#  doer, doer key, trigger, victim, victim key, cameo, plover)
LEAD_DENIALS = [
    ("Moscow dismissed the allegations on Tuesday. Madrid said Russian hackers had spread lies about the vote.",
     "Moscow", "RUS.GOV", "dismissed", "the allegations", "Madrid", "ESP.GOV",
     "Russian hackers had spread lies about the vote", "Russian hackers", "RUS", "spread", "the vote", "ESP",
     "176", "COERCE"),
    ("Beijing rejected the accusations. Manila's coast guard said Chinese ships rammed a Philippine supply boat.",
     "Beijing", "CHN.GOV", "rejected", "the accusations", "Manila's coast guard", "PHL.COP",
     "Chinese ships rammed a Philippine supply boat", "Chinese ships", "CHN.MIL", "rammed",
     "a Philippine supply boat", "PHL", "190", "ASSAULT"),
    ("Kigali has denied the charges. Congo's army says Rwandan troops are shelling villages near Goma.",
     "Kigali", "RWA.GOV", "denied", "the charges", "Congo's army", "COD.MIL",
     "Rwandan troops are shelling villages near Goma", "Rwandan troops", "RWA.MIL", "shelling",
     "villages near Goma", "COD", "195", "ASSAULT"),
]


def _records(t: Text, denier: str, dkey: str, cue: str, denial: str, accuser: str, akey: str, content: str,
             doer: str, okey: str, trigger: str, victim: str, vkey: str, cameo: str,
             plover: str) -> tuple[list[Event], list[Statement]]:
    deed = Event(t.who(doer, okey), t.who(victim, vkey), cameo, t.span(trigger), 1, status="claimed", plover=plover,
                 quad_class=4, attributed_to=akey)
    said = [
        Statement(t.who(denier, dkey), t.span(cue), "indirect", t.span(denial), 0, "deny", "denies"),
        Statement(t.who(accuser, akey), t.span("said" if " said " in t.text else "says"), "indirect", t.span(content), 1,
                  "say", "asserts"),
    ]
    return [deed], said


@pytest.mark.parametrize("case", LEAD_DENIALS)
def test_a_denial_before_the_allegation_denies_it(case: tuple) -> None:
    t = Text(case[0])
    events, said = _records(t, *case[1:])
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.cameo) == (case[9], case[12], case[13])
    assert {(s.holder, s.stance) for s in c.stances} == {(case[6], "asserts"), (case[2], "denies")}
    assert next(s for s in c.stances if s.stance == "denies").statement == 0


@pytest.mark.parametrize("case", LEAD_DENIALS)
def test_a_later_allegation_against_another_party_is_not_the_one_denied(case: tuple) -> None:
    """The same denial, but the deed told afterwards is somebody else's: nothing links, and one
    undisputed allegation is no claim."""
    t = Text(case[0])
    events, said = _records(t, *case[1:])
    other = Event(t.who(case[8], "TUR"), events[0].target, case[13], events[0].trigger, 1, status="claimed",
                  plover=case[14], quad_class=4, attributed_to=case[6])
    assert build(t.doc, [other], said) == []


def test_an_earlier_allegation_is_still_preferred_to_a_later_one() -> None:
    t = Text("Madrid said Russian hackers spread lies about the vote. Moscow rejected the claims. "
             "Madrid said Russian ships entered Spanish waters.")
    lies = Event(t.who("Russian hackers", "RUS"), t.who("the vote", "ESP"), "176", t.span("spread"), 0,
                 status="claimed", plover="COERCE", quad_class=4, attributed_to="ESP.GOV")
    ships = Event(t.who("Russian ships", "RUS.MIL"), t.who("Spanish waters", "ESP"), "171", t.span("entered"), 2,
                  status="claimed", plover="SEIZE", quad_class=4, attributed_to="ESP.GOV")
    said = [
        Statement(t.who("Madrid", "ESP.GOV"), t.span("said"), "indirect",
                  t.span("Russian hackers spread lies about the vote"), 0, "say", "asserts"),
        Statement(t.who("Moscow", "RUS.GOV"), t.span("rejected"), "indirect", t.span("the claims"), 1, "reject", "denies"),
        Statement(t.who("Madrid", "ESP.GOV", 1), t.span("said", 1), "indirect",
                  t.span("Russian ships entered Spanish waters"), 2, "say", "asserts"),
    ]
    claims = build(t.doc, [lies, ships], said)
    assert len(claims) == 1
    assert claims[0].proposition.cameo == "176"
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("ESP.GOV", "asserts"), ("RUS.GOV", "denies")}


CITED = (
    "Greek television reported that Turkish jets fired on Greek fishing boats. "
    "Nicosia said Turkish drones attacked a Cypriot patrol boat. "
    "Ankara said the reports aired on Greek television were fabricated."
)


def _cited_records(t: Text, dismissal: str) -> tuple[list[Event], list[Statement], list[ActorMention]]:
    fired = Event(t.who("Turkish jets", "TUR.MIL"), t.who("Greek fishing boats", "GRC.CVL"), "190", t.span("fired"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4, attributed_to="GRC.MED")
    drones = Event(t.who("Turkish drones", "TUR.MIL"), t.who("a Cypriot patrol boat", "CYP.MIL"), "190",
                   t.span("attacked"), 1, status="claimed", plover="ASSAULT", quad_class=4, attributed_to="CYP.GOV")
    said = [
        Statement(t.who("Greek television", "GRC.MED"), t.span("reported"), "indirect",
                  t.span("Turkish jets fired on Greek fishing boats"), 0, "report", "asserts"),
        Statement(t.who("Nicosia", "CYP.GOV"), t.span("said"), "indirect",
                  t.span("Turkish drones attacked a Cypriot patrol boat"), 1, "say", "asserts"),
        Statement(t.who("Ankara", "TUR.GOV"), t.span("said", 1), "indirect", t.span(dismissal), 2, "say", "asserts"),
    ]
    actors = [a for e in (fired, drones) for a in (e.source, e.target) if a is not None]
    actors += [st.speaker for st in said if st.speaker is not None]
    if "Greek television" in dismissal:
        actors.append(t.who("Greek television", "GRC.MED", 1))
    return [fired, drones], said, actors


def test_a_denial_naming_where_the_allegation_came_from_answers_that_one() -> None:
    t = Text(CITED)
    events, said, actors = _cited_records(t, "the reports aired on Greek television were fabricated")
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    assert claims[0].proposition.target == "GRC.CVL"
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("GRC.MED", "asserts"), ("TUR.GOV", "denies")}


def test_a_denial_naming_no_source_answers_the_nearest_allegation() -> None:
    t = Text(CITED.replace(" aired on Greek television", ""))
    events, said, actors = _cited_records(t, "the reports were fabricated")
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    assert claims[0].proposition.target == "CYP.MIL"
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("CYP.GOV", "asserts"), ("TUR.GOV", "denies")}


def test_a_dismissal_of_remarks_is_a_denial() -> None:
    t = Text(CITED.replace("the reports aired on Greek television were fabricated",
                           "the remarks aired on Greek television were fake"))
    events, said, actors = _cited_records(t, "the remarks aired on Greek television were fake")
    claims = build(t.doc, events, said, actors=actors)
    assert {(s.holder, s.stance) for c in claims for s in c.stances} == {("GRC.MED", "asserts"), ("TUR.GOV", "denies")}


@pytest.mark.parametrize("aside", [
    "Nicosia said it was following the matter closely.",
    "A Cypriot minister said the talks on the island would resume in May.",
])
def test_a_denial_naming_its_source_skips_an_uncoded_aside_in_between(aside: str) -> None:
    """'These rumours were rejected' means the claims just made; a denial that names whose report it
    rejects still answers that report when another party's remark with no coded deed comes last."""
    t = Text("Greek television reported that Turkish jets fired on Greek fishing boats. " + aside +
             " Ankara said the reports aired on Greek television were fabricated.")
    fired = Event(t.who("Turkish jets", "TUR.MIL"), t.who("Greek fishing boats", "GRC.CVL"), "190", t.span("fired"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4, attributed_to="GRC.MED")
    speaker = aside.split(" said")[0]
    said = [
        Statement(t.who("Greek television", "GRC.MED"), t.span("reported"), "indirect",
                  t.span("Turkish jets fired on Greek fishing boats"), 0, "report", "asserts"),
        Statement(t.who(speaker, "CYP.GOV"), t.span("said"), "indirect", t.span(aside.split(" said ")[1].rstrip(".")),
                  1, "say", "asserts"),
        Statement(t.who("Ankara", "TUR.GOV"), t.span("said", 1), "indirect",
                  t.span("the reports aired on Greek television were fabricated"), 2, "say", "asserts"),
    ]
    actors = [fired.source, fired.target] + [st.speaker for st in said if st.speaker is not None]
    actors.append(t.who("Greek television", "GRC.MED", 1))
    claims = build(t.doc, [fired], said, actors=[a for a in actors if a is not None])
    assert {(s.holder, s.stance) for c in claims for s in c.stances} == {("GRC.MED", "asserts"), ("TUR.GOV", "denies")}
