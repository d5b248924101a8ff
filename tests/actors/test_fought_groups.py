"""Armed groups a state's force acts on are that state's ("Ethiopian troops attacked rebels"), not the home guess."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

# a story filed from a neighbour that names the neighbour most
KENYA_MOSTLY = "Kenya closed its border. Kenya said Kenyan towns were calm. Nairobi sent aid. "


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        (KENYA_MOSTLY + "Ethiopian troops attacked rebels in the north.", "rebels", "ETH.REB"),
        (KENYA_MOSTLY + "Somalia's army launched air strikes on rebel positions near the coast.", "rebel", "SOM.REB"),
        (KENYA_MOSTLY + "Sudanese soldiers killed dozens of insurgents on Sunday.", "insurgents", "SDN.REB"),
    ],
)
def test_an_armed_group_a_states_force_acts_on_is_that_states(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        # the group acting, not acted on, keeps the home guess
        (KENYA_MOSTLY + "Rebels attacked Ethiopian troops in the north.", "Rebels", "KEN.REB"),
        # acted on by no armed force
        (KENYA_MOSTLY + "Ethiopia's foreign minister condemned rebels in the north.", "rebels", "KEN.REB"),
    ],
)
def test_groups_not_acted_on_by_a_force_keep_their_reading(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key
