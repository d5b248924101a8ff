"""A common-noun party word before an armed act noun ("rebel attacks", "police raids", "insurgent shelling")
is the act's doer when the actor layer reads it as an armed party; an unarmed party's "attack" or "battle" is
a figure of speech (events/noun_roles.py ``actor_modifier``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.noun_roles import actor_modifier
from tidings.records import ActorMention

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, word, doer, status", [
    ("Damascus blames rebel attacks for the delays.", "attacks", "SYR.REB", "claimed"),
    ("Kabul blamed insurgent shelling for the deaths of six children.", "shelling", "AFG.REB", "claimed"),
    ("Police raids on opposition offices in Kampala continued on Monday.", "raids", "UGA.COP", "asserted"),
])
def test_an_armed_party_word_before_an_armed_act_is_its_doer(analyze_text: Analyze, text: str, word: str,
                                                             doer: str, status: str) -> None:
    evs = [e for e in analyze_text(text).events if e.trigger.text == word and e.cameo[:2] == "19"]
    assert evs, text
    assert evs[0].source.key == doer and evs[0].status == status


class OneParty:
    """Actors that read one word as a party of the given key."""

    def __init__(self, word: str, key: str) -> None:
        self.word, self.key = word, key

    def for_token(self, tok: Any) -> ActorMention | None:
        if tok.lower_ != self.word:
            return None
        return ActorMention(tok.idx, tok.idx + len(tok), tok.text, self.key, None, kind="organisation")


@pytest.mark.parametrize("key, armed", [("KEN.REB", True), ("KEN.MIL", True), ("KEN.OPP", False),
                                        ("KEN.MED", False)])
def test_only_an_armed_sector_makes_the_modifier_the_doer(nlp: Any, key: str, armed: bool) -> None:
    doc = nlp("The group attacks on the capital intensified this week.")
    noun = next(t for t in doc if t.lower_ == "attacks")
    found = actor_modifier(noun, OneParty("group", key))
    assert (found is not None and found.lower_ == "group") == armed


def test_a_place_word_before_the_act_is_where_not_who(nlp: Any) -> None:
    doc = nlp("The Kenya attacks shocked the region.")
    noun = next(t for t in doc if t.lower_ == "attacks")
    assert actor_modifier(noun, OneParty("kenya", "KEN.MIL")) is None


@pytest.mark.parametrize("text, backer", [
    ("Houthi rebels, backed by Iran, attacked ships in the Red Sea.", "IRN"),
    ("Shiite militias, armed by Iran, attacked a convoy near Basra.", "IRN"),
    ("Rebel fighters, supported by Turkey, shelled villages near Aleppo.", "TUR"),
    ("Somali militants, funded by Eritrea, attacked a base near the border.", "ERI"),
])
def test_the_backer_named_in_a_clause_on_the_doer_is_not_the_target(analyze_text: Any, text: str,
                                                                     backer: str) -> None:
    attacks = [e for e in analyze_text(text).events if e.cameo[:2] == "19"]
    assert attacks and not any(e.target is not None and e.target.key.startswith(backer) for e in attacks)


def test_a_target_named_by_the_act_itself_stays(analyze_text: Any) -> None:
    attacks = [e for e in analyze_text("Houthi rebels, backed by Iran, attacked Saudi Arabia.").events
               if e.cameo[:2] == "19"]
    assert [e.target.key for e in attacks] == ["SAU.GOV"]
