"""A statement that tells a deed under a doubt questions it; one that names it as an allegation and calls it false denies it."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

ALLEGATION = "Seoul said northern troops had shelled the island. "
LACKING_PROOF = [
    "Beijing said there was no evidence that northern troops had shelled the island.",
    "Beijing said Seoul had not presented any proof that the northern army fired at the island.",
    "Beijing said it had seen no evidence the northern gunners had bombarded the island.",
]
DOUBTING = [
    "Beijing said it doubted that northern troops had shelled the island.",
    "Beijing said it remained sceptical that the northern army fired at the island.",
    "Beijing said it was unconvinced the northern gunners had bombarded the island.",
]
DISMISSED = [
    "Beijing said reports that northern troops had shelled the island were unfounded.",
    "Beijing said the claims that the northern army fired at the island were false.",
    "Beijing said allegations the northern gunners had bombarded the island are baseless.",
]
ASSERTED = [
    # a cancelled doubt, proof that is not lacking, an allegation nobody calls false
    "Beijing said there was no doubt that northern troops had shelled the island.",
    "Beijing said it had evidence that the northern army fired at the island.",
    "Beijing said reports that the northern gunners had bombarded the island were accurate.",
    # a doubt in another clause, before a comma, is not about the deed
    "Beijing said it had no evidence, and that northern troops had shelled the island.",
]
DEEDS = ("shelled", "fired", "bombarded")


def _build(second: str) -> list:
    t = Text(ALLEGATION + second)
    verb = next(v for v in DEEDS if v in second)
    first = Event(t.who("northern troops", "PRK.MIL"), t.who("the island", "KOR"), "195", t.span("shelled"), 0,
                  status="claimed", plover="ASSAULT", quad_class=4, attributed_to="KOR.GOV")
    doer = next(d for d in ("northern troops", "the northern army", "the northern gunners") if d in second)
    told = Event(t.who(doer, "PRK.MIL", 1 if doer == "northern troops" else 0), t.who("the island", "KOR", 1), "195",
                 t.span(verb, 1 if verb == "shelled" else 0), 1, status="claimed", plover="ASSAULT", quad_class=4,
                 attributed_to="CHN.GOV")
    content = second[len("Beijing said "):].rstrip(".")
    said = [
        Statement(t.who("Seoul", "KOR.GOV"), t.span("said"), "indirect", t.span("northern troops had shelled the island"),
                  0, "say", "asserts"),
        Statement(t.who("Beijing", "CHN.GOV"), t.span("said", 1), "indirect", t.span(content), 1, "say", "asserts"),
    ]
    return build(t.doc, [first, told], said)


def _stances(claims: list) -> set[tuple[str | None, str]]:
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target) == ("PRK.MIL", "KOR")
    return {(s.holder, s.stance) for s in c.stances}


@pytest.mark.parametrize("second", LACKING_PROOF + DOUBTING)
def test_a_deed_told_under_a_doubt_is_questioned(second: str) -> None:
    assert _stances(_build(second)) == {("KOR.GOV", "asserts"), ("CHN.GOV", "questions")}


@pytest.mark.parametrize("second", DISMISSED)
def test_a_deed_told_as_an_allegation_called_false_is_denied(second: str) -> None:
    assert _stances(_build(second)) == {("KOR.GOV", "asserts"), ("CHN.GOV", "denies")}


@pytest.mark.parametrize("second", ASSERTED)
def test_a_cancelled_doubt_or_a_credited_report_still_asserts(second: str) -> None:
    assert _stances(_build(second)) == {("KOR.GOV", "asserts"), ("CHN.GOV", "asserts")}


def test_a_dismissive_word_before_the_allegation_is_not_the_speakers() -> None:
    # 'spread fake information that ...': the article's word for the speaker's own claim
    t = Text("Seoul spread fake information that northern troops had shelled the island. Pyongyang denied it.")
    e = Event(t.who("northern troops", "PRK.MIL"), t.who("the island", "KOR"), "195", t.span("shelled"), 0,
              status="claimed", plover="ASSAULT", quad_class=4, attributed_to="KOR.GOV")
    said = [Statement(t.who("Seoul", "KOR.GOV"), t.span("spread"), "indirect",
                      t.span("fake information that northern troops had shelled the island"), 0, "spread", "asserts"),
            Statement(t.who("Pyongyang", "PRK.GOV"), t.span("denied"), "indirect", t.span("it"), 1, "deny", "denies")]
    claims = build(t.doc, [e], said)
    assert {(s.holder, s.stance) for c in claims for s in c.stances} == {("KOR.GOV", "asserts"), ("PRK.GOV", "denies")}
