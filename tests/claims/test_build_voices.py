"""Who voices an event inside a statement: a nested report's own speaker, or the attributed party."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import ActorMention, Event, Statement

# (text, nested speaker, its key, reporter, reporter key, content, trigger)
NESTED = [
    ("Kenya said it was closing the border over Somalia's support for armed gangs, the radio station reported.",
     "Kenya", "KEN.GOV", "the radio station", "ETH.MED", "Kenya said it was closing the border over Somalia's support for armed gangs",
     "support"),
    ("Officials in Lima told reporters: Peru announced that Bolivian smugglers armed the rebels, a wire service said.",
     "Peru", "PER.GOV", "a wire service", "GBR.MED", "Peru announced that Bolivian smugglers armed the rebels", "armed"),
    ("The Polish army reports Belarusian guards were shooting at migrants, the agency wrote on Friday.",
     "The Polish army", "POL.MIL", "the agency", "DEU.MED", "The Polish army reports Belarusian guards were shooting at migrants",
     "shooting"),
]
DOERS = {"support": ("Somalia", "SOM.GOV", "armed gangs", "KEN", "070", "AID"),
         "armed": ("Bolivian smugglers", "BOL.CVL", "the rebels", "PER.REB", "073", "AID"),
         "shooting": ("Belarusian guards", "BLR.MIL", "migrants", "POL", "190", "ASSAULT")}


def _event(t: Text, trigger: str, attributed: str | None) -> Event:
    doer, dkey, target, tkey, cameo, plover = DOERS[trigger]
    return Event(t.who(doer, dkey), t.who(target, tkey), cameo, t.span(trigger), 0, status="claimed", plover=plover,
                 quad_class=2 if plover == "AID" else 4, attributed_to=attributed)


CONFIRMED = " UN monitors confirmed the deed."


def _holders(t: Text, e: Event, st: Statement, actors: list[ActorMention]) -> set[tuple[str | None, str]]:
    """Holders of the event's proposition, with the UN asserting it too (outside the statement) so that
    it is a claim."""
    again = Event(e.source, e.target, e.cameo, t.span("deed"), 1, status="claimed", plover=e.plover,
                  quad_class=e.quad_class, attributed_to="UN")
    return {(s.holder, s.stance) for c in build(t.doc, [e, again], [st], actors=actors) for s in c.stances}


@pytest.mark.parametrize("text,nested,nkey,reporter,rkey,content,trigger", NESTED)
def test_a_nested_report_is_voiced_by_its_own_speaker(text, nested, nkey, reporter, rkey, content, trigger) -> None:
    t = Text(text + CONFIRMED)
    st = Statement(t.who(reporter, rkey), t.span(reporter), "indirect", t.span(content), 0, "report", "asserts")
    actors = [t.who(nested, nkey), t.who(reporter, rkey)]
    held = _holders(t, _event(t, trigger, nkey), st, actors)
    assert (nkey, "asserts") in held and (rkey, "asserts") not in held


@pytest.mark.parametrize("text,nested,nkey,reporter,rkey,content,trigger", NESTED)
def test_without_the_attribution_the_reporter_voices_it(text, nested, nkey, reporter, rkey, content, trigger) -> None:
    t = Text(text + CONFIRMED)
    st = Statement(t.who(reporter, rkey), t.span(reporter), "indirect", t.span(content), 0, "report", "asserts")
    held = _holders(t, _event(t, trigger, None), st, [t.who(nested, nkey), t.who(reporter, rkey)])
    assert (rkey, "asserts") in held and (nkey, "asserts") not in held


@pytest.mark.parametrize("text,nested,nkey,reporter,rkey,content,trigger", NESTED)
def test_an_uncoded_speaker_gives_way_to_the_attributed_party(text, nested, nkey, reporter, rkey, content, trigger) -> None:
    t = Text(text + CONFIRMED)
    st = Statement(ActorMention(0, 3, "someone", None), t.span(reporter), "indirect", t.span(content), 0, "say", "asserts")
    assert (nkey, "asserts") in _holders(t, _event(t, trigger, nkey), st, [])


# (text, first speaker, key, second speaker, key, content, trigger, doer and key, target and key)
CO_SPEAKERS = [
    ("Ukraine and the United States have said Iran supplied drones to Moscow.", "Ukraine", "UKR.GOV",
     "the United States", "USA.GOV", "Iran supplied drones to Moscow", "supplied", ("Iran", "IRN.GOV"), ("Moscow", "RUS.GOV")),
    ("Seoul and Tokyo said that Pyongyang fired a missile at the sea.", "Seoul", "KOR.GOV", "Tokyo", "JPN.GOV",
     "that Pyongyang fired a missile at the sea", "fired", ("Pyongyang", "PRK.GOV"), ("the sea", "JPN")),
    ("Kenyan police and Ethiopian officials reported militants raided a border town.", "Kenyan police", "KEN.COP",
     "Ethiopian officials", "ETH.GOV", "militants raided a border town", "raided", ("militants", "SOM.REB"), ("a border town", "KEN")),
]


def _co_told(case: tuple) -> tuple[Text, list[Event], list[Statement]]:
    text, first, fkey, second, skey, content, trigger, doer, target = case
    t = Text(text)
    cue = t.span(text.split()[[i for i, w in enumerate(text.split()) if w in ("said", "reported")][0]])
    e = Event(t.who(*doer), t.who(*target), "190", t.span(trigger), 0, status="claimed", plover="ASSAULT", quad_class=4,
              attributed_to=fkey)
    sts = [Statement(t.who(first, fkey), cue, "indirect", t.span(content), 0, "say", "asserts"),
           Statement(t.who(second, skey), cue, "indirect", t.span(content), 0, "say", "asserts")]
    return t, [e], sts


@pytest.mark.parametrize("case", CO_SPEAKERS)
def test_coordinated_speakers_each_tell_the_event(case: tuple) -> None:
    t, events, sts = _co_told(case)
    claims = build(t.doc, events, sts)
    assert len(claims) == 1
    assert [(s.holder, s.stance) for s in claims[0].stances] == [(case[2], "asserts"), (case[4], "asserts")]


def test_accusing_each_other_is_no_co_telling_of_either_deed() -> None:
    # 'Chad and Sudan accused each other of shelling': each deed is the other party's word only
    t = Text("Chad and Sudan accused each other of shelling the border.")
    cue = t.span("accused")
    content = t.span("each other of shelling the border")
    sts = [Statement(t.who("Chad", "TCD.GOV"), cue, "indirect", content, 0, "accuse", "asserts"),
           Statement(t.who("Sudan", "SDN.GOV"), cue, "indirect", content, 0, "accuse", "asserts")]
    events = [Event(t.who("Chad", "TCD.GOV"), t.who("Sudan", "SDN.GOV"), "194", t.span("shelling"), 0, status="claimed",
                    plover="ASSAULT", quad_class=4, attributed_to="SDN.GOV"),
              Event(t.who("Sudan", "SDN.GOV"), t.who("Chad", "TCD.GOV"), "194", t.span("shelling"), 0, status="claimed",
                    plover="ASSAULT", quad_class=4, attributed_to="TCD.GOV")]
    assert build(t.doc, events, sts) == []


def test_two_named_governments_saying_it_together_make_a_claim(analyze_text) -> None:
    a = analyze_text("Iran denied supplying drones to Russia. Ukraine and the United States have said Iran supplied "
                     "drones to Moscow.")
    assert [(c.proposition.source, c.proposition.plover, sorted((s.holder, s.stance) for s in c.stances))
            for c in a.claims] == [("IRN.GOV", "AID", [("IRN.GOV", "denies"), ("UKR.GOV", "asserts"), ("USA.GOV", "asserts")])]
