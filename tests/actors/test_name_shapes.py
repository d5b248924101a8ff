"""Mention shapes of names that fail on unseen news: bare surnames opening a sentence, bodies named
by a word the dictionaries do not know, an organisation named after its generic head noun."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


def _person(table, text: str, word: str):
    i = text.index(word)
    return next((m for m in table.mentions if m.start == i and m.kind == "person"), None)


@pytest.mark.parametrize(
    "text, word, key, date",
    [
        ("Tsipras urged the creditors to ease their demands on Greece.", "Tsipras", "GRC.GOV", "2015-06-01"),
        ("Ruto, the Kenyan leader, pledged more police officers for Haiti.", "Ruto", "KEN.GOV", "2023-10-02"),
        ("Boluarte has replaced the cabinet after weeks of protests.", "Boluarte", "PER.GOV", "2023-01-10"),
        ('"Orban will not back the plan," a diplomat said. Orban\'s government rejected it.', "Orban's", "HUN.GOV",
         "2023-06-01"),
    ],
)
def test_sentence_initial_holder_surname_resolves(nlp, text, word, key, date):
    word = word.removesuffix("'s")
    m = _person(table_of(nlp, text, date), text, word)
    assert m is not None and m.key == key


@pytest.mark.parametrize(
    "text, word",
    [
        ("Price rises hit households across the region.", "Price"),
        ("Putin-era rules were scrapped by the new cabinet.", "Putin"),
    ],
)
def test_sentence_initial_common_word_or_modifier_is_no_person(nlp, text, word):
    assert _person(table_of(nlp, text, "2023-06-01"), text, word) is None


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("NIAMEY - Niger troops clashed with militants. The ACLED monitoring group said dozens died.",
         "The ACLED monitoring group"),
        ("KABUL - Afghan police arrested two men, the Blue Crescent group reported on Monday.", "the Blue Crescent group"),
        ("Sudan's army shelled the city. The Nile Freedom association said it had counted the dead.",
         "The Nile Freedom association"),
    ],
)
def test_body_with_an_unknown_name_of_its_own_stays_unresolved(nlp, text, phrase):
    table = table_of(nlp, text)
    i = text.index(phrase)
    m = next(m for m in table.mentions if m.start == i)
    assert m.key is None and m.name == phrase


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("NIAMEY - Niger troops clashed with militants. The rebel group attacked a town.", "The rebel group", "NER.REB"),
        ("MOSCOW - The Wagner group sent fighters to Mali.", "Wagner group", "RUS.PMC:Wagner"),
    ],
)
def test_body_without_a_name_of_its_own_keeps_its_key(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("The East African regional bloc IGAD said it opposed the embargo.", "The East African regional bloc IGAD", "IGAD"),
        ("The West African bloc ECOWAS suspended Mali on Sunday.", "The West African bloc ECOWAS", "ECOWAS"),
        ("Diplomats said the Southeast Asian alliance ASEAN had objected.", "the Southeast Asian alliance ASEAN", "ASEAN"),
    ],
)
def test_organisation_named_after_its_body_noun_wins_over_the_region(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_region_before_a_body_noun_without_a_name_stays_the_region(nlp):
    text = "European ministers met in Brussels on Monday."
    assert key_of(table_of(nlp, text), text, "European ministers") == "EUR"
