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
        ("Baerbock criticised the decision to close the consulate.", "Baerbock", "DEU.GOV", "2023-04-01"),
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
        ("Early elections were called after the vote.", "Early"),
        ("Sharp criticism followed the decision.", "Sharp"),
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


def _at(table, text: str, phrase: str):
    i = text.index(phrase)
    return next(m for m in table.mentions if m.start == i and m.end == i + len(phrase))


@pytest.mark.parametrize(
    "text, body, person",
    [
        ("LIMA - During a session in Congress, Boluarte said she would stay in office.", "Congress", "Boluarte"),
        ("KENYA - In parliament, Ruto defended the budget on Tuesday.", "parliament", "Ruto"),
        ("ANKARA - After a hearing at the constitutional court, Erdogan has promised reforms.", "the constitutional court",
         "Erdogan"),
    ],
)
def test_institution_before_a_comma_is_no_title_of_the_name_after_it(nlp, text, body, person):
    table = table_of(nlp, text, "2023-03-01")
    b, p = _at(table, text, body), _at(table, text, person)
    assert b.name != p.name and b.key != p.key


def test_person_title_before_a_comma_still_names_the_person(nlp):
    text = "Russia's top diplomat, Sergei Lavrov, said the talks had failed."
    table = table_of(nlp, text)
    assert _at(table, text, "Russia's top diplomat").name == "Sergei Lavrov"
    assert _at(table, text, "Sergei Lavrov").key == "RUS.GOV"


def test_member_title_before_a_comma_still_names_the_person(nlp):
    text = "A member of the Egyptian parliament, Karim Fawzy, began a hunger strike on Sunday."
    assert _at(table_of(nlp, text), text, "Karim Fawzy").key == "EGY.LEG"
