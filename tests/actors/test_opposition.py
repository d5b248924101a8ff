"""An unanchored opposition is the opposition of the one country whose leader its sentence names (actors/opposition.py)."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

# each story is mostly about a neighbour (its home country), so the home guess would be wrong
CASES = [
    ("Lithuania hosted the talks. Lithuanian officials met in Vilnius. Lithuania said it would help. "
     "Opposition leaders called on Lukashenko to step down.", "2021-05-01", "Opposition leaders", "BLR.OPP"),
    ("Greece protested. Greek ships sailed. Athens said Greece would respond. "
     "The opposition accused Erdogan of ruining the economy.", "2019-06-01", "The opposition", "TUR.OPP"),
    ("Uganda closed the border. Ugandan police deployed. Kampala said Uganda was ready. "
     "Ruto was criticised by opposition lawmakers on Tuesday.", "2023-03-01", "opposition lawmakers", "KEN.OPP"),
]


@pytest.mark.parametrize("text, date, phrase, key", CASES)
def test_the_opposition_belongs_to_the_leader_its_sentence_names(nlp, text, date, phrase, key):
    assert key_of(table_of(nlp, text, date), text, phrase) == key


def test_an_opposition_figure_named_by_title_takes_that_country_too(nlp):
    text = ("Colombia closed the border. Colombia protested. Colombian troops moved. Bogota said Colombia would act. "
            "The opposition leader Juan Guaido, who urged soldiers to abandon Maduro, spoke in Caracas.")
    assert key_of(table_of(nlp, text, "2019-09-10"), text, "Juan Guaido") == "VEN.OPP"


@pytest.mark.parametrize("text, date, phrase", [
    # leaders of two countries in the sentence: neither is more likely, the home guess stands
    ("Greece protested. Greek ships sailed. Athens said Greece would respond. "
     "The opposition said Erdogan and Putin had failed.", "2019-06-01", "The opposition"),
    # no leader named: the home guess stands
    ("Greece protested. Greek ships sailed. Athens said Greece would respond. "
     "The opposition said the economy had failed.", "2019-06-01", "The opposition"),
])
def test_without_one_leaders_country_the_opposition_keeps_the_home_reading(nlp, text, date, phrase):
    assert key_of(table_of(nlp, text, date), text, phrase) == "GRC.OPP"
