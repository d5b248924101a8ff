"""A state body acted on by another state's actor is not the government of the previous sentence's state.

"Chile urged calm. The army chief dissolved the cabinet": the cabinet the army chief
dissolves is of the story's own state, not Chile's, though Chile acted in the sentence
before. A state body that is its sentence's subject still follows the state acting before.
"""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

BOLIVIA = "Bolivia's army seized power on Monday. Bolivian soldiers patrolled La Paz. "


@pytest.mark.parametrize(
    "text, phrase",
    [
        (BOLIVIA + "Chile called for calm. The army chief dissolved the cabinet.", "the cabinet"),
        (BOLIVIA + "Peru urged restraint. The general suspended the government on Tuesday.", "the government"),
        (BOLIVIA + "Argentina demanded elections. The military leader dissolved the government on Wednesday.",
         "the government"),
    ],
)
def test_a_body_acted_on_by_another_states_actor_keeps_the_home_state(nlp, text, phrase):
    assert (key_of(table_of(nlp, text), text, phrase) or "").split(".")[0] == "BOL"


def test_a_body_that_is_the_subject_still_follows_the_state_acting_before(nlp):
    text = BOLIVIA + "Chile rejected the claim. The government said it had no troops at the border."
    assert (key_of(table_of(nlp, text), text, "The government") or "").split(".")[0] == "CHL"
