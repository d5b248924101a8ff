"""Talk is a statement, not a claim: propositions that are saying, rejecting or meeting (own sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

# (text, doer, doer key, target, target key, trigger, cameo, plover, quad)
REPORTED_TWICE = [
    ("Cairo said Addis Ababa rejected the plan. Khartoum said Addis Ababa rejected the plan too.",
     "Addis Ababa", "ETH.GOV", "the plan", "EGY", "rejected", "120", "REJECT", 3),
    ("Paris said Rome criticised the treaty. Berlin said Rome criticised the treaty as well.",
     "Rome", "ITA.GOV", "the treaty", "FRA", "criticised", "111", "ACCUSE", 3),
    ("Lagos said Accra demanded compensation. Dakar said Accra demanded compensation from Lagos.",
     "Accra", "GHA.GOV", "compensation", "NGA", "demanded", "100", "DEMAND", 3),
    ("Oslo said Kiev met Warsaw officials. Helsinki said Kiev met Warsaw officials on Monday.",
     "Kiev", "UKR.GOV", "Warsaw officials", "POL.GOV", "met", "040", "CONSULT", 1),
]
# the same construction with a deed stays a claim
DEEDS = [
    ("Cairo said Addis Ababa seized the dam. Khartoum said Addis Ababa seized the dam too.",
     "Addis Ababa", "ETH.GOV", "the dam", "SDN", "seized", "1721", "COERCE", 4),
    ("Paris said Rome shipped arms to the rebels. Berlin said Rome shipped arms to the rebels as well.",
     "Rome", "ITA.GOV", "the rebels", "LBY.REB", "shipped", "072", "AID", 2),
]
SPEAKERS = {"Cairo": "EGY.GOV", "Khartoum": "SDN.GOV", "Paris": "FRA.GOV", "Berlin": "DEU.GOV",
            "Lagos": "NGA.GOV", "Dakar": "SEN.GOV", "Oslo": "NOR.GOV", "Helsinki": "FIN.GOV"}


def _claims(text, doer, dkey, target, tkey, trigger, cameo, plover, quad, denied: bool = False) -> list:
    t = Text(text)
    first, second = text.split(". ")[0].split()[0], text.split(". ")[1].split()[0]
    events, said = [], []
    for n, speaker in enumerate((first, second)):
        e = Event(t.who(doer, dkey, n), t.who(target, tkey, n), cameo, t.span(trigger, n), n, status="claimed",
                  plover=plover, root=cameo[:2], quad_class=quad, statement=n)
        events.append(e)
        content_start = t.span(doer, n)
        content = t.text[content_start.start : t.text.index(".", content_start.start)]
        stance = "denies" if denied and n == 1 else "asserts"
        said.append(Statement(t.who(speaker, SPEAKERS[speaker]), t.span("said", n), "indirect",
                              t.span(content), n, "deny" if stance == "denies" else "say", stance))  # type: ignore[arg-type]
    return build(t.doc, events, said)


@pytest.mark.parametrize("case", REPORTED_TWICE)
def test_talk_reported_by_two_parties_is_no_claim(case) -> None:
    assert _claims(*case) == []


@pytest.mark.parametrize("case", DEEDS)
def test_a_deed_reported_by_two_parties_is_a_claim(case) -> None:
    claims = _claims(*case)
    assert len(claims) == 1 and claims[0].proposition.cameo == case[6]
    assert {s.holder for s in claims[0].stances} == {SPEAKERS[case[0].split()[0]], SPEAKERS[case[0].split(". ")[1].split()[0]]}


def test_a_meeting_somebody_denies_stays_a_claim() -> None:
    claims = _claims(*REPORTED_TWICE[3], denied=True)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("NOR.GOV", "asserts"), ("FIN.GOV", "denies")}


# (text, accuser and key, accused and key, the nested cue word, what it spreads, denier and key)
CUE_DEEDS = [
    ("Tallinn accused Moscow of spreading disinformation. The Kremlin rejected the accusation.",
     ("Tallinn", "EST.GOV"), ("Moscow", "RUS.GOV"), "spreading", "disinformation", ("The Kremlin", "RUS.GOV")),
    ("Officials in Chisinau said Russia had spread disinformation during the vote. Moscow denied it.",
     ("Officials in Chisinau", "MDA.GOV"), ("Russia", "RUS"), "spread", "disinformation during the vote",
     ("Moscow", "RUS.GOV")),
]


def _cue_deed(case: tuple, cameo: str, quad: int) -> list:
    text, accuser, accused, cue, spread, denier = case
    t = Text(text)
    first = t.span(accused[0])
    said = [
        Statement(t.who(*accuser), t.span("accused" if "accused" in text else "said"), "indirect",
                  t.span(text[first.start : text.index(".")]), 0, "say", "asserts"),
        Statement(t.who(*accuser), t.span(cue), "indirect", t.span(spread), 0, "spread", "asserts"),  # the cue the parse found
        Statement(t.who(*denier), t.span("rejected" if "rejected" in text else "denied"), "indirect",
                  t.span("the accusation" if "accusation" in text else "it.", 0), 1,
                  "deny", "denies"),
    ]
    deed = Event(t.who(*accused), t.who(*accuser), cameo, t.span(cue), 0, status="claimed", attributed_to=accuser[1],
                 quad_class=quad, statement=0)
    return build(t.doc, [deed], said)


@pytest.mark.parametrize("case", CUE_DEEDS, ids=["accused-of-spreading", "said-had-spread"])
def test_a_cue_word_coded_as_a_deed_is_that_deed(case: tuple) -> None:
    claims = _cue_deed(case, "170", 4)
    assert len(claims) == 1 and claims[0].proposition.cameo == "170"
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(case[1][1], "asserts"), (case[5][1], "denies")}


@pytest.mark.parametrize("case", CUE_DEEDS, ids=["accused-of-spreading", "said-had-spread"])
def test_a_cue_word_coded_as_talk_stays_the_saying(case: tuple) -> None:
    """The same word coded as a verbal act (a public statement, CAMEO 010) is the saying itself: no claim."""
    assert _cue_deed(case, "010", 1) == []
