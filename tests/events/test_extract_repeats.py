"""A later definite mention of an act ("the deal", "Tuesday's clash", "a second clash") that names no party
of its own is the act last reported of its kind, with its parties (events/discourse.py ``repeated_act``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.discourse import is_repeat

Analyze = Callable[..., Any]


def on(analysis: Any, word: str) -> list[Any]:
    return [e for e in analysis.events if e.trigger.text == word]


@pytest.mark.parametrize("text, word, pair", [
    ("Iran and the United States signed a nuclear deal on Sunday. The deal takes effect in January.",
     "deal", ("IRN", "USA")),
    ("Pakistan held talks with India in Delhi on Monday. The talks ended without agreement.", "talks",
     ("PAK", "IND")),
    ("Philippine troops clashed with Abu Sayyaf militants in Sulu on Tuesday. Tuesday's clash left five "
     "militants dead.", "clash", ("PHL", "PHL")),
    ("Ethiopia signed an accord with Somalia in Ankara. The accord was hailed as a breakthrough.",
     "accord", ("ETH", "SOM")),
])
def test_a_repeated_mention_takes_the_parties_of_the_act_last_reported(analyze_text: Analyze, text: str,
                                                                        word: str, pair: tuple[str, str]) -> None:
    evs = on(analyze_text(text), word)
    assert evs, text
    ev = evs[0]
    assert (ev.source.key.split(".")[0], ev.target.key.split(".")[0]) == pair
    assert is_repeat(ev)
    assert ev.source.start == ev.trigger.start  # placed on the noun that mentions it again


def test_another_clash_is_one_more_of_the_same_kind(analyze_text: Analyze) -> None:
    a = analyze_text("Kyrgyz border guards clashed with Tajik troops on Monday. Another clash broke out on "
                     "Wednesday.")
    ev = on(a, "clash")[0]
    assert {ev.source.key.split(".")[0], ev.target.key.split(".")[0]} == {"KGZ", "TJK"}


@pytest.mark.parametrize("text, word", [
    # a party of its own: left to the parse
    ("Iran and the United States signed a nuclear deal on Sunday. China's deal with Iran is separate.", "deal"),
    # an indefinite mention is a new act, not the one last reported
    ("Pakistan held talks with India in Delhi on Monday. Officials said talks could resume.", "talks"),
    # the object of another act is that act's topic, not a new report of it
    ("Kenya signed a trade deal with Tanzania on Friday. Uganda welcomed the deal.", "deal"),
])
def test_a_mention_with_its_own_party_or_no_article_is_not_a_repeat(analyze_text: Analyze, text: str,
                                                                     word: str) -> None:
    assert not any(is_repeat(e) for e in on(analyze_text(text), word))


def test_a_repeat_outside_speech_is_no_new_stance_in_a_claim(analyze_text: Analyze) -> None:
    a = analyze_text("Russian forces shelled Kharkiv on Monday, Ukraine said. Moscow denied it. The shelling "
                     "continued on Tuesday.")
    repeats = {i for i, e in enumerate(a.events) if is_repeat(e) and e.statement is None}
    assert repeats
    assert not [s for c in a.claims for s in c.stances if s.event in repeats and s.statement is None]
