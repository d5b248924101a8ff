"""Releases of named people, removal by vote, criminal charges as legal action, and nouns inside hyphenated adjectives."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .conftest import one

Run = Callable[..., list[Any]]


def test_release_of_a_named_party_is_a_release_of_people(code_events: Run) -> None:
    ev = one(code_events("Hamas released two Israeli troops on Sunday after talks in Egypt."), "08")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("0841", "PSE.REB:Hamas", "ISR.MIL")


def test_release_of_a_document_is_not_an_event(code_events: Run) -> None:
    evs = code_events("Pakistan released a report on India on Monday.")
    assert not [e for e in evs if e.cameo.startswith("08")]


def test_release_in_the_passive_is_left_to_the_dictionary(code_events: Run) -> None:
    evs = code_events("Two Israeli troops were released by Hamas on Sunday.")
    assert not [e for e in evs if e.pattern == "0841:verb:release +actor"]


def test_voted_out_is_removal_from_office(code_events: Run) -> None:
    ev = one(code_events("Ukraine's parliament voted out the speaker on Tuesday."), "17")
    assert ev.cameo == "172"


def test_hyphenated_place_description_does_not_swallow_a_promise(code_events: Run) -> None:
    # "war-torn" describes the place; it must not become an embedded act that folds the promise away
    evs = code_events("Britain has promised to continue military aid to war-torn Syria.")
    ev = one(evs, "03")
    assert (ev.source.key, ev.target.key) == ("GBR", "SYR")
    assert not [e for e in evs if e.trigger.text == "war"]


def test_passive_participle_noun_is_the_one_acted_on(code_events: Run) -> None:
    # a dek's "protesters charged with ...": the protesters are charged, by the police of their country
    evs = code_events("Dozens of protesters charged with sedition in major crackdown.")
    ev = one(evs, "17")
    assert ev.source.key == "PAK.COP"
    assert all(e.source.key != "PAK.CVL" for e in evs if e.cameo.startswith("17"))


def test_passive_participle_with_by_phrase_keeps_its_agent(code_events: Run) -> None:
    ev = one(code_events("Emergency aid delivered by Japan reached Pakistan on Monday."), "07")
    assert (ev.source.key, ev.target.key) == ("JPN", "PAK")


ARRESTS_BY_PLACE = [
    ("Two Israeli troops were arrested in Syria on Monday.", "SYR.COP"),
    ("Two Israeli troops were detained at a checkpoint near Tehran.", "IRN.COP"),
    ("Israeli troops were detained in Egypt's capital overnight.", "EGY.COP"),
    ("Two Israeli troops were arrested during a raid in a Syrian village.", "ISR.COP"),  # no named place
    ("Two Israeli troops were arrested on Monday.", "ISR.COP"),
]


def test_agentless_arrest_is_made_by_the_police_of_the_place_it_happens(code_events: Run) -> None:
    # nobody is named as arresting: the place named gives whose police did it, else the detainees' own
    for text, source in ARRESTS_BY_PLACE:
        ev = one(code_events(text), "17")
        assert (ev.cameo, ev.source.key, ev.target.key) == ("173", source, "ISR.MIL"), text


OWN_PEOPLE = [
    ("Turkey imposed a curfew on Tuesday.", "1723", "TUR.CVL"),
    ("Iran declared a state of emergency after the floods.", "1724", "IRN.CVL"),
    ("Sudan has banned all rallies until further notice.", "1721", "SDN.CVL"),
    ("Turkey imposed a curfew in northern Syria.", "1723", "SYR.CVL"),  # the people of the place
    ("Egypt's security forces violently quelled the unrest in Cairo.", "175", "EGY.CVL"),
]


def test_domestic_restriction_aimed_at_no_one_named_is_aimed_at_the_people(code_events: Run) -> None:
    for text, code, target in OWN_PEOPLE:
        ev = one(code_events(text), "17")
        assert (ev.cameo, ev.target.key if ev.target else None) == (code, target), text


def test_removal_from_office_is_not_aimed_at_the_people(code_events: Run) -> None:
    evs = [e for e in code_events("Pakistan's parliament ousted the prime minister on Sunday.") if e.cameo[:2] == "17"]
    assert all(e.target is None or not e.target.key.endswith(".CVL") for e in evs)


@pytest.mark.parametrize("text, target", [
    # an execution whose victim names no state of its own is of the executing state's people
    ("Iran executed two men convicted of spying for Israel.", "IRN.CVL"),
    ("Saudi Arabia cut ties with Iran after the kingdom's execution of a prominent cleric.", "SAU.CVL"),
    # a victim of a named nationality stays theirs
    ("Iran executed a British national on Saturday.", "GBR.CVL"),
])
def test_an_execution_is_aimed_at_the_doers_own_people_unless_named(analyze_text: Any, text: str,
                                                                     target: str) -> None:
    evs = [e for e in analyze_text(text).events if e.cameo == "1823"]
    assert evs and evs[0].target is not None and evs[0].target.key.split(".")[0] == target.split(".")[0], text


# a place phrase on the pattern's own object noun ("placed under investigation in Italy") is the act's place:
# the unnamed investigators are that country's judiciary, not the investigated party's own
INVESTIGATED_ABROAD = [
    ("A French national has been placed under investigation in Italy for rioting.", "ITA.JUD"),
    ("A British journalist was put under investigation in Turkey for spying.", "TUR.JUD"),
    ("Two Kenyan businessmen have been placed under investigation in Belgium over the contracts.", "BEL.JUD"),
]


def test_agentless_investigation_is_made_in_the_place_named_on_its_noun(analyze_text: Callable[..., Any]) -> None:
    for text, source in INVESTIGATED_ABROAD:
        evs = [e for e in analyze_text(text).events if e.cameo[:2] == "09"]
        assert [e.source.key for e in evs] == [source], text


def test_agentless_investigation_with_no_place_is_the_partys_own(analyze_text: Callable[..., Any]) -> None:
    evs = [e for e in analyze_text("The French minister has been placed under investigation over the contracts.").events
           if e.cameo[:2] == "09"]
    assert [e.source.key for e in evs] == ["FRA.JUD"]


@pytest.mark.parametrize("text, source, target", [
    ("Police filed criminal charges against the protesters on Monday.", "PAK.COP", "PAK.CVL"),
    ("Police filed criminal charges against Hamas.", "PAK.COP", "PSE.REB:Hamas"),
])
def test_criminal_charges_are_legal_action_not_an_accusation(code_events: Run, text: str, source: str,
                                                             target: str) -> None:
    evs = [e for e in code_events(text) if e.trigger.text == "charges"]
    assert [(e.cameo, e.source.key, e.target.key if e.target else None) for e in evs] == [("173", source, target)]


def test_charges_without_the_criminal_reading_stay_an_accusation(code_events: Run) -> None:
    evs = [e for e in code_events("Israel leveled charges of espionage against Iran.") if e.trigger.text == "charges"]
    assert [(e.cameo, e.source.key, e.target.key if e.target else None) for e in evs] == [("112", "ISR", "IRN")]


@pytest.mark.parametrize("text, expeller, expelled", [
    ("Two Iranian diplomats were expelled from Germany.", "DEU.GOV", "IRN"),
    ("Three Russian envoys were expelled from Poland on Monday.", "POL.GOV", "RUS"),
    ("Mali was expelled from ECOWAS.", "ECOWAS", "MLI"),
    ("The French ambassador was expelled from Niger last year.", "NER.GOV", "FRA"),
])
def test_an_agentless_expulsion_from_a_party_is_that_partys(analyze_text: Any, text: str, expeller: str,
                                                             expelled: str) -> None:
    found = [e for e in analyze_text(text).events if e.cameo == "174"]
    assert [(e.source.key, e.target.key.split(".")[0]) for e in found] == [(expeller, expelled)]


def test_an_agentless_expulsion_from_nowhere_names_no_expeller(analyze_text: Any) -> None:
    assert not [e for e in analyze_text("Two Iranian diplomats were expelled.").events if e.cameo == "174"]
