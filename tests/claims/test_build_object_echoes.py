"""A third party naming a deed by what it was done with ('the missiles', 'the warships') takes it up (own sentences).

'Seoul said Pyongyang fired two missiles into the sea. Tokyo said *the missiles* fell outside its
waters': the head of the deed's object, named again after a definite determiner by a party that is
neither the doer nor the target, is one more holder of the deed (claims/echoes.py, object_boundaries).
"""

from __future__ import annotations

import pytest
from claim_helpers import Text, held

from tidings.claims import build
from tidings.claims.echoes import object_head
from tidings.records import ActorMention, Event, Statement

# (text, trigger, code, doer word and key, target word and key, teller and key, echoing speaker and key, echoed content)
CASES = [
    ("Seoul said Pyongyang fired three ballistic missiles into the sea. Tokyo said the missiles landed outside its waters.",
     "fired", "150", ("Pyongyang", "PRK.GOV"), ("Seoul", "KOR.GOV"), ("Seoul", "KOR.MIL"), ("Tokyo", "JPN.MIL"),
     "the missiles landed outside its waters"),
    ("Vilnius said Moscow deployed four warships near its coast. Stockholm said the warships left the area a day later.",
     "deployed", "154", ("Moscow", "RUS.MIL"), ("Vilnius", "LTU.GOV"), ("Vilnius", "LTU.GOV"), ("Stockholm", "SWE.MIL"),
     "the warships left the area a day later"),
    ("Kyiv said Moscow sent fresh troops and tanks to the border. Warsaw said these troops posed a threat to the whole region.",
     "sent", "152", ("Moscow", "RUS.MIL"), ("Kyiv", "UKR"), ("Kyiv", "UKR.GOV"), ("Warsaw", "POL.GOV"),
     "these troops posed a threat to the whole region"),
    ("Manila said Beijing launched a dozen armed drones over the reef. Canberra said that the drones had flown for hours.",
     "launched", "150", ("Beijing", "CHN.MIL"), ("Manila", "PHL"), ("Manila", "PHL.GOV"), ("Canberra", "AUS.GOV"),
     "that the drones had flown for hours"),
]


def _records(case: tuple, echoing: tuple | None = None) -> tuple[Text, list[Event], list[Statement], list[ActorMention]]:
    body, trigger, code, doer, target, first, second, echoed = case
    second = echoing or second
    t = Text(body)
    deed = Event(t.who(doer[0], doer[1]), t.who(target[0], target[1]), code, t.span(trigger), 0, status="claimed",
                 attributed_to=first[1], quad_class=4)
    first_content = t.text[t.text.index("said") + 5 : t.text.index(".")]
    said = [
        Statement(t.who(first[0], first[1]), t.span("said"), "indirect", t.span(first_content), 0, "say", "asserts"),
        Statement(t.who(second[0], second[1], t.text.count(second[0], 0, t.text.index(echoed)) - 1), t.span("said", 1),
                  "indirect", t.span(echoed), 1, "say", "asserts"),
    ]
    actors = [t.who(doer[0], doer[1]), said[0].speaker, said[1].speaker]
    return t, [deed], said, actors


@pytest.mark.parametrize("case", CASES, ids=["missiles", "warships", "troops", "drones"])
def test_a_third_party_naming_what_the_deed_was_done_with_repeats_it(case: tuple) -> None:
    t, events, said, actors = _records(case)
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.target, p.cameo) == (case[3][1], case[4][1], case[2])
    assert held(claims) == {(case[5][1], "asserts"), (case[6][1], "asserts")}


@pytest.mark.parametrize("case", CASES, ids=["missiles", "warships", "troops", "drones"])
def test_the_doer_naming_the_object_does_not_take_up_the_deed(case: tuple) -> None:
    """'Moscow said the warships left the area': the doer speaking of what it used neither owns nor
    repeats the deed its accuser told."""
    doer = case[3]
    t, events, said, actors = _records(case, echoing=(doer[0], doer[1]))
    assert build(t.doc, events, said, actors=actors) == []


@pytest.mark.parametrize("body, content", [
    ("Kyiv said Moscow shelled several villages near Kharkiv. Moscow said the villages sheltered saboteurs.",
     "the villages sheltered saboteurs"),
    ("Kyiv said Moscow shelled two towns on the river. Moscow said those towns were military bases.",
     "those towns were military bases"),
    ("Kyiv said Moscow bombed the power plant. Moscow said the plant fed the arms factories.",
     "the plant fed the arms factories"),
])
def test_the_doer_naming_the_place_hit_does_not_assert_the_shelling(body: str, content: str) -> None:
    t = Text(body)
    trigger = body.split("Moscow ", 1)[1].split()[0]
    deed = Event(t.who("Moscow", "RUS.MIL"), t.who("Kyiv", "UKR"), "194", t.span(trigger), 0, status="claimed",
                 attributed_to="UKR.GOV", quad_class=4)
    said = [
        Statement(t.who("Kyiv", "UKR.GOV"), t.span("said"), "indirect",
                  t.span(body[body.index("said") + 5 : body.index(".")]), 0, "say", "asserts"),
        Statement(t.who("Moscow", "RUS.GOV", 1), t.span("said", 1), "indirect", t.span(content), 1, "say", "asserts"),
    ]
    assert build(t.doc, [deed], said, actors=[deed.source, said[0].speaker, said[1].speaker]) == []


@pytest.mark.parametrize("after, head", [
    (" three ballistic missiles into the sea", "missiles"),
    (" four warships, the navy said", "warships"),
    (" troops and tanks to the border", "troops"),
    (" at dawn", None),
    (" \"hundreds of\" shells", "hundreds"),
])
def test_object_head_is_the_last_word_before_a_boundary(after: str, head: str | None) -> None:
    assert object_head(after) == head


def test_a_report_told_end_to_end_gains_the_third_party() -> None:
    """Three paragraphs of a report: the allegation, an aside, then a third party naming the missiles."""
    from tidings.pipeline import analyze_text

    text = ("South Korea's military said North Korea fired three ballistic missiles into the sea on Tuesday.\n\n"
            "The launches came a day after joint exercises ended.\n\n"
            "Japan's defence ministry said the missiles landed outside its exclusive economic zone.")
    a = analyze_text(text, date="2024-05-02")
    held = {(s.holder, s.stance) for c in a.claims for s in c.stances if c.proposition.source.startswith("PRK")}
    assert ("JPN.MIL", "asserts") in held and ("KOR.MIL", "asserts") in held
