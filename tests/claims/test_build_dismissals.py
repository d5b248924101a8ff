"""A statement that names an allegation and calls it false denies it, though its cue is no denial."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

ALLEGATION = "Ankara said Syrian troops shelled the border town. "
DISMISSALS = [
    ("Damascus said the claims were groundless.", "Damascus", "the claims were groundless"),
    ("A Syrian minister told reporters: \u201cThese reports are pure fabrication.\u201d", "A Syrian minister",
     "These reports are pure fabrication."),
    ("The accusations are unfounded and absurd, the Syrian army said in a statement.", "the Syrian army",
     "The accusations are unfounded and absurd"),
    ("Syrian officials called the charges a lie invented abroad.", "Syrian officials", "the charges a lie invented abroad"),
    ("Damascus said the claims were Turkish propaganda.", "Damascus", "the claims were Turkish propaganda"),
    ("A Syrian minister said the reports were a hoax.", "A Syrian minister", "the reports were a hoax"),
    ("Syrian officials said the accusations were a smear concocted abroad.", "Syrian officials",
     "the accusations were a smear concocted abroad"),
]
AGAINST_ITSELF = [
    ("Syria said Turkey was hiding its own failures by repeating the charges against Syria.", "Syria",
     "Turkey was hiding its own failures by repeating the charges against Syria"),
    ("Syria said the allegations against Syria served an election campaign in Ankara.", "Syria",
     "the allegations against Syria served an election campaign in Ankara"),
    ("Syria told the council that the accusations against Syria came from a hostile neighbour.", "Syria",
     "the accusations against Syria came from a hostile neighbour"),
]
NOT_DISMISSALS = [
    # calls something false but names no allegation
    ("Damascus said the weather reports were late.", "Damascus", "the weather reports were late"),
    ("Damascus said the map was false.", "Damascus", "the map was false"),
    # accusations against someone else are not the speaker's to reject
    ("Syria said the accusations against Turkey were mounting.", "Syria", "the accusations against Turkey were mounting"),
]


def _build(text: str, speaker: str, content: str, cue: str = "said") -> list:
    t = Text(ALLEGATION + text)
    shelled = Event(t.who("Syrian troops", "SYR.MIL"), t.who("the border town", "TUR"), "195", t.span("shelled"), 0,
                    status="claimed", plover="ASSAULT", quad_class=4, attributed_to="TUR.GOV")
    said = [
        Statement(t.who("Ankara", "TUR.GOV"), t.span("said"), "indirect",
                  t.span("Syrian troops shelled the border town"), 0, "say", "asserts"),
        Statement(t.who(speaker, "SYR.GOV"), t.span(cue, 1) if cue == "said" else t.span(cue), "indirect",
                  t.span(content), 1, "say", "asserts"),
    ]
    return build(t.doc, [shelled], said)


@pytest.mark.parametrize("text,speaker,content", DISMISSALS)
def test_calling_an_allegation_false_denies_it(text: str, speaker: str, content: str) -> None:
    cue = "said" if "said" in text else ("told" if "told" in text else "called")
    claims = _build(text, speaker, content, cue)
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.cameo) == ("SYR.MIL", "TUR", "195")
    assert {(s.holder, s.stance) for s in c.stances} == {("TUR.GOV", "asserts"), ("SYR.GOV", "denies")}
    assert next(s for s in c.stances if s.stance == "denies").statement == 1


@pytest.mark.parametrize("text,speaker,content", NOT_DISMISSALS)
def test_no_allegation_word_or_no_dismissal_is_no_denial(text: str, speaker: str, content: str) -> None:
    assert _build(text, speaker, content) == []


@pytest.mark.parametrize("text,speaker,content", AGAINST_ITSELF)
def test_the_accused_speaking_of_the_accusations_against_it_denies_them(text: str, speaker: str, content: str) -> None:
    claims = _build(text, speaker, content, "said" if "said" in text else "told")
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("TUR.GOV", "asserts"), ("SYR.GOV", "denies")}


# An allegation noun set after the allegation, with the denier in its relative clause (own sentences)
APPENDED = [
    ("Ethiopia accused Sudan of arming rebels in Tigray, an accusation Khartoum has repeatedly rejected.",
     "SDN.GOV", "AID", [("ETH.GOV", "asserts"), ("SDN.GOV", "denies")]),
    ("The US says Iran supplied the drones to Russia, a charge that Tehran denies.",
     "IRN.GOV", "AID", [("IRN.GOV", "denies"), ("USA.GOV", "asserts")]),
    ("Kenya said Somali troops crossed the border, an allegation Mogadishu strongly disputes.",
     "SOM.MIL", "COERCE", [("KEN.GOV", "asserts"), ("SOM.GOV", "denies")]),
]


@pytest.mark.parametrize("text, doer, plover, stances", APPENDED)
def test_an_allegation_noun_with_a_denying_relative_clause_denies_the_allegation(analyze_text, text: str, doer: str,
                                                                                 plover: str, stances: list) -> None:
    claims = analyze_text(text).claims
    assert [(c.proposition.source, c.proposition.plover, sorted((s.holder, s.stance) for s in c.stances))
            for c in claims] == [(doer, plover, stances)]


def test_a_relative_denial_by_a_third_party_denies_nothing() -> None:
    # 'a charge Uganda denied' after an allegation against Somalia: not Uganda's deed to deny
    t = Text("Kenya said Somali troops crossed the border, a charge Uganda denied.")
    e = Event(t.who("Somali troops", "SOM.MIL"), t.who("the border", "KEN"), "192", t.span("crossed"), 0, status="claimed",
              quad_class=4, attributed_to="KEN.GOV")
    st = Statement(t.who("Kenya", "KEN.GOV"), t.span("said"), "indirect", t.span("Somali troops crossed the border"), 0,
                   "say", "asserts")
    assert build(t.doc, [e], [st], actors=[t.who("Uganda", "UGA.GOV")]) == []
    claims = build(t.doc, [e], [st], actors=[t.who("Uganda", "SOM.GOV")])  # the accused's own name: its denial
    assert [(s.holder, s.stance) for s in claims[0].stances] == [("KEN.GOV", "asserts"), ("SOM.GOV", "denies")]
