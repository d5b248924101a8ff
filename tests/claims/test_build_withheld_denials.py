"""A denial cue negated or left open ('has not denied', 'refused to confirm or deny') is no denial."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

ALLEGATION = "Quito said Peruvian troops shelled the outpost. "
WITHHELD = [
    ("Lima has not denied the report.", "denied", "the report"),
    ("Lima refused to confirm or deny the report.", "deny", "the report"),
    ("Lima neither confirmed nor denied that its troops shelled the outpost.", "denied",
     "that its troops shelled the outpost"),
    ("Lima did not deny that its troops shelled the outpost.", "deny", "that its troops shelled the outpost"),
]
DENIED = [
    ("Lima denied the report.", "denied", "the report"),
    ("Lima, which has not commented since, denied the report.", "denied", "the report"),
    ("Lima denied that its troops shelled the outpost.", "denied", "that its troops shelled the outpost"),
]


def _build(second: str, cue: str, content: str) -> list:
    t = Text(ALLEGATION + second)
    events = [Event(t.who("Peruvian troops", "PER.MIL"), t.who("the outpost", "ECU"), "195", t.span("shelled"), 0,
                    status="claimed", plover="ASSAULT", quad_class=4, attributed_to="ECU.GOV")]
    if "its troops" in content:
        events.append(Event(t.who("its troops", "PER.MIL"), t.who("the outpost", "ECU", 1), "195",
                            t.span("shelled", 1), 1, status="claimed", plover="ASSAULT", quad_class=4,
                            attributed_to="PER.GOV"))
    said = [Statement(t.who("Quito", "ECU.GOV"), t.span("said"), "indirect", t.span("Peruvian troops shelled the outpost"),
                      0, "say", "asserts"),
            Statement(t.who("Lima", "PER.GOV"), t.span(cue), "indirect", t.span(content, 1 if content == "the outpost" else 0),
                      1, "deny", "denies")]
    return build(t.doc, events, said)


@pytest.mark.parametrize("second,cue,content", WITHHELD)
def test_a_withheld_denial_takes_no_stance(second: str, cue: str, content: str) -> None:
    assert not any(s.holder == "PER.GOV" for c in _build(second, cue, content) for s in c.stances)


@pytest.mark.parametrize("second,cue,content", DENIED)
def test_a_plain_denial_still_denies(second: str, cue: str, content: str) -> None:
    claims = _build(second, cue, content)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("ECU.GOV", "asserts"), ("PER.GOV", "denies")}
