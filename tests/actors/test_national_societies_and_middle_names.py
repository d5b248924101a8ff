"""Two naming habits of wire copy: an international movement's name after a country names that country's own
society ("the Kenyan Red Cross" is not the ICRC), and a middle word of a long name may stand for the person
("Faki" for "Moussa Faki Mahamat")."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

from tidings.actors.lexicon import lexicon
from tidings.actors.persons import same_person

# 1. national Red Cross and Red Crescent societies


@pytest.mark.parametrize("text, phrase, key", [
    ("The Kenyan Red Cross said on Monday that floods had displaced 4,000 families.", "Kenyan Red Cross", "KEN.NGO"),
    ("Volunteers of the Syrian Arab Red Crescent reached the town, the Syrian Red Crescent said.",
     "Syrian Red Crescent", "SYR.NGO"),
    ("The Iraqi Red Crescent Society sent tents to the camps near Mosul.", "Iraqi Red Crescent Society", "IRQ.NGO"),
    ("Ukraine's neighbours pledged help, and the Polish Red Cross sent blankets to Lviv.", "Polish Red Cross",
     "POL.NGO"),
])
def test_a_country_before_the_movement_names_its_national_society(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize("text, phrase", [
    ("The International Committee of the Red Cross visited prisoners in Kherson.",
     "International Committee of the Red Cross"),
    ("The Red Cross said its convoy had reached the besieged city.", "Red Cross"),
    ("Russia asked the Red Crescent to help evacuate civilians.", "Red Crescent"),
])
def test_the_movement_without_a_country_stays_the_international_body(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) == "ICRC"


def test_national_branch_names_must_be_the_entry_names():
    sector, names = lexicon().national_branches["ICRC"]
    assert sector == "NGO" and "red crescent" in names


# 2. a middle word of a name of three or more words


@pytest.mark.parametrize("short, full, same", [
    ("Faki", "Moussa Faki Mahamat", True),
    ("Tayyip", "Recep Tayyip Erdogan", True),
    ("Lula", "Luiz Inacio Lula da Silva", True),
    ("bin", "Mohammed bin Salman", False),  # a particle never stands for the person
    ("Faki", "Moussa Mahamat", False),
    ("Moussa", "Ali Faki Mahamat", False),
])
def test_middle_words_of_long_names(short, full, same):
    assert same_person(short, full) is same


@pytest.mark.parametrize("text, later", [
    ("The African Union Commission chairman Moussa Faki Mahamat condemned the coup. "
     "Faki urged the soldiers to return to their barracks.", "Faki"),
    ("Chadian diplomat Moussa Faki Mahamat arrived in Niamey on Friday. Later, Faki met the junta's leaders.", "Faki"),
    ("Former Brazilian president Luiz Inacio Lula da Silva flew to Beijing. "
     "On arrival Lula thanked his hosts.", "Lula"),
])
def test_a_later_middle_name_joins_the_person(nlp, text, later):
    table = table_of(nlp, text)
    i = text.rindex(later)
    m = table.at(i, i + len(later))
    assert m is not None and m.key is not None and m.name is not None and len(m.name.split()) >= 3
