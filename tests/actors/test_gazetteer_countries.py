"""Countries, demonyms, abbreviations and capitals as metonyms, whatever the NER label."""

from __future__ import annotations

import pytest
from actor_helpers import country_of, key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("The DPRK rejected the accusations on Sunday.", "DPRK", "PRK"),
        ("Talks between the ROK and Japan resumed in March.", "ROK", "KOR"),
        ("The UAE pledged $100 million to the fund.", "UAE", "ARE"),
        ("Officials said the U.S. would respond to the strike.", "U.S.", "USA"),
        ("The UK summoned the ambassador after the incident.", "UK", "GBR"),
        ("America will not back down, the senator said.", "America", "USA"),
        ("Türkiye hosted the negotiations in Istanbul.", "Türkiye", "TUR"),
        ("Burma's generals seized power in 2021.", "Burma", "MMR"),
    ],
)
def test_gazetteer_country_names_and_abbreviations(nlp, text, phrase, key):
    assert country_of(nlp, text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("An Emirati delegation arrived in Cairo on Monday.", "Emirati", "ARE"),
        ("North Korean hackers stole the funds, investigators said.", "North Korean", "PRK"),
        ("Ukrainian grain exports fell sharply in March.", "Ukrainian", "UKR"),
    ],
)
def test_gazetteer_demonyms_code_the_country(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Ukrainian drones struck a refinery overnight.", "Ukrainian", "UKR.MIL"),
        ("US sanctions on the bank took effect on Friday.", "US", "USA.GOV"),
        ("Japanese aid reached the flooded districts.", "Japanese", "JPN.GOV"),
    ],
)
def test_gazetteer_state_acts_through_the_noun_it_modifies(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Washington accused Pyongyang of supplying shells.", "Washington", "USA.GOV"),
        ("Washington accused Pyongyang of supplying shells.", "Pyongyang", "PRK.GOV"),
        ("The US pledged more arms to Kiev on Thursday.", "Kiev", "UKR.GOV"),
        ("Kyiv said the attack killed three people.", "Kyiv", "UKR.GOV"),
        ("The Kremlin dismissed the report as fake.", "Kremlin", "RUS.GOV"),
        ("The White House said the talks were useful.", "White House", "USA.GOV"),
        ("Downing Street said the minister had resigned.", "Downing Street", "GBR.GOV"),
        ("Tehran denied sending drones to Moscow.", "Tehran", "IRN.GOV"),
    ],
)
def test_gazetteer_capitals_stand_for_governments(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_gazetteer_lowercase_words_are_not_countries(nlp):
    text = "They ate turkey and said it would chad the ballots for us."
    table = table_of(nlp, text)
    assert not [m for m in table.mentions if m.kind == "state"]


def test_gazetteer_acting_state_is_its_government_but_a_place_is_not(nlp):
    text = "Russia warned that troops in Ukraine would stay."
    table = table_of(nlp, text)
    assert key_of(table, text, "Russia") == "RUS.GOV"
    assert key_of(table, text, "Ukraine") == "UKR"


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Israeli troops raided a village in the West Bank on Monday.", "West Bank", "PSE"),
        ("Settlers attacked farmers across the West Bank overnight.", "West Bank", "PSE"),
        ("Police in the West Bank city of Hebron arrested two men.", "West Bank", "PSE"),
    ],
)
def test_gazetteer_a_leading_article_does_not_lengthen_an_alias(nlp, text, phrase, key):
    """"the West" and "West Bank" overlap on "West": the two-word place name wins over article + one word."""
    assert country_of(nlp, text, phrase) == key


def test_gazetteer_the_west_alone_is_still_the_region(nlp):
    text = "The West condemned the raid, and the West Bank authorities protested."
    table = table_of(nlp, text)
    assert key_of(table, text, "The West") == "WST"
    assert country_of(nlp, text, "West Bank") == "PSE"
