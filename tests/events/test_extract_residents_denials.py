"""Recall mechanisms: population nouns placed in a state ("students throughout Indonesia"), calling a
claim false as a denial, and the predicate adjective "opposed"."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events import refine

Run = Callable[..., list[Any]]


def _sig(events: list[Any], root: str) -> list[tuple[str, str | None]]:
    return sorted((e.source.key, e.target.key if e.target else None) for e in events if e.cameo[:2] == root)


# --- "farmers in France": the people of a state are its civilians --------------------------------

def test_population_noun_in_a_state_is_its_civilians(code_events: Run) -> None:
    evs = code_events("Thousands of farmers in France blocked roads near Paris on Monday.")
    assert [k for k, _ in _sig(evs, "14")] == ["FRA.CVL"]


def test_population_noun_throughout_a_state(code_events: Run) -> None:
    evs = code_events("Students throughout Pakistan staged demonstrations on Saturday.")
    assert [k for k, _ in _sig(evs, "14")] == ["PAK.CVL"]


def test_other_nouns_in_a_state_are_not_its_people(code_events: Run) -> None:
    # a meeting place, not a population: no party is invented for "the talks in Egypt"
    evs = code_events("Delegates at the talks in Egypt staged a walkout on Monday.")
    assert all(e.source.key != "EGY.CVL" for e in evs)


# --- "called the claims baseless": a denial, not a mere criticism ----------------------------------

def test_calling_claims_false_is_a_denial(code_events: Run) -> None:
    evs = code_events("Tehran called Germany's claims about the drones unfounded on Thursday.")
    assert ("IRN.GOV", "DEU") in _sig(evs, "01")
    assert not [e for e in evs if e.cameo == "111"]


def test_calling_a_policy_wrong_stays_criticism(code_events: Run) -> None:
    evs = code_events("Beijing called the sanctions imposed by Washington illegal.")
    assert not [e for e in evs if e.cameo == "016"]


def test_as_denial_needs_a_claim_and_a_falsity_word(nlp: Any) -> None:
    doc = nlp("Moscow called the accusations baseless.")
    verb = next(t for t in doc if t.lemma_ == "call")
    assert refine.as_denial("111", verb) == "016"
    assert refine.as_denial("020", verb) == "020"
    doc = nlp("Moscow called the accusations regrettable.")
    verb = next(t for t in doc if t.lemma_ == "call")
    assert refine.as_denial("111", verb) == "111"


# --- "remains opposed to the sanctions" -------------------------------------------------------------

def test_opposed_predicate_is_a_rejection(code_events: Run) -> None:
    evs = code_events("Germany remains firmly opposed to the sanctions against Russia.")
    assert _sig(evs, "12") == [("DEU", "RUS")]


# --- "on Thursday" is a time, not the particle of "call on" ----------------------------------------

def test_time_phrase_is_not_a_phrasal_particle(code_events: Run) -> None:
    evs = code_events("Tehran called Germany's claims about the drones unfounded on Thursday.")
    assert not _sig(evs, "02")


def test_call_on_a_party_is_still_a_request(code_events: Run) -> None:
    evs = code_events("Germany called on Iran on Thursday to stop supplying drones.")
    assert ("DEU", "IRN") in _sig(evs, "02")


# --- "organised rallies", "led a march": the organiser is the doer of the event noun --------------

def test_organiser_of_a_protest_is_its_doer(code_events: Run) -> None:
    evs = code_events("Dutch growers organised rallies against the European Union in Brussels.")
    assert ("NLD.CVL", "EU") in _sig(evs, "14")


def test_leader_of_a_march_is_its_doer(code_events: Run) -> None:
    evs = code_events("Dutch growers led a march against the European Union on Monday.")
    assert ("NLD.CVL", "EU") in _sig(evs, "14")


# --- "the agreement" points back at the last agreement made, not the last act ------------------------

def test_the_agreement_refers_to_the_party_that_signed_one(code_events: Run) -> None:
    evs = code_events("China signed a trade agreement with Pakistan on Monday. Police arrested protesters in "
                      "Karachi on Tuesday. India said it would not support the agreement.")
    assert [(e.source.key, e.target.key if e.target else None) for e in evs if e.trigger.text == "support"] == [
        ("IND", "CHN")]


# --- drills: alone a show of force (150), with a partner military cooperation (062) -----------------

@pytest.mark.parametrize("text", [
    "Iran conducted military exercises near the Strait of Hormuz on Tuesday.",
    "Russia begins war games near the border with Ukraine.",
    "China staged war games around Taiwan on Saturday.",
])
def test_drills_held_alone_are_a_show_of_force(code_events: Run, text: str) -> None:
    assert [e.cameo for e in code_events(text)] == ["150"]


def test_war_games_with_a_partner_are_cooperation(code_events: Run) -> None:
    assert _sig(code_events("India held war games with Japan last month."), "06") == [("IND", "JPN")]


def test_drills_with_a_partner_are_cooperation(code_events: Run) -> None:
    evs = code_events("South Korea held drills with the United States on Monday.")
    assert ("KOR", "USA") in _sig(evs, "06")
    assert not _sig(evs, "15")


def test_joint_drills_of_coordinated_parties_are_cooperation(code_events: Run) -> None:
    evs = code_events("China and Russia held joint naval drills in the Sea of Japan.")
    assert _sig(evs, "06") == [("CHN", "RUS"), ("RUS", "CHN")]


@pytest.mark.parametrize("text", [
    "These rumors were rejected by the Azerbaijani defence ministry.",
    "Moscow dismissed the rumours as Western propaganda.",
    "Beijing rejected speculation that its troops would enter Myanmar.",
    "Kenya dismissed suggestions that it had armed the rebels.",
    "The Turkish foreign ministry rejected rumors spread by Greek media.",
])
def test_rejecting_rumours_speculation_or_suggestions_is_a_denial(analyze_text: Any, text: str) -> None:
    roots = [e.cameo for e in analyze_text(text).events if e.trigger.text in ("rejected", "dismissed")]
    assert roots == ["016"]
