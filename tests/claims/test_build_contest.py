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


# (text, accuser, accuser key, doer, doer key, victim, victim key, trigger, denier, denier key, denial)
ONE_COUNTRY = [
    ("Aid agencies in Syria accused the government of blocking convoys. Damascus rejected the accusation.",
     "Aid agencies in Syria", "SYR.NGO", "the government", "SYR.GOV", "convoys", "SYR.NGO", "blocking",
     "Damascus", "SYR.GOV", "the accusation"),
    ("Kenyan reporters said police beat journalists at the rally. The police denied it.",
     "Kenyan reporters", "KEN.MED", "police", "KEN.COP", "journalists", "KEN.MED", "beat",
     "The police", "KEN.COP", "it"),
    ("A Nigerian rights group says soldiers have burned villages in the north. The army has denied the report.",
     "A Nigerian rights group", "NGA.NGO", "soldiers", "NGA.MIL", "villages", "NGA.CVL", "burned",
     "The army", "NGA.MIL", "the report"),
]


def _one_country(t: Text, accuser: str, akey: str, doer: str, okey: str, victim: str, vkey: str, trigger: str,
                 denier: str, dkey: str, denial: str) -> tuple[list[Event], list[Statement]]:
    cue = t.span("accused" if "accused" in t.text else ("said" if " said " in t.text else "says"))
    deed = Event(t.who(doer, okey), t.who(victim, vkey), "190", t.span(trigger), 0, status="claimed", plover="ASSAULT",
                 quad_class=4, attributed_to=akey)
    said = [
        Statement(t.who(accuser, akey), cue, "indirect", t.span(t.text[cue.end + 1 : t.text.index(".")]), 0, "say",
                  "asserts"),
        Statement(t.who(denier, dkey), t.span("denied" if "denied" in t.text else "rejected"), "indirect",
                  t.span(denial, t.text.count(denial) - 1), 1, "deny", "denies"),
    ]
    return [deed], said


@pytest.mark.parametrize("case", ONE_COUNTRY)
def test_two_sectors_of_one_country_contest_a_deed(case: tuple) -> None:
    """An NGO, the media or victims against their own government or forces are two parties."""
    t = Text(case[0])
    events, said = _one_country(t, *case[1:])
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    assert claims[0].proposition.source == case[4]
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(case[2], "asserts"), (case[9], "denies")}


@pytest.mark.parametrize("case", ONE_COUNTRY)
def test_one_sector_or_a_bare_country_denying_its_own_account_is_no_contest(case: tuple) -> None:
    """The denier with the accuser's own key, or a key without a sector ('SYR'), is no second party."""
    t = Text(case[0])
    for dkey in (case[2], case[2].split(".")[0]):
        events, said = _one_country(t, *case[1:9], dkey, case[10])
        assert build(t.doc, events, said) == []


@pytest.mark.parametrize("denial,content", [
    ("An opposition leader denied taking any money.", "taking any money"),
    ("The opposition party has denied receiving funds from abroad.", "receiving funds from abroad"),
])
def test_a_bare_denial_at_home_does_not_answer_a_deed_of_another_sector(denial: str, content: str) -> None:
    """The opposition's 'denied taking any money' is not about what the government said the police
    did: a same-country allegation it names neither as an allegation nor as its own side's deed."""
    t = Text("Serbia's government said police detained twelve protesters at the parliament. " + denial)
    detained = Event(t.who("police", "SRB.COP"), t.who("protesters", "SRB.CVL"), "173", t.span("detained"), 0,
                     status="claimed", plover="COERCE", quad_class=4, attributed_to="SRB.GOV")
    opp = t.text.split(". ")[1].split(" denied")[0].split(" has")[0]
    said = [
        Statement(t.who("Serbia's government", "SRB.GOV"), t.span("said"), "indirect",
                  t.span("police detained twelve protesters at the parliament"), 0, "say", "asserts"),
        Statement(t.who(opp, "SRB.OPP"), t.span("denied"), "indirect", t.span(content), 1, "deny", "denies"),
    ]
    assert build(t.doc, [detained], said) == []
    # the same denial naming the allegation answers it
    t2 = Text(t.text.replace(content, "the allegations"))
    said2 = [
        Statement(t2.who("Serbia's government", "SRB.GOV"), t2.span("said"), "indirect",
                  t2.span("police detained twelve protesters at the parliament"), 0, "say", "asserts"),
        Statement(t2.who(opp, "SRB.OPP"), t2.span("denied"), "indirect", t2.span("the allegations"), 1, "deny", "denies"),
    ]
    detained2 = Event(t2.who("police", "SRB.COP"), t2.who("protesters", "SRB.CVL"), "173", t2.span("detained"), 0,
                      status="claimed", plover="COERCE", quad_class=4, attributed_to="SRB.GOV")
    claims = build(t2.doc, [detained2], said2)
    assert {(s.holder, s.stance) for c in claims for s in c.stances} == {("SRB.GOV", "asserts"), ("SRB.OPP", "denies")}
