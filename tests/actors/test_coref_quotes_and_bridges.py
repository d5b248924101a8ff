"""Quotation-aware coreference, bridging titles, role agreement and relative clauses."""

from __future__ import annotations

from actor_helpers import table_of

from tidings.actors import DocActors
from tidings.actors.coref import quotes, roles_agree
from tidings.records import ActorMention


def mention_at(table: DocActors, text: str, word: str, nth: int = 0) -> ActorMention | None:
    """The coded mention holding the ``nth`` occurrence of ``word`` (a whole token)."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    hits = [m for m in table.mentions if m.start <= i < m.end and m.key]
    return min(hits, key=lambda m: m.end - m.start) if hits else None


# ------------------------------------------------------------------ quotation marks


def test_quotes_straight_marks_take_their_side_from_the_spaces(nlp):
    doc = nlp('The ministry called the report "baseless". "We reject it," a spokesman said.')
    spans = [doc[q.start : q.end].text for q in quotes(doc)]
    assert spans == ["baseless", "We reject it,"]


def test_quotes_unclosed_paragraph_runs_on_into_the_next(nlp):
    text = (
        'The envoy spoke after the talks.\n\n"We came here in good faith.\n\n'
        'We leave with nothing to show for it," Petrov said.'
    )
    doc = nlp(text)
    spans = quotes(doc)
    assert len(spans) == 2
    assert not spans[0].closed and spans[1].closed
    assert doc[spans[0].start].text == "We"


def test_quotes_orphan_closing_mark_opens_at_the_paragraph_start(nlp):
    doc = nlp('Officials met in Geneva.\n\nThe talks were useful," the envoy said.')
    (q,) = quotes(doc)
    assert doc[q.start].text == "The" and q.closed and not q.opened


# ------------------------------------------------------------------ "I" and "we" inside quotations


def test_first_person_in_a_multi_paragraph_quote_is_its_attributed_speaker(nlp):
    text = (
        "Lithuanian Foreign Minister Gabrielius Landsbergis met Ukrainian officials in Vilnius on Monday.\n\n"
        '"I want to be clear about this.\n\n'
        'We will keep sending air defence systems as long as it takes," Landsbergis told reporters.'
    )
    table = table_of(nlp, text, "2023-05-08")
    i_ = mention_at(table, text, "I ")
    we = mention_at(table, text, "We ")
    assert i_ is not None and (i_.key, i_.name) == ("LTU.GOV", "Gabrielius Landsbergis")
    assert we is not None and we.key == "LTU.GOV"
    assert "speaker of the quotation" in we.evidence


def test_first_person_quote_attributed_before_the_opening_mark(nlp):
    text = 'Kenyan President William Ruto told the summit: "My government will not accept these tariffs."'
    table = table_of(nlp, text, "2024-03-01")
    m = mention_at(table, text, "My")
    assert m is not None and (m.key, m.name) == ("KEN.GOV", "William Ruto")


def test_author_first_person_outside_quotes_is_not_an_actor(nlp):
    text = "I travelled to Goma last week. Congolese troops were patrolling the roads."
    table = table_of(nlp, text)
    assert mention_at(table, text, "I ") is None


def test_pronoun_after_a_quote_skips_the_names_inside_it(nlp):
    text = (
        "The Omani Foreign Ministry issued a statement on Sunday. "
        '"Talks between Iran and the United States will continue in Muscat next week," it said.'
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "it said")
    assert m is not None and m.key == "OMN.GOV"


# ------------------------------------------------------------------ descriptions


def test_the_minister_skips_a_president_for_the_minister(nlp):
    text = (
        "Deputy Foreign Minister Olena Marchuk of Ukraine met envoys in Kyiv. "
        "She said the visit by US President Joe Biden had been postponed. "
        "Marchuk called the delay regrettable. "
        "The minister also said talks on air defence would resume in May."
    )
    table = table_of(nlp, text, "2023-02-01")
    m = mention_at(table, text, "The minister")
    assert m is not None and (m.key, m.name) == ("UKR.GOV", "Olena Marchuk")


def test_the_official_reaches_a_speaker_across_a_long_quotation(nlp):
    text = (
        "Speaking at a briefing, Russian Foreign Ministry spokeswoman Maria Zakharova dismissed the report. "
        "According to Zakharova, the claims were checked. "
        '"We study every such claim. We talk to our partners. We publish what we find. '
        'We do not hide anything. We never have. We will not start now," the official added.'
    )
    table = table_of(nlp, text, "2023-06-01")
    m = mention_at(table, text, "the official")
    assert m is not None and (m.key, m.name) == ("RUS.GOV", "Maria Zakharova")


def test_roles_agree_within_families_and_not_across():
    assert roles_agree("minister", "foreign minister")
    assert roles_agree("spokeswoman", "spokesman")
    assert roles_agree("official", "president")
    assert not roles_agree("minister", "president")
    assert not roles_agree("general", "spokesperson")


def test_the_group_takes_the_armed_group(nlp):
    text = (
        "Al-Shabaab fighters attacked a base near Kismayo in Somalia on Friday. "
        "The group said in a statement that it had seized weapons."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "The group")
    assert m is not None and m.key.startswith("SOM.REB:")


def test_the_alliance_takes_the_organisation(nlp):
    text = "NATO leaders gathered in Vilnius for two days. The alliance said Ukraine would be invited to join."
    table = table_of(nlp, text)
    m = mention_at(table, text, "The alliance")
    assert m is not None and m.key == "NATO"


# ------------------------------------------------------------------ bridging titles


def test_bridge_ministry_spokeswoman_belongs_to_the_ministry_just_named(nlp):
    text = (
        "Protests spread across Moldova on Sunday. Russia's Foreign Ministry rejected the accusation. "
        "A ministry spokeswoman said Moscow had never interfered."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "A ministry spokeswoman")
    assert m is not None and m.key == "RUS.GOV"
    assert "ministry named before" in m.evidence


def test_bridge_bloc_possessive_title_takes_the_bloc(nlp):
    text = (
        "Belarus denied the charges. The European Union adopted new sanctions on Minsk. "
        "The bloc's foreign policy chief said the measures took effect at once."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "foreign policy chief")
    assert m is not None and m.key == "EU"


def test_bridge_government_possessive_takes_the_acting_state(nlp):
    text = (
        "North Korea fired two missiles on Tuesday. "
        "Japan lodged a protest through its embassy in Beijing, the government's chief spokesman said."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "chief spokesman")
    assert m is not None and m.key == "JPN.GOV"


def test_bridge_named_person_with_institution_title(nlp):
    text = (
        "Floods hit southern Pakistan again. The European Commission said it had released new funds. "
        '"Our partners are on the ground," said Commission spokesperson Anna Virtanen.'
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "Anna Virtanen")
    assert m is not None and (m.key, m.name) == ("EU", "Anna Virtanen")


def test_unanchored_government_spokesman_keeps_the_home_country(nlp):
    text = (
        "Kenya and Tanzania signed a trade deal in Arusha. Uganda welcomed the deal. "
        "Kenya will cut tariffs first. A government spokesman said Kenya would review its tariffs."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "A government spokesman")
    assert m is not None and m.key == "KEN.GOV"


# ------------------------------------------------------------------ pronouns


def test_relative_clause_pronoun_takes_the_relative_head(nlp):
    text = "Moscow condemned Western countries, which keep boasting about their weapons deliveries to Kyiv."
    table = table_of(nlp, text)
    m = mention_at(table, text, "their")
    assert m is not None and m.key == "WST"


def test_it_takes_the_body_named_inside_a_plural_subject(nlp):
    text = (
        "After the meeting in Jakarta, the Asean ministers discussed the crisis in Myanmar. "
        '"We remain committed to the peace plan," it said.'
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "it said")
    assert m is not None and m.key == "ASEAN"


def test_surname_mention_carries_title_strength_and_role(nlp):
    text = (
        "Iranian Foreign Ministry spokesman Nasser Kanaani spoke on Monday. Kanaani rejected the claims. "
        "The spokesman said no drones had been sent."
    )
    table = table_of(nlp, text, "2023-01-10")
    m = mention_at(table, text, "The spokesman")
    assert m is not None and (m.key, m.name) == ("IRN.GOV", "Nasser Kanaani")


# ------------------------------------------------------------------ documents speak for their issuer


def test_the_statement_speaks_for_the_ministry_that_issued_it(nlp):
    text = (
        "North Korea condemned the joint drills on Monday. In a statement carried by state media, "
        "the North's Defence Ministry said the exercises were a rehearsal for invasion. "
        '"Our army will respond," the statement said.'
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "the statement said")
    assert m is not None and m.key == "PRK.MIL"
    assert "statement" in m.evidence


def test_report_owned_through_according_to(nlp):
    text = (
        "The International Atomic Energy Agency said Iran had expanded enrichment, according to a report "
        "seen by journalists. The report said inspectors were denied access twice."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "The report")
    assert m is not None and m.key == "IAEA"


def test_issued_document_owner(nlp):
    text = (
        "Talks in Geneva ended without a deal. Russia's Foreign Ministry issued a statement on Monday. "
        "The statement said Moscow remained open to dialogue."
    )
    table = table_of(nlp, text)
    m = mention_at(table, text, "The statement")
    assert m is not None and m.key == "RUS.GOV"
