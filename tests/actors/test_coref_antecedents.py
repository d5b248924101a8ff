"""Pronouns, descriptions, surnames and acronyms resolve to their antecedent's key and name."""

from __future__ import annotations

from actor_helpers import table_of

from tidings.actors import DocActors
from tidings.records import ActorMention


def token_mention(nlp, table: DocActors, text: str, word: str, nth: int = 0) -> ActorMention | None:
    doc = nlp(text)
    toks = [t for t in doc if t.text == word]
    return table.for_token(toks[nth])


def test_coref_she_takes_the_female_speaker(nlp):
    text = (
        "Foreign Minister Sergei Lavrov met Annalena Baerbock in Berlin. "
        '"We will not accept this," Baerbock said. "It is a grave mistake," she added.'
    )
    table = table_of(nlp, text)
    m = token_mention(nlp, table, text, "she")
    assert m is not None and (m.key, m.name) == ("DEU.GOV", "Annalena Baerbock")
    assert m.text == "she"


def test_coref_he_takes_previous_subject(nlp):
    text = (
        "Iranian Foreign Ministry spokesman Nasser Kanaani rejected the report on Thursday. "
        "He said Iran had not supplied any weapons."
    )
    table = table_of(nlp, text)
    m = token_mention(nlp, table, text, "He")
    assert m is not None and m.key == "IRN.GOV" and m.name == "Nasser Kanaani"


def test_coref_the_official_resolves_to_the_named_person_introduced_later(nlp):
    text = (
        "State media quoted a senior DPRK official who rejected the accusations. "
        "In his statement, the official warned of a strong response. "
        '"This is a provocation," said Choe Son Ho, vice director of DPRK\'s Foreign Ministry.'
    )
    table = table_of(nlp, text)
    i = text.index("the official")
    m = table.at(i, i + len("the official"))
    assert m is not None and (m.key, m.name) == ("PRK.GOV", "Choe Son Ho")


def test_coref_bare_surname_without_ner(nlp):
    text = (
        "Kwon Jong Gun, director general of the Department of US Affairs of DPRK's Foreign Ministry, issued a statement. "
        'Kwon called it "a foolish attempt".'
    )
    table = table_of(nlp, text)
    m = token_mention(nlp, table, text, "Kwon", nth=1)
    assert m is not None and (m.key, m.name) == ("PRK.GOV", "Kwon Jong Gun")


def test_coref_the_two_takes_the_pair_subject(nlp):
    text = (
        "NATO Secretary-General Jens Stoltenberg met South Korean Foreign Minister Park Jin in Seoul. "
        "The two also discussed the war in Ukraine."
    )
    table = table_of(nlp, text)
    i = text.index("The two")
    m = table.at(i, i + len("The two"))
    assert m is not None and m.key == "NATO"


def test_coref_it_skips_possessors_for_the_subject(nlp):
    text = "Egypt's Foreign Ministry blamed Ethiopia for the failure. It said talks had collapsed."
    table = table_of(nlp, text)
    m = token_mention(nlp, table, text, "It")
    assert m is not None and m.key == "EGY.GOV"


def test_coref_the_ministry_takes_the_earlier_ministry(nlp):
    text = "The Russian Foreign Ministry summoned the envoy. Later the ministry issued a protest note."
    table = table_of(nlp, text)
    i = text.index("the ministry")
    m = table.at(i, i + len("the ministry"))
    assert m is not None and m.key == "RUS.GOV"


def test_coref_acronym_introduced_in_parentheses(nlp):
    text = "In Sudan, the Abu Shouk Emergency Room (ASER) reported two deaths. ASER also said ten were hurt."
    table = table_of(nlp, text)
    i = text.rindex("ASER")
    m = table.at(i, i + 4)
    assert m is not None and m.key == "SDN.NGO"


def test_coref_we_inside_a_quote_is_the_speaker(nlp):
    text = 'Kim Yo Jong, the sister of the leader, spoke on Thursday. "We strongly condemn this," she added.'
    table = table_of(nlp, text)
    m = token_mention(nlp, table, text, "We")
    assert m is not None and m.name == "Kim Yo Jong"


def test_coref_the_militants_take_the_armed_group_named_before(nlp):
    cases = [
        ("Hamas fighters attacked an army post near Gaza. Israel said the militants had fired rockets.",
         "the militants", "PSE.REB:Hamas"),
        ("The Revolutionary Armed Forces of Colombia announced an offensive. "
         "Venezuela denied that the rebels were hiding on its soil.", "the rebels", "COL.REB:FARC"),
        ("Al-Shabaab claimed the bombing in Mogadishu. Kenya vowed to pursue the militants across the border.",
         "the militants", "SOM.REB:al-Shabaab"),
    ]
    for text, phrase, key in cases:
        table = table_of(nlp, text)
        i = text.index(phrase)
        m = table.at(i, i + len(phrase))
        assert m is not None and m.key == key, (text, m)


def test_coref_rebels_with_no_armed_group_named_keep_their_state(nlp):
    text = "Syrian troops shelled the town. The rebels said they would retaliate."
    table = table_of(nlp, text)
    i = text.index("The rebels")
    m = table.at(i, i + len("The rebels"))
    assert m is not None and m.key == "SYR.REB"


def test_coref_a_subject_pronoun_skips_the_parties_of_its_fronted_prepositional_phrase(nlp):
    cases = [
        ("Japan and Norway met on Monday. On North Korea, they shared the view that the tests were a threat.",
         "they", "JPN.GOV"),
        ("Wang Yi spoke by phone on Tuesday. In a call with Blinken, he said China would not supply weapons.",
         "he", "CHN.GOV"),
        ("Turkey hosted the talks. Regarding Syria, it said a ceasefire was needed.", "it", "TUR.GOV"),
    ]
    for text, word, key in cases:
        table = table_of(nlp, text)
        m = token_mention(nlp, table, text, word)
        assert m is not None and m.key == key, (text, m)


def test_coref_an_antecedent_in_a_clause_before_the_pronoun_still_counts(nlp):
    text = "After Iran launched the drones, it warned Israel against retaliation."
    table = table_of(nlp, text)
    m = token_mention(nlp, table, text, "it")
    assert m is not None and m.key == "IRN.GOV"


def test_coref_a_body_owned_by_a_named_leader_is_the_leaders_states(nlp):
    cases = [  # text, head word, its occurrence, key, date
        ("Colombia's government backed a campaign to oust Maduro's socialist government.",
         "government", 1, "VEN.GOV", "2019-03-01"),
        ("Protests erupted in Kenya. Critics said Putin's government had rigged the vote.",
         "government", 0, "RUS.GOV", "2019-03-01"),
        ("Egypt's army closed the border. Netanyahu's army then shelled Rafah.", "army", 1, "ISR.MIL", "2023-11-01"),
    ]
    for text, word, nth, key, date in cases:
        table = table_of(nlp, text, date)
        m = token_mention(nlp, table, text, word, nth)
        assert m is not None and m.key == key, (text, m)


def test_coref_a_body_with_no_named_owner_still_takes_the_earlier_one(nlp):
    text = "Colombia's government protested. Venezuela said the government was lying."
    table = table_of(nlp, text)
    i = text.index("the government")
    m = table.at(i, i + len("the government"))
    assert m is not None and m.key == "COL.GOV"
