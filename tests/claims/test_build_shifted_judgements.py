"""'dismissed as propaganda Russia's claim that ...': a verdict set before the allegation does not hide its owner."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.claims.propositions import party
from tidings.records import Event, Statement

SHIFTED = [
    ("Kyiv dismissed as propaganda Russia's claim that its troops had shelled Russian positions.", "dismissed", "Russia"),
    ("Kyiv rejected as absurd Moscow's allegations that its troops had shelled Russian positions.", "rejected", "Moscow"),
    ("Kyiv dismissed as pure fiction the Kremlin's reports that its troops had shelled Russian positions.", "dismissed",
     "the Kremlin"),
]


def _build(text: str, cue: str, owner: str) -> list:
    t = Text(text)
    content = text[text.index(cue) + len(cue) + 1 :].rstrip(".")
    shelled = Event(t.who("its troops", "UKR.MIL"), t.who("Russian positions", "RUS.MIL"), "194", t.span("shelled"), 0,
                    status="denied", plover="ASSAULT", quad_class=4, attributed_to="UKR.GOV")
    said = [Statement(t.who("Kyiv", "UKR.GOV"), t.span(cue), "indirect", t.span(content), 0, "deny", "denies")]
    actors = [t.who("Kyiv", "UKR.GOV"), t.who(owner, "RUS.GOV")]
    return build(t.doc, [shelled], said, actors=actors)


@pytest.mark.parametrize("text,cue,owner", SHIFTED)
def test_the_owner_after_a_shifted_verdict_holds_the_denied_allegation(text: str, cue: str, owner: str) -> None:
    claims = _build(text, cue, owner)
    assert len(claims) == 1
    assert {(party(s.holder), s.stance) for s in claims[0].stances} == {("RUS", "asserts"), ("UKR", "denies")}
