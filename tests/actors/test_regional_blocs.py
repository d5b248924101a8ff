"""A regional bloc named by its region's adjective is that region's organisation, not the region."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


@pytest.mark.parametrize("text,phrase,key", [
    ("The West African bloc threatened to use force against the junta in Niger.", "West African bloc", "ECOWAS"),
    ("Leaders of the West African regional bloc met in Abuja on Sunday.", "West African regional bloc", "ECOWAS"),
    ("The Southeast Asian bloc urged Myanmar's generals to end the violence.", "Southeast Asian bloc", "ASEAN"),
    ("Myanmar was barred from the summit of the Southeast Asian grouping.", "Southeast Asian grouping", "ASEAN"),
    ("The European bloc froze the assets of six Iranian officials.", "European bloc", "EU"),
    ("The Gulf Arab bloc condemned the attack on the Saudi tanker.", "Gulf Arab bloc", "GCC"),
    ("The Southern African bloc sent troops to Mozambique's Cabo Delgado.", "Southern African bloc", "SADC"),
    ("The Caribbean regional bloc called for new elections in Haiti.", "Caribbean regional bloc", "CARICOM"),
])
def test_a_regional_bloc_is_its_organisation(nlp, text, phrase, key):
    table = table_of(nlp, text)
    i = text.index(phrase)
    m = table.at(i, i + len(phrase))
    assert m is not None and m.key == key


def test_the_regional_bloc_after_it_is_the_same_organisation(nlp):
    text = "The West African bloc suspended Niger on Sunday. The regional bloc later lifted the sanctions."
    table = table_of(nlp, text)
    i = text.index("The regional bloc")
    m = table.at(i, i + len("The regional bloc"))
    assert m is not None and m.key == "ECOWAS"
