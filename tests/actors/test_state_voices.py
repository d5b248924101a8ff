"""State media relaying a state's words take that state, not the article's home country (actors/relays.py)."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

# each story is mostly about another country (its home), so the home guess would be wrong
RELAYS = [
    ("Chad closed its border on Friday. Chad blamed rebels. Chadian troops moved north. "
     "Niger said it was recalling its ambassador, the state news agency reported.", "the state news agency", "NER.GOV"),
    ("Cuba faced new sanctions. Cuba rejected them. Cuban ministers met. "
     "Nicaragua announced that it would send doctors, state media said.", "state media", "NIC.GOV"),
    ("Armenia held talks in Yerevan. Armenia's parliament approved the plan. Armenian envoys left. "
     "Georgia will open its border, Georgia declared on Monday, according to state television.",
     "state television", "GEO.GOV"),
    ("Serbia hosted the talks. Serbian police guarded Belgrade. Serbia said little. "
     "Hungary has said it will veto the package, the state broadcaster reported.", "the state broadcaster", "HUN.GOV"),
]


@pytest.mark.parametrize("text, phrase, key", RELAYS)
def test_state_media_relaying_a_states_statement_speak_for_that_state(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize("text, phrase, home", [
    # a report about what another state did is not that state's words: the home guess stands
    ("Chad closed its border. Chad blamed rebels. Chadian troops moved north. "
     "State media said Niger had closed its airspace.", "State media", "TCD"),
    # the reported speaker is a pronoun, not a named state: left to the other rules
    ("Chad closed its border. Chad blamed rebels. Chadian troops moved north. "
     "It said it would respond, the state news agency reported.", "the state news agency", "TCD"),
])
def test_state_media_reporting_about_a_state_keep_the_home_reading(nlp, text, phrase, home):
    assert (key_of(table_of(nlp, text), text, phrase) or "").split(".")[0] == home


def test_the_speaking_state_stays_its_own_actor(nlp):
    text = ("Cuba faced new sanctions. Cuba rejected them. Cuban ministers met. "
            "Nicaragua announced that it would send doctors, state media said.")
    assert key_of(table_of(nlp, text), text, "Nicaragua") == "NIC.GOV"


@pytest.mark.parametrize("text, phrase", [
    ("Qatar was isolated. Qatar denied it. Qatari envoys left. "
     "Egypt and Bahrain said they were severing ties with Qatar, state media reported.", "state media"),
    ("Chad closed its border. Chad blamed rebels. Chadian troops moved north. "
     "Niger and Mali announced that they would recall their envoys, the state news agency said.", "the state news agency"),
])
def test_state_media_relaying_two_states_at_once_stay_unresolved(nlp, text, phrase):
    # either state's media is as likely as the other's: neither, nor the home country, is guessed
    assert key_of(table_of(nlp, text), text, phrase) is None
