"""A statement confirming or crediting an allegation it names, without restating it, asserts that allegation."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

ALLEGATION = "Bogota said Venezuelan soldiers crossed the river and fired at a patrol. "
BACKING = [
    ("Caracas later confirmed the reports.", "confirmed", "the reports", "confirm", "VEN.GOV"),
    ("Caracas admitted the charge on Friday.", "admitted", "the charge", "admit", "VEN.GOV"),
    ("Washington said the reports it had seen were credible.", "said", "the reports it had seen were credible",
     "say", "USA.GOV"),
    ("Quito said the reports were accurate.", "said", "the reports were accurate", "say", "ECU.GOV"),
]
NOT_BACKING = [
    ("Caracas confirmed the talks.", "confirmed", "the talks", "confirm"),  # names no allegation
    ("Caracas said the reports were not accurate.", "said", "the reports were not accurate", "say"),
    ("Caracas said the reports were false and accurate maps would prove it.", "said",
     "the reports were false and accurate maps would prove it", "say"),
]


def _build(second: str, cue: str, content: str, lemma: str, key: str = "VEN.GOV") -> list:
    t = Text(ALLEGATION + second)
    fired = Event(t.who("Venezuelan soldiers", "VEN.MIL"), t.who("a patrol", "COL.MIL"), "190", t.span("fired"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4, attributed_to="COL.GOV")
    speaker = second.split()[0]
    said = [Statement(t.who("Bogota", "COL.GOV"), t.span("said"), "indirect",
                      t.span("Venezuelan soldiers crossed the river and fired at a patrol"), 0, "say", "asserts"),
            Statement(t.who(speaker, key), t.span(cue, 1 if cue == "said" else 0), "indirect", t.span(content), 1, lemma,
                      "asserts")]
    return build(t.doc, [fired], said)


@pytest.mark.parametrize("second,cue,content,lemma,key", BACKING)
def test_a_confirmation_of_a_named_allegation_asserts_it(second: str, cue: str, content: str, lemma: str,
                                                         key: str) -> None:
    claims = _build(second, cue, content, lemma, key)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("COL.GOV", "asserts"), (key, "asserts")}


@pytest.mark.parametrize("second,cue,content,lemma", NOT_BACKING)
def test_no_allegation_named_or_a_negated_credit_backs_nothing(second: str, cue: str, content: str, lemma: str) -> None:
    claims = _build(second, cue, content, lemma)
    assert not any(s.holder == "VEN.GOV" and s.stance == "asserts" for c in claims for s in c.stances)
