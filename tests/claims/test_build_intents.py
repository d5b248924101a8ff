"""An intent the events stage attributes to a party outside any statement is that party's assertion (own sentences).

'Yerevan plans talks with Baku, according to officials in Yerevan': the intent is told on
someone's word, so that someone asserts it; with another party saying the same thing the
proposition is a repeated claim. A lone announcement of one's own intent stays a statement,
and a hypothetical stays no stance at all.
"""

from __future__ import annotations

import pytest
from claim_helpers import Text, held

from tidings.claims import build
from tidings.events import codebook
from tidings.records import Event, Statement

# (text, intent trigger, its code, doer (word, key), target (word, key), attributed party (word, key),
#  second speaker (word, key), second content, its doer word, its target word, its trigger, its code,
#  proposition (source, target, root))
CASES = [
    ("Armenia plans talks with Azerbaijan next month, according to officials in Yerevan. "
     "The European Union said Armenia would meet Azerbaijan in Brussels.",
     "talks", "036", ("Armenia", "ARM.GOV"), ("Azerbaijan", "AZE"), ("officials in Yerevan", "ARM.GOV"),
     ("The European Union", "EU"), "Armenia would meet Azerbaijan in Brussels", "Armenia", "Azerbaijan", "meet", "036",
     ("ARM.GOV", "AZE", "03")),
    ("Paris will deliver howitzers to Kyiv, French officials indicated on Tuesday. "
     "Warsaw said France is sending artillery to Ukraine.",
     "deliver", "0332", ("Paris", "FRA.GOV"), ("Kyiv", "UKR"), ("French officials", "FRA.GOV"),
     ("Warsaw", "POL.GOV"), "France is sending artillery to Ukraine", "France", "Ukraine", "sending", "072",
     ("FRA.GOV", "UKR", "07")),
    ("Tokyo intends to ship food aid to Manila, according to the Japanese embassy. "
     "Seoul said Japan had shipped food aid to the Philippines.",
     "ship", "0331", ("Tokyo", "JPN.GOV"), ("Manila", "PHL"), ("the Japanese embassy", "JPN.GOV"),
     ("Seoul", "KOR.GOV"), "Japan had shipped food aid to the Philippines", "Japan", "the Philippines", "shipped", "071",
     ("JPN.GOV", "PHL", "07")),
]


def _records(case: tuple, status: str = "intended", second: bool = True) -> tuple[Text, list[Event], list[Statement]]:
    text, trig, code, doer, target, att, speaker, content, doer2, target2, trig2, code2, _ = case
    t = Text(text)
    intent = Event(t.who(*doer), t.who(*target), code, t.span(trig), 0, status=status,  # type: ignore[arg-type]
                   attributed_to=att[1], attributed_name=att[0], plover=codebook.info(code).plover)
    if not second:
        return t, [intent], []
    cut = t.text.index(content)
    deed = Event(t.who(doer2, doer[1], t.text.count(doer2, 0, cut)), t.who(target2, target[1], t.text.count(target2, 0, cut)),
                 code2, t.span(trig2), 1, status="claimed", plover=codebook.info(code2).plover)
    said = Statement(t.who(*speaker), t.span("said"), "indirect", t.span(content), 1, "say", "asserts")
    return t, [intent, deed], [said]


@pytest.mark.parametrize("case", CASES, ids=["talks", "howitzers", "food-aid"])
def test_an_attributed_intent_is_its_attributor_asserting_it(case: tuple) -> None:
    t, events, said = _records(case)
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    p = claims[0].proposition
    src, tgt, root = case[-1]
    assert (p.source, p.target, p.cameo[:2]) == (src, tgt, root)
    assert held(claims) == {(case[5][1], "asserts"), (case[6][1], "asserts")}
    own = next(s for s in claims[0].stances if s.holder == case[5][1])
    assert own.statement is None and own.event == 0


@pytest.mark.parametrize("case", CASES, ids=["talks", "howitzers", "food-aid"])
def test_a_hypothetical_told_on_someones_word_is_no_stance(case: tuple) -> None:
    t, events, said = _records(case, status="hypothetical")
    assert build(t.doc, events, said) == []


@pytest.mark.parametrize("case", CASES, ids=["talks", "howitzers", "food-aid"])
def test_a_lone_intent_of_ones_own_is_an_announcement_not_a_claim(case: tuple) -> None:
    t, events, said = _records(case, second=False)
    assert build(t.doc, events, said) == []
