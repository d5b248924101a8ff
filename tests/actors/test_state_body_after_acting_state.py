"""An unowned state body ("the government") after a state acted in the sentence before is that state's government."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

US_FIRST = "The US said Iran must stop. The US said the US would act. Washington warned Iran. "


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        (US_FIRST + "Tehran rejected the claim. The government said the US was lying.", "The government", "IRN.GOV"),
        (US_FIRST + "Iran denied it on Monday. The authorities called the report false.", "The authorities", "IRN.GOV"),
        (US_FIRST + "Tehran dismissed the warning. The regime has long denied seeking arms.", "The regime", "IRN.GOV"),
    ],
)
def test_a_state_body_after_a_state_acted_is_that_states(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        # the state is no subject of the sentence before: the home country's guess stays
        (US_FIRST + "Oil prices rose after the talks with Iran. The government said prices would fall.",
         "The government", "USA.GOV"),
        # two sentences back is too far
        (US_FIRST + "Tehran rejected the claim. Oil prices rose. The government said prices would fall.",
         "The government", "USA.GOV"),
    ],
)
def test_a_state_body_with_no_state_acting_just_before_keeps_the_home_guess(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key
