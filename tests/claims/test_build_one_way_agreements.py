"""A signed agreement the events stage coded both ways is one proposition, told from the side of its most
frequent doer (own sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.events import codebook
from tidings.records import Event, Statement

# (text, frequent doer, its key, other party, its key, third party, its key, joint content, later trigger)
DEALS = [
    ("Iran and the EU said the accord was signed in Vienna. Iran and France later signed a second accord.",
     "Iran", "IRN.GOV", "the EU", "EU", "France", "FRA.GOV", "the accord was signed in Vienna", "signed"),
    ("Kosovo and Serbia announced that the pact had been concluded. Kosovo then concluded a trade pact with Albania.",
     "Kosovo", "XKX.GOV", "Serbia", "SRB.GOV", "Albania", "ALB.GOV", "the pact had been concluded", "concluded"),
    ("Armenia and Azerbaijan told reporters the treaty was signed at dawn. Armenia also signed a treaty with Georgia.",
     "Armenia", "ARM.GOV", "Azerbaijan", "AZE.GOV", "Georgia", "GEO.GOV", "the treaty was signed at dawn", "signed"),
]
PLOVER = codebook.info("057").plover


def _party(key: str | None) -> str:
    return (key or "").split(".")[0]


def _records(case: tuple, third: bool = True) -> tuple[Text, list[Event], list[Statement]]:
    body, a, akey, b, bkey, c, ckey, content, later = case
    t = Text(body)
    cue = t.span("said" if " said " in body else "announced" if "announced" in body else "told")
    joint = t.span(content)
    trigger = t.span("signed" if "signed" in content else "concluded")
    pa, pb = t.who(a, akey), t.who(b, bkey)
    said = [Statement(pa, cue, "indirect", joint, 0, "say"), Statement(pb, cue, "indirect", joint, 1, "say")]
    events = [Event(pb, pa, "057", trigger, 0, plover=PLOVER, quad_class=1, statement=0),
              Event(pa, pb, "057", trigger, 0, plover=PLOVER, quad_class=1, statement=0)]
    if third:
        events.append(Event(t.who(a, akey, 1), t.who(c, ckey), "057", t.span(later, 1 if later in content else 0), 1,
                            plover=PLOVER, quad_class=1))
    return t, events, said


@pytest.mark.parametrize("case", DEALS, ids=["accord", "pact", "treaty"])
def test_an_agreement_coded_both_ways_is_one_claim_from_its_most_frequent_doer(case: tuple) -> None:
    t, events, said = _records(case)
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (_party(p.source), _party(p.target)) == (_party(case[2]), _party(case[4]))
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(case[2], "asserts"), (case[4], "asserts")}


@pytest.mark.parametrize("case", DEALS, ids=["accord", "pact", "treaty"])
def test_on_a_tie_the_reading_coded_first_is_kept(case: tuple) -> None:
    """Each party is the doer once: the first reading the events stage gave stays."""
    t, events, said = _records(case, third=False)
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (_party(p.source), _party(p.target)) == (_party(case[4]), _party(case[2]))
