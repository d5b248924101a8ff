"""Definite state nouns ("the country", "the kingdom", "the small Gulf nation") refer back to a named state."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Saudi state media said the kingdom's envoy had been recalled from Qatar.", "the kingdom", "SAU.GOV"),
        ("Qatar said on Monday the small Gulf nation's ambassador had left Cairo.", "the small Gulf nation", "QAT.GOV"),
        ("Russia vetoed a draft that condemned the country's offensive.", "the country", "RUS.GOV"),
        ("Chile hosted the summit. The country's president also signed a trade pact with Peru.", "The country", "CHL.GOV"),
        ("Sweden joined NATO on Thursday. The nation's troops will train in Finland.", "The nation", "SWE.GOV"),
    ],
)
def test_a_possessive_state_noun_takes_the_state_named_before(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_a_body_owned_by_a_state_noun_is_that_states(nlp):
    # the article is mostly about Kenya (its home country), but "the country" here is Somalia
    text = (
        "Kenya accused Somalia of shelling Kenyan villages. Kenyan officials said Kenya would respond. "
        "Somalia later said the country's army would leave the border."
    )
    table = table_of(nlp, text)
    assert key_of(table, text, "army") == "SOM.MIL"


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Protests spread across the country after Kenya raised taxes.", "the country"),
        ("Ethiopia accused the neighbouring country's army of arming rebels.", "the neighbouring country"),
        ("The country's leaders said they would retaliate.", "The country"),  # no state named: not guessed
        ("Peru and Chile signed a deal. Each country's tariffs will fall.", "Each country"),
        ("Iran expelled the envoys. It gave them two days to leave the country.", "the country"),
        ("Ghana held elections. The president addressed the nation on Sunday.", "the nation"),
        ("Qatar said the small Gulf nation had recalled its ambassador.", "the small Gulf nation"),  # a subject
    ],
)
def test_a_state_noun_that_is_no_owner_another_state_or_unnamed_is_no_actor(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) is None
