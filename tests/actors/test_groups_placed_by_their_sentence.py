"""Police, protesters and the opposition are of the place their sentence puts the action in, not the home guess.

The home country is the state an article names most often; a story filed from one
capital about a quarrel with another state can name the other one more. A bare
group noun whose country was only that guess takes the country of a locative phrase
in its own sentence ("in Lima", "outside the embassy in Hanoi").
"""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

# the other state is named more often than the place of the action
SPAIN_MOSTLY = "Spain recalled its envoy. Spain said Spanish citizens were safe. Madrid denied the charge. "


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        (SPAIN_MOSTLY + "Police used water cannon against students in Lima.", "Police", "PER.COP"),
        (SPAIN_MOSTLY + "Protesters gathered outside the Spanish embassy in Lima.", "Protesters", "PER"),
        (SPAIN_MOSTLY + "Riot police detained dozens of demonstrators at a square in Peru.", "Riot police", "PER.COP"),
        (SPAIN_MOSTLY + "The opposition staged a march in Lima on Friday.", "The opposition", "PER.OPP"),
    ],
)
def test_a_home_guessed_group_takes_the_place_of_its_sentence(nlp, text, phrase, key):
    got = key_of(table_of(nlp, text), text, phrase) or ""
    assert got == key or got.split(".")[0] == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        # no place in the sentence: the home guess stands
        (SPAIN_MOSTLY + "Police used water cannon against students.", "Police", "ESP.COP"),
        # a group with its own country keeps it
        (SPAIN_MOSTLY + "Spanish police detained two men in Lima.", "Spanish police", "ESP.COP"),
        # troops abroad stay their own state's
        (SPAIN_MOSTLY + "Troops patrolled the streets in Lima.", "Troops", "ESP.MIL"),
    ],
)
def test_groups_with_no_place_their_own_country_or_forces_keep_their_reading(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key
