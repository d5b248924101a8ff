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
        # a subject takes only the state of the reporter of its clause, never one named before
        # (a description that fits known states is resolved: see the state_descriptions tests below)
        ("Qatar hosted the talks. Officials said the small nation had recalled its ambassador.",
         "the small nation"),
        ("Kenya closed the border. The country recalled its ambassador.", "The country"),
        ("Reporters in Doha said the kingdom would cut ties with Iran.", "the kingdom"),
    ],
)
def test_a_state_noun_that_is_no_owner_another_state_or_unnamed_is_no_actor(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) is None


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Qatar said the small Gulf nation had recalled its ambassador.", "the small Gulf nation", "QAT.GOV"),
        ("The official Saudi news agency said the kingdom had decided to sever ties with Iran.", "the kingdom",
         "SAU.GOV"),
        ("Iran's foreign ministry says the country will expel two British diplomats.", "the country", "IRN.GOV"),
        ("Ghanaian officials announced that the nation was expelled from the bloc.", "the nation", "GHA.GOV"),
    ],
)
def test_the_subject_of_a_reported_clause_is_the_reporters_state(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_a_reported_state_noun_subject_carries_the_event():
    from tidings.pipeline import analyze_text

    text = "The official Saudi news agency said the kingdom had decided to sever ties with Qatar."
    events = analyze_text(text).events
    assert any(e.cameo.startswith("16") and e.source.key == "SAU.GOV" and e.target is not None
               and e.target.key == "QAT.GOV" for e in events)
    text = "Reporters in Doha said the kingdom had decided to sever ties with Qatar."
    assert not any(e.source is not None and e.source.key == "SAU.GOV" for e in analyze_text(text).events)


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Iran rejected the proposal on Monday. The Islamic Republic has long denied seeking nuclear arms.",
         "The Islamic Republic", "IRN.GOV"),
        ("Cuba released the prisoners. The island nation has faced sanctions for decades.", "The island nation",
         "CUB.GOV"),
        ("Qatar denied the charges. The Gulf state has said it will keep the base open.", "The Gulf state", "QAT.GOV"),
        ("Israel struck targets in Gaza. The Jewish state said it had hit militants.", "The Jewish state", "ISR.GOV"),
    ],
)
def test_a_described_state_noun_as_main_subject_is_the_state_named_before(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, named",
    [
        ("Texas sued the government. The US state said the rule was illegal.", "The US state", "USA.GOV"),
        ("Kenya closed the border. The state said the rule was illegal.", "The state", "KEN.GOV"),  # undescribed
        ("Kenya closed the border. Officials said the island nation had agreed.", "the island nation", "KEN.GOV"),
    ],
)
def test_a_state_noun_naming_a_state_undescribed_or_reported_is_not_the_state_named_before(nlp, text, phrase, named):
    assert key_of(table_of(nlp, text), text, phrase) != named


def test_a_proper_state_description_in_a_controlled_clause_is_not_the_controller(nlp):
    text = "Iran fired missiles. He said Riyadh would not let the Islamic Republic threaten the kingdom's security."
    assert key_of(table_of(nlp, text), text, "the Islamic Republic") != "SAU.GOV"


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        # the description picks the state it fits, not the clause's other state
        ("Iran fired missiles. Riyadh said it would keep sanctions on the Islamic Republic.",
         "the Islamic Republic", "IRN.GOV"),
        ("Iran fired missiles. He said Riyadh would not let the Islamic Republic threaten the kingdom's security.",
         "the Islamic Republic", "IRN.GOV"),
        ("Qatar hosted the talks. Officials said the small Gulf nation had recalled its ambassador.",
         "the small Gulf nation", "QAT.GOV"),
        ("The US imposed sanctions on Iran. Saudi Arabia said it backed sanctions on the Islamic Republic.",
         "the Islamic Republic", "IRN.GOV"),
        ("Qatar denied the charges. Egypt and Saudi Arabia cut ties with the small Gulf nation on Monday.",
         "the small Gulf nation", "QAT.GOV"),
        ("Cuba freed prisoners. The US said it would ease curbs on the island nation.", "the island nation", "CUB.GOV"),
    ],
)
def test_a_state_description_is_the_fitting_state_the_article_names(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Kenya closed the border. The island nation said it would respond.", "The island nation"),  # none fits
        ("Cuba freed prisoners. Many visitors stayed in the island nation for weeks.", "the island nation"),  # place
        ("Peru held talks. Officials of the Gulf state attended.", "the Gulf state"),
    ],
)
def test_a_state_description_with_no_fitting_state_or_as_a_place_is_no_actor(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) is None


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Saudi Arabia executed a cleric. Iran protested. The kingdom has denied any wrongdoing.", "The kingdom",
         "SAU.GOV"),
        ("Saudi Arabia executed a cleric. Protesters stormed the embassy and Iran condemned the kingdom.",
         "the kingdom", "SAU.GOV"),
        ("Oman hosted the talks. The sultanate said it would mediate.", "The sultanate", "OMN.GOV"),
    ],
)
def test_a_monarchy_noun_is_the_monarchy_the_article_names(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


def test_a_monarchy_noun_with_no_monarchy_named_is_no_actor(nlp):
    text = "Iran protested on Monday. The kingdom has denied any wrongdoing."
    assert key_of(table_of(nlp, text), text, "The kingdom") is None


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("Jordan recalled its ambassador from Israel after the kingdom's protest over the raids.", "the kingdom",
         "JOR.GOV"),
        ("Qatar expelled two Egyptian diplomats following the emirate's complaint about the broadcasts.", "the emirate",
         "QAT.GOV"),
        ("Morocco suspended contacts with Germany since the kingdom's dispute with Berlin over the Sahara.",
         "the kingdom", "MAR.GOV"),
    ],
)
def test_a_description_in_a_time_adjunct_may_be_the_subject_of_its_clause(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key
