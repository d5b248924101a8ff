"""A statement naming, by the article's word for it, a deed coded elsewhere takes a stance on it (own sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import Text, held

from tidings.claims import build
from tidings.claims.echoes import stem
from tidings.records import ActorMention, Event, Statement

# (text, deed trigger, code, doer word and key, target word and key, first speaker and key,
#  echoing speaker and key, echoed content, where the doer is named in that content or None)
CASES = [
    ("Latvia said Russia will hold naval drills near Gotland. Sweden said the Russian drills near its coast were provocative.",
     "drills", "150", ("Russia", "RUS.MIL"), ("Gotland", "SWE"), ("Latvia", "LVA.GOV"), ("Sweden", "SWE.GOV"),
     "the Russian drills near its coast were provocative", "Russian"),
    ("Seoul said Pyongyang fired two missiles toward the sea. Tokyo says it tracked the firing of the Pyongyang missiles.",
     "fired", "150", ("Pyongyang", "PRK.GOV"), ("the sea", "JPN"), ("Seoul", "KOR.GOV"), ("Tokyo", "JPN.GOV"),
     "it tracked the firing of the Pyongyang missiles", "Pyongyang"),
    ("Officials in Kyiv said Moscow launched a drone attack on Odesa. Warsaw said that the overnight attack by Moscow was a war crime.",
     "attack", "190", ("Moscow", "RUS.MIL"), ("Odesa", "UKR"), ("Officials in Kyiv", "UKR.GOV"),
     ("Warsaw", "POL.GOV"), "that the overnight attack by Moscow was a war crime", "Moscow"),
    ("Nairobi said Somali militants raided a border post. The militants said their raid on the post was revenge.",
     "raided", "190", ("Somali militants", "SOM.REB"), ("a border post", "KEN"), ("Nairobi", "KEN.GOV"),
     ("The militants", "SOM.REB"), "their raid on the post was revenge", None),
]


def _records(case: tuple, text: str | None = None, content: str | None = None
             ) -> tuple[Text, list[Event], list[Statement], list[ActorMention]]:
    body, trigger, code, doer, target, first, second, echoed, named = case
    t = Text(text or body)
    content = content or echoed
    deed = Event(t.who(doer[0], doer[1]), t.who(target[0], target[1]), code, t.span(trigger), 0, status="claimed",
                 attributed_to=first[1], quad_class=4)
    first_content = t.text[t.text.index("said") + 5 : t.text.index(".")]
    said = [
        Statement(t.who(first[0], first[1]), t.span("said"), "indirect", t.span(first_content), 0, "say", "asserts"),
        Statement(t.who(second[0], second[1]), t.span("said" if "said" in t.text[t.text.index(".") :] else "says",
                                                       1 if "said" in t.text[t.text.index(".") :] else 0),
                  "indirect", t.span(content), 1, "say", "asserts"),
    ]
    actors = [t.who(doer[0], doer[1]), t.who(first[0], first[1]), t.who(second[0], second[1])]
    if named:
        actors.append(t.who(named, doer[1], t.text.count(named, 0, t.text.index(content))))
    return t, [deed], said, actors


@pytest.mark.parametrize("case", CASES, ids=["drills", "firing", "attack", "own-raid"])
def test_a_deed_named_again_by_another_party_is_a_repeated_claim(case: tuple) -> None:
    t, events, said, actors = _records(case)
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.target, p.cameo[:2]) == (case[3][1], case[4][1], case[2][:2])
    assert held(claims) == {(case[5][1], "asserts"), (case[6][1], "asserts")}
    echo = next(s for s in claims[0].stances if s.holder == case[6][1])
    assert echo.statement == 1 and echo.event is None


def test_an_echo_needs_a_definite_reference() -> None:
    case = CASES[2]
    text = case[0].replace("that the overnight attack by Moscow was a war crime", "Moscow would attack more ports")
    t, events, said, actors = _records(case, text, "Moscow would attack more ports")
    assert build(t.doc, events, said, actors=actors) == []


def test_an_echo_naming_another_doer_is_not_that_deed() -> None:
    case = CASES[2]
    text = case[0].replace("the overnight attack by Moscow", "the overnight attack by Minsk")
    t, events, said, actors = _records(case[:8] + (None,), text, "that the overnight attack by Minsk was a war crime")
    actors.append(t.who("Minsk", "BLR.GOV"))
    assert build(t.doc, events, said, actors=actors) == []


def test_the_same_party_naming_its_deed_again_adds_no_holder() -> None:
    case = CASES[0]
    text = case[0].replace("Sweden said", "Riga said")  # Latvia again, under its capital's name
    t, events, said, actors = _records(case[:6] + (("Riga", "LVA.GOV"),) + case[7:], text)
    assert build(t.doc, events, said, actors=actors) == []


def test_an_echo_points_back_not_ahead() -> None:
    body = "Sweden said the drills near its coast were provocative. Latvia said Russia will hold naval drills near Gotland."
    t = Text(body)
    deed = Event(t.who("Russia", "RUS.MIL"), t.who("Gotland", "SWE"), "150", t.span("drills", 1), 1, status="claimed",
                 attributed_to="LVA.GOV", quad_class=4)
    said = [
        Statement(t.who("Sweden", "SWE.GOV"), t.span("said"), "indirect",
                  t.span("the drills near its coast were provocative"), 0, "say", "asserts"),
        Statement(t.who("Latvia", "LVA.GOV"), t.span("said", 1), "indirect",
                  t.span("Russia will hold naval drills near Gotland"), 1, "say", "asserts"),
    ]
    actors = [t.who("Russia", "RUS.MIL"), t.who("Sweden", "SWE.GOV"), t.who("Latvia", "LVA.GOV")]
    assert build(t.doc, [deed], said, actors=actors) == []


def test_a_negated_echo_in_an_assertion_is_left_alone() -> None:
    case = CASES[1]
    text = case[0].replace("it tracked the firing", "it saw no such firing")
    t, events, said, actors = _records(case, text, "it saw no such firing of the Pyongyang missiles")
    assert build(t.doc, events, said, actors=actors) == []


def test_stems_compare_inflections() -> None:
    assert stem("fired") == stem("firing") == stem("fire")
    assert stem("launches") == stem("launched") == stem("launch")
    assert stem("used") != stem("us")


# (case, the word in the echoing content the statement codes its own act from, that act's code)
OWN_ACTS = [
    (("Seoul said Pyongyang launched a missile toward the sea. Pyongyang says it plans to launch a satellite after "
      "its first launch in May.", "launched", "150", ("Pyongyang", "PRK.GOV"), ("the sea", "JPN"), ("Seoul", "KOR.GOV"),
      ("Pyongyang", "PRK.GOV"), "it plans to launch a satellite after its first launch in May", None), "launch", "130"),
    (("Kyiv said Moscow shelled Kharkiv. The Kremlin said it was ready to shell the city again after the shelling of "
      "its border towns.", "shelled", "190", ("Moscow", "RUS.MIL"), ("Kharkiv", "UKR"), ("Kyiv", "UKR.GOV"),
      ("The Kremlin", "RUS.GOV"), "it was ready to shell the city again after the shelling of its border towns", None),
     "shell", "138"),
]


@pytest.mark.parametrize("case,word,code", OWN_ACTS, ids=["launch-plan", "shelling-threat"])
def test_a_word_the_statement_codes_its_own_act_from_echoes_no_earlier_deed(case: tuple, word: str, code: str) -> None:
    t, events, said, actors = _records(case)
    # without an act of its own on that word, the doer's side naming 'its first launch' takes up the deed
    claims = build(t.doc, events, said, actors=actors)
    assert held(claims) == {(case[5][1], "asserts"), (case[6][1], "asserts")}
    own = Event(said[1].speaker, None, code, t.span(word, t.text.count(word, 0, t.text.index(case[7]))), 1,
                status="intended", attributed_to=case[6][1], quad_class=3)
    assert own.trigger.start >= said[1].content.start
    assert build(t.doc, events + [own], said, actors=actors) == []
