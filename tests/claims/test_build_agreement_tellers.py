"""Two parties telling together of an agreement they signed: each of them asserts it (a deal has two doers)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.events import codebook
from tidings.records import Event, Statement

WORDINGS = [
    ("Serbia and Kosovo announced that a deal on border crossings had been signed.", "announced",
     "a deal on border crossings had been signed", "deal"),
    ("Serbia and Kosovo said on Friday they had signed an accord on electricity.", "said",
     "they had signed an accord on electricity", "signed"),
    ("Serbia and Kosovo confirmed the agreement was concluded in Brussels overnight.", "confirmed",
     "the agreement was concluded in Brussels overnight", "agreement"),
]


def _claims(sentence: str, cue: str, content: str, trigger: str, code: str = "057") -> list:
    t = Text(sentence)
    plover = codebook.info(code).plover
    serbia, kosovo = t.who("Serbia", "SRB.GOV"), t.who("Kosovo", "XKX.GOV")
    said = [Statement(serbia, t.span(cue), "indirect", t.span(content), 0, cue.rstrip("d").rstrip("e"), "asserts"),
            Statement(kosovo, t.span(cue), "indirect", t.span(content), 0, cue.rstrip("d").rstrip("e"), "asserts")]
    deal = Event(serbia, kosovo, code, t.span(trigger), 0, plover=plover, quad_class=1, statement=0)
    return build(t.doc, [deal], said, actors=[serbia, kosovo])


@pytest.mark.parametrize("sentence,cue,content,trigger", WORDINGS)
def test_both_parties_to_a_deal_assert_it(sentence: str, cue: str, content: str, trigger: str) -> None:
    claims = _claims(sentence, cue, content, trigger)
    assert len(claims) == 1
    held = {(s.holder, s.stance) for s in claims[0].stances}
    assert held == {("SRB.GOV", "asserts"), ("XKX.GOV", "asserts")}
    assert claims[0].proposition.source == "SRB.GOV"


@pytest.mark.parametrize("sentence,cue,content,trigger", WORDINGS)
def test_a_deed_the_pair_tells_together_stays_one_voice(sentence: str, cue: str, content: str, trigger: str) -> None:
    """Not for a deed of one of them on the other ('accused each other'): the doer's own telling is no
    second voice (an aid told by giver and receiver together is no claim)."""
    assert _claims(sentence, cue, content, trigger, code="071") == []
