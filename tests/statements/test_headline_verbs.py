"""Headline verbs the tagger reads as nouns: 'Kenya and Somalia *announce* talks will resume' —
each named party speaks the clause after the verb."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "keys"),
    [
        ("Border row eases\n\nKenya and Somalia announce talks will resume in Nairobi next month\n\n"
         "Officials met on Monday.\n", "announce", ["KEN", "SOM"]),
        ("Grain corridor reopens\n\nTurkey and Ukraine announce ships have left the port at dawn\n\n"
         "The ships sailed on Monday.\n", "announce", ["TUR", "UKR"]),
        ("Ceasefire holds\n\nEthiopia and Eritrea announce crossings have reopened along the border\n\n"
         "Families crossed on Tuesday.\n", "announce", ["ETH", "ERI"]),
    ],
)
def test_a_headline_verb_read_as_a_noun_is_said_by_each_named_party(analyze_text: Any, text: str, cue: str,
                                                                    keys: list[str]) -> None:
    found = [s for s in analyze_text(text).statements if s.cue.text == cue]
    assert sorted((s.speaker.key or "").split(".")[0] for s in found if s.speaker) == sorted(keys), found



@pytest.mark.parametrize(
    "headline",
    [
        "Japan, EU pledge emergency aid as floods displace thousands in Pakistan",
        "Japan, EU pledge emergency aid as fires displace thousands in Greece",
        "Japan, Korea pledge disaster aid as storms displace thousands in the Philippines",
    ],
)
def test_a_headline_verb_with_a_noun_object_before_an_adverbial_clause_says_nothing(analyze_text: Any,
                                                                                   headline: str) -> None:
    found = [s for s in analyze_text(f"Relief\n\n{headline}\n\nPlanes landed on Monday.\n").statements
             if s.cue.text == "pledge"]
    assert not found, [(s.speaker, s.content.text) for s in found]
