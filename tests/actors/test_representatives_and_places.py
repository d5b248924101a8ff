"""Envoys speak for the state that sends them; officials sit where they are named; media titles stay media."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize("text, phrase, key", [
    # a representative at an organisation is the sending state's
    ("Ethiopia's UN Ambassador Tekle Girma told the council the embargo was premature.", "Tekle Girma", "ETH.GOV"),
    ("Brazil's envoy to the United Nations, Ana Souza, voted against the text.", "Ana Souza", "BRA.GOV"),
    ("The French ambassador to NATO said the alliance would meet on Friday.", "The French ambassador", "FRA.GOV"),
    ("US Ambassador to the United Nations Karen Dole told reporters the vote would go ahead.", "Karen Dole", "USA.GOV"),
    # the organisation's own officials stay the organisation's
    ("UN envoy Pedro Arias said the talks would resume in Geneva.", "Pedro Arias", "UN"),
    ("The UN Secretary-General said the truce must hold.", "The UN Secretary-General", "UN"),
])
def test_representatives_take_the_sending_state(nlp, text: str, phrase: str, key: str) -> None:
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize("text, phrase, key", [
    ("Officials in Washington on Tuesday expressed support for Colombia.", "Officials", "USA.GOV"),
    ("The authorities in Kabul banned the march on Friday.", "The authorities", "AFG.GOV"),
    # diplomats abroad are not the host's
    ("Western diplomats in Beijing said the talks had stalled.", "Western diplomats", "WST"),
    # "Western" in a proper name is part of that name, not the West
    ("Captain Ana Cruz, Western Mindanao Command information officer, said troops recovered rifles.", "Captain Ana Cruz",
     "PHL.MIL"),
])
def test_officials_are_of_the_seat_they_are_named_in(nlp, text: str, phrase: str, key: str) -> None:
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize("text, phrase, key", [
    ("Jane Cole, the Reuters president, said the two reporters must be freed.", "Jane Cole", "GBR.MED"),
    ("Xinhua's director said the report was accurate.", "Xinhua's director", "CHN.MED"),
])
def test_a_person_titled_by_a_news_outlet_is_media(nlp, text: str, phrase: str, key: str) -> None:
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_foreign_office_is_the_article_country_not_always_britain(nlp) -> None:
    text = ("Pakistan rejected India's accusations on Thursday. Foreign Office spokesperson Amna Khan said "
            "Pakistan had no role in the attack.")
    assert key_of(table_of(nlp, text), text, "Amna Khan") == "PAK.GOV"


def test_govt_abbreviation_is_the_government(nlp) -> None:
    text = "Kenya opposition accuses govt of rigging the count."
    assert key_of(table_of(nlp, text), text, "govt") == "KEN.GOV"


def test_resolution_of_the_security_council_is_the_un(nlp) -> None:
    text = "Russia vetoed a UN Security Council resolution on Syria."
    assert key_of(table_of(nlp, text), text, "UN Security Council resolution") == "UN"


@pytest.mark.parametrize("text, phrase, key", [
    ("Bolivian President Luis Arce ordered his army to guard the border with Chile.", "army", "BOL.MIL"),
    ("Chile protested on Monday. Bolivia said its troops would stay on the border.", "troops", "BOL.MIL"),
    ("Ukraine's president Volodymyr Zelensky said his government would not negotiate with Russia.", "government", "UKR.GOV"),
])
def test_a_body_owned_by_a_pronoun_is_the_pronouns_party(nlp, text: str, phrase: str, key: str) -> None:
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize("text, phrase, key", [
    ("Aid workers in Yemen said the convoy was turned back.", "Aid workers", "YEM.NGO"),
    ("A Japanese think tank said the launch was imminent.", "A Japanese think tank", "JPN.NGO"),
    ("The Kyrgyz border force said the post was removed.", "The Kyrgyz border force", "KGZ.COP"),
])
def test_aid_workers_think_tanks_and_border_forces(nlp, text: str, phrase: str, key: str) -> None:
    assert key_of(table_of(nlp, text), text, phrase) == key
