"""A short denial after another party's uncoded remark that does not name the denier answers the coded
allegation before it; an uncoded remark naming the denier is the allegation meant (own sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

# (text, accuser, accuser key, allegation, doer, doer key, trigger, victim, victim key,
#  aside speaker, aside key, aside content, denier, denier key, denial cue, denial content)
ASIDES = [
    ("Kyiv said Russian drones struck a power plant in Odesa. Polish officials said their border crossings stayed "
     "open. Moscow denied it.",
     "Kyiv", "UKR.GOV", "Russian drones struck a power plant in Odesa", "Russian drones", "RUS.MIL", "struck",
     "a power plant", "UKR", "Polish officials", "POL.GOV", "their border crossings stayed open",
     "Moscow", "RUS.GOV", "denied", "it"),
    ("Manila said Chinese ships rammed a Philippine supply boat near the shoal. A Japanese envoy said the sea lanes "
     "must remain free. Beijing rejected the charge on Tuesday.",
     "Manila", "PHL.GOV", "Chinese ships rammed a Philippine supply boat near the shoal", "Chinese ships", "CHN.MIL",
     "rammed", "a Philippine supply boat", "PHL", "A Japanese envoy", "JPN.GOV", "the sea lanes must remain free",
     "Beijing", "CHN.GOV", "rejected", "the charge on Tuesday"),
    ("Congo's army said Rwandan troops shelled villages near Goma. UN officials said thousands had fled to the camps. "
     "Kigali has denied the accusation.",
     "Congo's army", "COD.MIL", "Rwandan troops shelled villages near Goma", "Rwandan troops", "RWA.MIL", "shelled",
     "villages near Goma", "COD", "UN officials", "UN", "thousands had fled to the camps",
     "Kigali", "RWA.GOV", "denied", "the accusation"),
]


def _records(case: tuple, text: str | None = None) -> tuple[Text, list[Event], list[Statement]]:
    (body, accuser, akey, content, doer, okey, trigger, victim, vkey, aside, skey, remark,
     denier, dkey, cue, denial) = case
    t = Text(text or body)
    deed = Event(t.who(doer, okey), t.who(victim, vkey), "190", t.span(trigger), 0, status="claimed",
                 plover="ASSAULT", quad_class=4, attributed_to=akey)
    said = [
        Statement(t.who(accuser, akey), t.span("said"), "indirect", t.span(content), 0, "say", "asserts"),
        Statement(t.who(aside, skey), t.span("said", 1), "indirect", t.span(remark), 1, "say", "asserts"),
        Statement(t.who(denier, dkey), t.span(cue), "indirect", t.span(denial), 2, "deny", "denies"),
    ]
    return t, [deed], said


@pytest.mark.parametrize("case", ASIDES, ids=["crossings", "sea-lanes", "camps"])
def test_a_denial_after_an_aside_not_naming_the_denier_answers_the_coded_allegation(case: tuple) -> None:
    t, events, said = _records(case)
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.target, p.plover) == (case[5], case[8], "ASSAULT")
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(case[2], "asserts"), (case[13], "denies")}
    denial = next(s for s in claims[0].stances if s.stance == "denies")
    assert denial.statement == 2


@pytest.mark.parametrize("case", ASIDES, ids=["crossings", "sea-lanes", "camps"])
def test_an_uncoded_aside_naming_the_denier_is_the_allegation_denied(case: tuple) -> None:
    """'Polish officials said *Moscow* had moved troops': an uncoded remark about the denier, coming last,
    is what 'denied it' answers, so the coded allegation before it gets no denial."""
    remark = case[11]
    named = f"{case[12]} had moved troops"
    body = case[0].replace(remark, named)
    t, events, said = _records(case[:11] + (named,) + case[12:], body)
    said[2] = Statement(t.who(case[12], case[13], 1), said[2].cue, "indirect", said[2].content, 2, "deny", "denies")
    assert build(t.doc, events, said, actors=[t.who(case[12], case[13])]) == []
