"""Persons coded from titles, appositions and the dated office-holder dictionary."""

from __future__ import annotations

from actor_helpers import table_of

from tidings.actors import DocActors
from tidings.actors.lexicon import holder_for
from tidings.records import ActorMention


def at(table: DocActors, text: str, phrase: str) -> ActorMention | None:
    i = text.index(phrase)
    return table.at(i, i + len(phrase))


def test_people_title_before_name_gives_the_head(nlp):
    text = "South Korean Foreign Minister Park Jin met his Japanese counterpart in Tokyo."
    m = at(table_of(nlp, text), text, "South Korean Foreign Minister Park Jin")
    assert m is not None and (m.key, m.name) == ("KOR.GOV", "Park Jin")


def test_people_igo_title(nlp):
    text = "NATO Secretary-General Jens Stoltenberg arrived in Vilnius."
    m = at(table_of(nlp, text), text, "NATO Secretary-General Jens Stoltenberg")
    assert m is not None and (m.key, m.name) == ("NATO", "Jens Stoltenberg")


def test_people_spokesperson_for_a_ministry(nlp):
    text = "Spokesperson for the Russian Foreign Ministry Maria Zakharova said the claims were false."
    m = at(table_of(nlp, text), text, "Maria Zakharova")
    assert m is not None and m.key == "RUS.GOV" and m.kind == "person"


def test_people_apposition_after_name_picks_the_bound_country(nlp):
    text = (
        '"This is a provocation," said Lee Min Ho, director general of the Department of US Affairs '
        "of DPRK's Foreign Ministry."
    )
    m = at(table_of(nlp, text), text, "Lee Min Ho")
    assert m is not None and m.key == "PRK.GOV"
    assert m.evidence.startswith("apposition")


def test_people_apposition_before_name(nlp):
    text = "The deputy head of the Central Committee of the Workers' Party of Korea, Ri Hyon Song, criticised the drills."
    m = at(table_of(nlp, text), text, "Ri Hyon Song")
    assert m is not None and m.key == "PRK.GOV"


def test_people_unknown_role_person_takes_home_country_sector(nlp):
    text = "Hong Kong police arrested Tam Ka Ming, a young activist, at his home."
    m = at(table_of(nlp, text), text, "Tam Ka Ming")
    assert m is not None and m.key == "HKG.OPP"


def test_people_dictionary_holder_without_title(nlp):
    text = "Lavrov told reporters the proposal was unacceptable."
    m = at(table_of(nlp, text, date="2023-05-01"), text, "Lavrov")
    assert m is not None and m.key == "RUS.GOV"


def test_people_dictionary_dates_pick_the_holder_in_office():
    assert holder_for("Joseph Aoun", "2020-01-01").key == "LBN.MIL"
    assert holder_for("Joseph Aoun", "2025-06-01").key == "LBN.GOV"
    assert holder_for("Joseph Aoun", None).key == "LBN.GOV"  # no date: the latest office


def test_people_full_name_spreads_to_later_surnames(nlp):
    text = (
        "German Foreign Minister Johann Wadephul criticised Moscow on Friday. "
        "Wadephul said the decision was unjustified."
    )
    table = table_of(nlp, text)
    m = at(table, text, "Wadephul said")
    assert m is not None and (m.key, m.name) == ("DEU.GOV", "Johann Wadephul")
