"""Groups of states named as a region ("Pacific island nations", "Gulf nations") and demonym nouns ("a Dutchman")."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("New Zealand pledged funds for Pacific island nations facing rising seas.", "Pacific island nations", "PAC"),
        ("Japan said the money would go to the Pacific region next year.", "Pacific region", "PAC"),
        ("Gulf nations accused Doha of backing militants.", "Gulf nations", "PGS"),
        ("Gulf Arab monarchies cut ties with Qatar.", "Gulf Arab monarchies", "PGS"),
    ],
)
def test_a_named_group_of_states_is_its_region(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("The captives included a Dutchman and two Malaysians.", "Dutchman", "NLD"),
        ("Rebels freed an Irishman held since May.", "Irishman", "IRL"),
        ("Two Englishmen were among the hostages.", "Englishmen", "GBR"),
    ],
)
def test_a_demonym_noun_names_its_country(nlp, text, phrase, code):
    assert (key_of(table_of(nlp, text), text, phrase) or "").split(".")[0] == code


def test_an_ocean_is_no_region_of_states(nlp):
    text = "North Korea fired a missile into the Pacific Ocean on Monday."
    assert key_of(table_of(nlp, text), text, "Pacific Ocean") is None
