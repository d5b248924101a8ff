"""A contest needs two parties: one party both backing and disowning a proposition is no claim."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

# (text, speaker, speaker key, doer, doer key, target, target key, trigger)
ONE_PARTY = [
    ("The Chilean navy said it urged the crew not to ram the trawler, and said the crew then rammed it.",
     "The Chilean navy", "CHL.MIL", "the crew", "PER.CVL", "the trawler", "CHL", "ram"),
    ("Kenyan police said they told Somali gunmen not to storm the post; the gunmen stormed it, police said.",
     "Kenyan police", "KEN.COP", "Somali gunmen", "SOM.REB", "the post", "KEN", "storm"),
    ("Officials in Hanoi said Chinese boats should not block the reef and that the boats had blocked it.",
     "Officials in Hanoi", "VNM.GOV", "Chinese boats", "CHN.MIL", "the reef", "VNM", "block"),
]


def _records(t: Text, speaker: str, skey: str, doer: str, dkey: str, target: str, tkey: str,
             trigger: str) -> tuple[list[Event], list[Statement]]:
    """The same speaker's two statements on one deed: one read as a denial, one as an assertion."""
    first, second = t.span(trigger), t.span(trigger, 1)
    end = t.text.index(".") if t.text.index(".") > second.end else len(t.text) - 1
    said = [
        Statement(t.who(speaker, skey), t.span("said") if "said" in t.text else t.span(trigger), "indirect",
                  t.span(t.text[first.start - 10 : first.end + 5]), 0, "say", "asserts"),
        Statement(t.who(speaker, skey), t.span("said") if "said" in t.text else t.span(trigger), "indirect",
                  t.span(t.text[second.start - 5 : min(end, second.end + 3)]), 0, "say", "asserts"),
    ]
    deed = dict(source=t.who(doer, dkey), target=t.who(target, tkey), cameo="190", sentence=0, plover="ASSAULT",
                quad_class=4)
    events = [Event(trigger=first, status="denied", **deed), Event(trigger=second, status="claimed", **deed)]  # type: ignore[arg-type]
    return events, said


@pytest.mark.parametrize("text,speaker,skey,doer,dkey,target,tkey,trigger", ONE_PARTY)
def test_one_party_asserting_and_denying_is_no_claim(text, speaker, skey, doer, dkey, target, tkey, trigger) -> None:
    t = Text(text)
    events, said = _records(t, speaker, skey, doer, dkey, target, tkey, trigger)
    assert build(t.doc, events, said) == []


@pytest.mark.parametrize("text,speaker,skey,doer,dkey,target,tkey,trigger", ONE_PARTY)
def test_another_party_denying_makes_it_contested(text, speaker, skey, doer, dkey, target, tkey, trigger) -> None:
    """The same records with the denial voiced by the doer's side: a contest between two parties."""
    t = Text(text)
    events, said = _records(t, speaker, skey, doer, dkey, target, tkey, trigger)
    said[0] = Statement(t.who(doer, dkey), said[0].cue, "indirect", said[0].content, 0, "say", "asserts")
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(dkey, "denies"), (skey, "asserts")}
    assert claims[0].proposition.cameo == "190"
