"""A weak role word with no name or "the" still names a party when it heads a clause's subject or a passive's
agent ("a court sentenced", "prosecutors charged", "was jailed by a judge"), and bodies that sit where they
govern or judge belong to the country a locative phrase names ("the junta in Mali", "a court in Tehran")."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize("text, phrase, key", [
    ("TEHRAN, Iran (AP) — A court sentenced a British-Iranian charity worker to five years on Sunday.",
     "A court", "IRN.JUD"),
    ("ANKARA, Turkey — Prosecutors charged 40 people over the protests, state media reported.",
     "Prosecutors", "TUR.JUD"),
    ("MOSCOW — The reporter was jailed by a judge after a closed hearing, his lawyers said.", "a judge", "RUS.JUD"),
])
def test_a_bare_judicial_subject_or_agent_takes_the_article_home(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize("text, phrase, key", [
    ("Protests spread in Senegal on Monday. A court in Moscow sentenced a Senegalese student the same day.",
     "A court in Moscow", "RUS.JUD"),
    ("Senegal's president spoke on Sunday. The junta in neighbouring Mali said it was following events closely.",
     "The junta in neighbouring Mali", "MLI.MIL"),
    ("Kenya's cabinet met on Monday. The regime in Damascus welcomed the Arab League decision.",
     "The regime in Damascus", "SYR.GOV"),
    ("Poland's farmers blocked roads. Lawmakers in Kyiv approved the new mobilisation law.",
     "Lawmakers in Kyiv", "UKR.LEG"),
])
def test_bodies_belong_to_the_country_they_sit_in(nlp, text, phrase, key):
    table = table_of(nlp, text)
    i = text.index(phrase)
    keys = {m.key for m in table.inside(i, i + len(phrase)) if m.key}
    assert key in keys


@pytest.mark.parametrize("text, phrase", [
    ("KABUL — Officers said the road to the airport was closed.", "Officers"),  # police or army: not said
    ("The tennis court was closed for repairs, the club said.", "court"),  # a modifier-less noun, not a doer
])
def test_words_that_do_not_say_whose_stay_unguessed(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) is None


# an envoy sent to or for a state speaks for the body that sends it


@pytest.mark.parametrize("text, phrase, key", [
    ("MOGADISHU - The UN's special envoy for Somalia said the talks were constructive.",
     "The UN's special envoy for Somalia", "UN"),
    ("The EU's special representative for the Sahel said the junta must hold elections.",
     "The EU's special representative for the Sahel", "EU"),
    ("Ethiopia's UN ambassador said the resolution was unfair.", "Ethiopia's UN ambassador", "ETH.GOV"),
    ("The ambassador of Kenya to the UN said Nairobi would vote yes.", "The ambassador of Kenya", "KEN.GOV"),
])
def test_an_envoy_speaks_for_its_sender_not_its_destination(nlp, text, phrase, key):
    table = table_of(nlp, text)
    i = text.index(phrase)
    keys = {m.key for m in table.inside(i, i + len(phrase)) if m.key and m.end - m.start > 10}
    assert key in keys
