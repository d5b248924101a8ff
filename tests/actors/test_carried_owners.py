"""A bare role noun takes the owner named for the same role just before ("Kenya's police ... Police said")."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

US_FIRST = "The US urged calm. The US said the US would help. Washington sent aid. "


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        (US_FIRST + "Kenya's police fired tear gas. Police said 12 people were held.", "Police said", "KEN.COP"),
        (US_FIRST + "Nigerian lawmakers met on Monday. Lawmakers voted to approve the budget.", "Lawmakers voted",
         "NGA.LEG"),
        (US_FIRST + "Iranian state media said talks had failed. State media also said envoys left.", "State media also",
         "IRN.GOV"),
    ],
)
def test_a_bare_role_noun_takes_the_owner_named_for_that_role_before(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        # another role word: the home country's guess stays
        (US_FIRST + "Kenya's police fired tear gas. Lawmakers condemned the raid.", "Lawmakers", "USA.LEG"),
        # a person title is no body: another office holder may be meant
        (US_FIRST + "The president of Ghana spoke. Later president Biden replied.", "president Biden", "USA.GOV"),
    ],
)
def test_other_roles_and_person_titles_keep_their_own_reading(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key
