"""Terrorist designations, shipments routed "from X to Y", refusals of inspectors, fighting alongside a party,
and espionage."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .conftest import one

Run = Callable[..., list[Any]]


def test_designating_a_group_a_terrorist_organisation_is_a_sanction(code_events: Run) -> None:
    ev = one(code_events("Washington designated Hamas a terrorist organisation."), "16")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("163", "USA.GOV", "PSE.REB:Hamas")


def test_passive_designation_with_by_phrase_on_the_object(code_events: Run) -> None:
    ev = one(code_events("Hamas was designated a terrorist entity by the United States."), "16")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("163", "USA", "PSE.REB:Hamas")


def test_listing_as_a_terrorist_group_is_a_sanction(code_events: Run) -> None:
    ev = one(code_events("Britain listed Hamas as a terrorist group."), "16")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("163", "GBR", "PSE.REB:Hamas")


def test_transfer_to_the_subjects_own_side_comes_from_the_from_party(code_events: Run) -> None:
    ev = one(code_events("Moscow is transferring rockets from North Korea to Russia."), "07")
    assert (ev.source.key, ev.target.key) == ("PRK", "RUS")


def test_shipment_by_a_third_party_goes_to_the_to_party(code_events: Run) -> None:
    ev = one(code_events("Iran shipped arms from Syria to Russia."), "07")
    assert (ev.source.key, ev.target.key) == ("IRN", "RUS")


def test_inspectors_denied_access_is_a_rejection_by_the_agent(code_events: Run) -> None:
    ev = one(code_events("Inspectors from the European Union had been denied access to the sites by Iran."), "12")
    assert (ev.cameo, ev.source.key) == ("1245", "IRN")


def test_unanswered_questions_are_a_rejection(code_events: Run) -> None:
    ev = one(code_events("Iran has not answered the European Union's questions."), "12")
    assert (ev.source.key, ev.target.key, ev.status) == ("IRN", "EU", "asserted")


def test_answered_questions_are_no_rejection(code_events: Run) -> None:
    evs = code_events("Iran answered the European Union's questions.")
    assert not [e for e in evs if e.cameo[:2] == "12"]


def test_fighting_alongside_a_party_is_military_support(code_events: Run) -> None:
    evs = code_events("Russia is sending troops to fight alongside M23.")
    ev = one(evs, "07")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("074", "RUS", "COD.REB:M23")
    assert not [e for e in evs if e.cameo[:2] == "19" and e.target is not None and e.target.key == "COD.REB:M23"]


def test_involvement_in_espionage_is_coded_on_the_passive_subject(code_events: Run) -> None:
    ev = one(code_events("Russia had been involved in espionage."), "17")
    assert (ev.cameo, ev.source.key) == ("170", "RUS")


def test_espionage_against_a_named_party_targets_it(code_events: Run) -> None:
    ev = one(code_events("China was conducting espionage against Germany."), "17")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("170", "CHN", "DEU")


def test_a_party_fighting_alongside_another_is_the_attacker_of_later_agentless_fighting(code_events: Run) -> None:
    evs = code_events("Russia is sending troops to fight alongside M23. The shelling continued on Sunday.")
    ev = one([e for e in evs if "shelling" in e.trigger.text], "19")
    assert ev.source.key == "RUS"


def test_a_name_after_a_time_phrase_is_still_the_object(code_events: Run) -> None:
    # the small parser hangs "Hamas" on the verb as an adverbial when "earlier this month" comes first
    # (a guard: other target rules also find Hamas here; the seed article shows the case only this rule fixes)
    ev = one(code_events("The United States designated earlier this month Hamas as a terrorist organization."), "16")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("163", "USA", "PSE.REB:Hamas")


def test_a_time_phrase_itself_is_not_an_object(nlp: Any) -> None:
    from tidings.events.match import misparsed_object

    doc = nlp("The United States designated earlier this month Hamas as a terrorist organization.")
    assert [t.text for t in doc if misparsed_object(t)] == ["Hamas"]  # not "month"


@pytest.mark.parametrize("text", [
    "Japan hopes the talks with China can help ease tensions.",
    "Turkey said talks with Russia would help to lower prices.",
    "Israel says the truce with Hamas could help bring calm.",
    "Poland thinks the pact with Germany will help create jobs.",
])
def test_help_with_a_bare_complement_and_no_one_helped_is_no_aid(code_events: Run, text: str) -> None:
    # the verb says what something contributes to ("help ease tensions"), not that anything went to anyone:
    # no aid (07) nor promise of aid (033) between the parties named around it
    assert [(e.cameo, e.trigger.text) for e in code_events(text) if e.trigger.text == "help"] == []


@pytest.mark.parametrize("text, giver, helped", [
    ("Japan helped Ukraine with generators.", "JPN", "UKR"),
    ("Germany will help Ukraine rebuild its schools.", "DEU", "UKR"),
    ("France sent troops to help Syria fight the insurgents.", "FRA", "SYR"),
])
def test_help_given_to_a_named_party_stays_aid(code_events: Run, text: str, giver: str, helped: str) -> None:
    evs = code_events(text)
    assert any((e.source.key, e.target.key if e.target else None) == (giver, helped)
               for e in evs if e.cameo[:2] in ("07", "03")), [(e.cameo, e.trigger.text) for e in evs]
