"""Outlets that report ("Frontier has learned", "Zvezda reported"): an unknown name reporting is the home country's media."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Myanmar police detained two reporters overnight, Frontier has learned.", "Frontier", "MMR.MED"),
        ("Kenyan police raided the offices. Taifa reported that three editors were held.", "Taifa",
         "KEN.MED"),
        ("Peru's Congress met on Monday. Correo understands that the vote was delayed.", "Correo", "PER.MED"),
        # a capitalised opener counts as a name when the text capitalises it elsewhere too
        ("Ghanaian troops left the border. Chronicle has been told that talks resumed. Buy a Chronicle pass.",
         "Chronicle", "GHA.MED"),
    ],
)
def test_an_unknown_name_reporting_as_an_outlet_is_the_home_countrys_media(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Brazilian police raided the offices. Marcos Lima reported that three editors were held.", "Marcos Lima"),
        ("Chilean troops left the border. Valdes told reporters that talks resumed.", "Valdes"),
        ("Frontier has learned that two reporters were held.", "Frontier"),  # no home country: not guessed
    ],
)
def test_people_other_verbs_and_articles_without_a_country_are_no_outlet(nlp, text, phrase):
    assert (key_of(table_of(nlp, text), text, phrase) or "").split(".")[-1] != "MED"
