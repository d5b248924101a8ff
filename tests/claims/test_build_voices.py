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
