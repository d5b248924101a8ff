"""An uncoded remark naming the denier, by the party whose coded allegation against the denier came just
before (its teller or its victim), goes on with that allegation: a short denial after it answers the coded
one. A remark presenting an allegation of its own ('spread claims that ...') is still the one denied, and so
is a third party's (own articles, several wordings)."""

from __future__ import annotations

import pytest
from claim_helpers import Text, held

from tidings.claims import build
from tidings.records import Event, Statement

# (article, accuser and key, allegation content, doer and key, trigger, victim and key,
#  remark speaker and key, remark content (naming the denier), denier and key, denial cue, denial content)
ARTICLES = [
    ("Kyiv said Russian drones struck a power plant in Odesa.\n\n"
     "Ukraine's president said Moscow wanted the city to freeze this winter.\n\n"
     "Moscow denied it.",
     ("Kyiv", "UKR.GOV"), "Russian drones struck a power plant in Odesa", ("Russian drones", "RUS.MIL"), "struck",
     ("a power plant", "UKR"), ("Ukraine's president", "UKR.GOV"), "Moscow wanted the city to freeze this winter",
     ("Moscow", "RUS.GOV"), "denied", "it"),
    ("Manila said Chinese ships rammed a Philippine supply boat near the shoal.\n\n"
     "The Philippine coast guard said Beijing had been sending more vessels every month.\n\n"
     "Beijing rejected the charge on Tuesday.",
     ("Manila", "PHL.GOV"), "Chinese ships rammed a Philippine supply boat near the shoal", ("Chinese ships", "CHN.MIL"),
     "rammed", ("a Philippine supply boat", "PHL"), ("The Philippine coast guard", "PHL.COP"),
     "Beijing had been sending more vessels every month", ("Beijing", "CHN.GOV"), "rejected", "the charge on Tuesday"),
    ("The United Nations said Rwandan troops shelled villages near Goma.\n\n"
     "Congo's government said Kigali wanted to control the mines of the east.\n\n"
     "Kigali has denied the accusation.",
     ("The United Nations", "UN"), "Rwandan troops shelled villages near Goma", ("Rwandan troops", "RWA.MIL"), "shelled",
     ("villages near Goma", "COD"), ("Congo's government", "COD.GOV"), "Kigali wanted to control the mines of the east",
     ("Kigali", "RWA.GOV"), "denied", "the accusation"),
]


def _records(case: tuple, remark_speaker: tuple[str, str] | None = None, remark: str | None = None):
    article, accuser, content, doer, trigger, victim, speaker, said_remark, denier, cue, denial = case
    speaker = remark_speaker or speaker
    if remark_speaker is not None:
        article = article.replace(case[6][0], speaker[0])
    if remark is not None:
        article = article.replace(said_remark, remark)
        said_remark = remark
    t = Text(article)
    deed = Event(t.who(doer[0], doer[1]), t.who(victim[0], victim[1]), "190", t.span(trigger), 0, status="claimed",
                 plover="ASSAULT", quad_class=4, attributed_to=accuser[1], statement=0)
    said = [
        Statement(t.who(accuser[0], accuser[1]), t.span("said"), "indirect", t.span(content), 0, "say", "asserts"),
        Statement(t.who(speaker[0], speaker[1]), t.span("said", 1), "indirect", t.span(said_remark), 1, "say", "asserts"),
        Statement(t.who(denier[0], denier[1], t.text.count(denier[0]) - 1), t.span(cue), "indirect",
                  t.span(denial, t.text.count(denial) - 1), 2, "deny", "denies"),
    ]
    actors = [t.who(denier[0], denier[1]), t.who(accuser[0], accuser[1]), t.who(doer[0], doer[1])]
    return t, [deed], said, actors


@pytest.mark.parametrize("case", ARTICLES, ids=["freeze", "vessels", "mines"])
def test_a_denial_after_the_accusing_side_goes_on_answers_the_coded_allegation(case: tuple) -> None:
    t, events, said, actors = _records(case)
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    assert claims[0].proposition.source == case[3][1]
    assert held(claims) == {(case[1][1], "asserts"), (case[8][1], "denies")}
    assert next(s for s in claims[0].stances if s.stance == "denies").statement == 2


@pytest.mark.parametrize("case", ARTICLES, ids=["freeze", "vessels", "mines"])
def test_a_third_partys_remark_naming_the_denier_is_the_one_denied(case: tuple) -> None:
    t, events, said, actors = _records(case, remark_speaker=("Polish officials", "POL.GOV"))
    assert build(t.doc, events, said, actors=actors) == []


@pytest.mark.parametrize("case", ARTICLES, ids=["freeze", "vessels", "mines"])
def test_a_remark_presenting_its_own_allegation_is_the_one_denied(case: tuple) -> None:
    remark = f"there were claims that {case[7]}"
    t, events, said, actors = _records(case, remark=remark)
    assert build(t.doc, events, said, actors=actors) == []
