"""An act against a party done 'citing' a wrong asserts the wrong another party alleges that party did."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

ALLEGATION = " Lithuania accused Belarus of sponsoring smuggling gangs on the border."
ACTS = [
    ("Latvia closed its border with Belarus, citing smuggling.", "closed", "smuggling"),
    ("Latvia expelled two Belarusian diplomats, citing organised smuggling across the frontier.", "expelled",
     "organised smuggling across the frontier"),
    ("Latvia recalled its ambassador from Belarus last week, citing cross-border smuggling.", "recalled",
     "cross-border smuggling"),
]


def _build(first: str, verb: str, cited: str, *, acted_on: str = "BLR.GOV", cited_text: str | None = None) -> list:
    text = first if cited_text is None else first.replace(cited, cited_text)
    t = Text(text + ALLEGATION)
    target = next(w for w in ("Belarusian diplomats", "Belarus") if w in text)
    events = [
        Event(t.who("Latvia", "LVA.GOV"), t.who(target, acted_on), "160", t.span(verb), 0, status="asserted",
              plover="REDUCE", quad_class=3),
        Event(t.who("Belarus", "BLR.GOV", 1 if target == "Belarus" else 0), t.who("smuggling gangs", "BLR.CRM"), "070",
              t.span("sponsoring"), 1, status="claimed", plover="AID", quad_class=2, attributed_to="LTU.GOV"),
    ]
    said = [
        Statement(t.who("Latvia", "LVA.GOV"), t.span("citing"), "indirect", t.span(cited_text or cited), 0, "cite",
                  "repeats"),
        Statement(t.who("Lithuania", "LTU.GOV"), t.span("accused"), "indirect",
                  t.span("Belarus of sponsoring smuggling gangs on the border"), 1, "accuse", "asserts"),
    ]
    return build(t.doc, events, said)


@pytest.mark.parametrize("first,verb,cited", ACTS)
def test_a_cited_wrong_of_the_party_acted_against_asserts_its_alleged_deed(first: str, verb: str, cited: str) -> None:
    claims = _build(first, verb, cited)
    assert len(claims) == 1
    assert claims[0].proposition.plover == "AID"
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("LTU.GOV", "asserts"), ("LVA.GOV", "asserts")}


@pytest.mark.parametrize("first,verb,cited", ACTS)
def test_a_cited_reason_naming_another_wrong_asserts_nothing(first: str, verb: str, cited: str) -> None:
    assert _build(first, verb, cited, cited_text="security concerns") == []


@pytest.mark.parametrize("first,verb,cited", ACTS)
def test_an_act_against_another_party_does_not_cite_this_one(first: str, verb: str, cited: str) -> None:
    assert _build(first, verb, cited, acted_on="POL.GOV") == []


VOICED_ACTS = [
    ("Latvia closed its border with Belarus over smuggling.", "closed"),
    ("Latvia expelled two Belarusian diplomats last week over organised smuggling.", "expelled"),
    ("Latvia recalled its ambassador from Belarus because of smuggling.", "recalled"),
]


def _build_voiced(first: str, verb: str, *, acted_on: str = "BLR.GOV") -> list:
    t = Text(first + ALLEGATION)
    target = next(w for w in ("Belarusian diplomats", "Belarus") if w in first)
    events = [
        Event(t.who("Latvia", "LVA.GOV"), t.who(target, acted_on), "160", t.span(verb), 0, status="asserted",
              plover="REDUCE", quad_class=3),
        Event(t.who("Belarus", "BLR.GOV", 1 if target == "Belarus" else 0), t.who("smuggling gangs", "BLR.CRM"), "070",
              t.span("sponsoring"), 1, status="claimed", plover="AID", quad_class=2, attributed_to="LTU.GOV"),
    ]
    said = [Statement(t.who("Lithuania", "LTU.GOV"), t.span("accused"), "indirect",
                      t.span("Belarus of sponsoring smuggling gangs on the border"), 0, "accuse", "asserts")]
    return build(t.doc, events, said)


@pytest.mark.parametrize("first,verb", VOICED_ACTS)
def test_an_act_told_with_its_reason_asserts_the_deed_the_reason_names(first: str, verb: str) -> None:
    claims = _build_voiced(first, verb)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("LTU.GOV", "asserts"), ("LVA.GOV", "asserts")}


@pytest.mark.parametrize("first,verb", VOICED_ACTS)
def test_an_act_against_another_party_gives_no_reason_for_this_deed(first: str, verb: str) -> None:
    assert _build_voiced(first, verb, acted_on="POL.GOV") == []
