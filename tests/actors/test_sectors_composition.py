"""Role words and institutions composed with their country into sector keys."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("DPRK's Foreign Ministry denied the reports on Sunday.", "DPRK's Foreign Ministry", "PRK.GOV"),
        ("The Sudanese army said it had retaken the bridge.", "The Sudanese army", "SDN.MIL"),
        ("Israeli police arrested two suspects near the gate.", "Israeli police", "ISR.COP"),
        ("Ukraine's parliament approved the budget on Friday.", "Ukraine's parliament", "UKR.LEG"),
        ("Russian state media reported the launch.", "Russian state media", "RUS.GOV"),
        ("The Foreign Ministry of Egypt condemned the raid.", "The Foreign Ministry of Egypt", "EGY.GOV"),
        ("Chinese officials urged restraint along the border.", "Chinese officials", "CHN.GOV"),
        ("Peruvian protesters blocked the highway for a third day.", "Peruvian protesters", "PER.OPP"),
        ("Security forces in Nigeria freed 40 hostages.", "Security forces", "NGA.COP"),
    ],
)
def test_sectors_role_words_compose_with_country(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_sectors_unanchored_role_takes_the_articles_country(nlp):
    text = "Gunmen attacked a village in northern Burkina Faso. The army said it killed ten assailants."
    table = table_of(nlp, text)
    assert key_of(table, text, "The army") == "BFA.MIL"


def test_sectors_opposition_leader_is_opp(nlp):
    text = "Venezuela's opposition leader called for new elections."
    assert key_of(table_of(nlp, text), text, "Venezuela's opposition leader") == "VEN.OPP"


def test_sectors_role_word_as_modifier_names_no_actor(nlp):
    text = "The shipment included military equipment and fuel."
    assert table_of(nlp, text).at(0, len(text)) is None


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Kenya spoke at a meeting of EU foreign and defence ministers in Brussels.", "EU foreign and defence ministers", "EU"),
        ("The foreign and interior ministers of Japan met Chinese officials.", "The foreign and interior ministers of Japan", "JPN.GOV"),
        ("Turkey hosted Egyptian defence and security officials on Monday.", "Egyptian defence and security officials", "EGY.COP"),
    ],
)
def test_sectors_two_role_modifiers_joined_by_and_share_one_anchor(nlp, text, phrase, key):
    """"EU foreign and defence ministers" are one phrase: the second modifier's ministers are the EU's too."""
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_sectors_two_demonyms_joined_by_and_stay_two_phrases(nlp):
    text = "Russian and Chinese ministers met in Beijing."
    assert (key_of(table_of(nlp, text), text, "Russian") or "").startswith("RUS")
    assert (key_of(table_of(nlp, text), text, "Chinese ministers") or "").startswith("CHN")
