"""A protest no one is named doing is done by the people of the country it happens in, against that
country's government unless it names a target (events/crowds.py). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def protests(analyze_text: Analyze, text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text)
    return [(e.source.key, e.target.key if e.target else None) for e in a.events if e.cameo[:2] == "14"]


@pytest.mark.parametrize("text, country", [
    ("Protests erupted across Tunisia after the vote.", "TUN"),           # the verb's place
    ("Thousands of people joined protests in Lima on Saturday.", "PER"),  # the noun's own place (a capital)
    ("Weeks of unrest have shaken Kenya's government.", "KEN"),           # the clause's other argument
    ("Riots broke out in the capital Honiara on Wednesday.", "SLB"),
    ("Serbia has been hit by a wave of demonstrations since March.", "SRB"),  # through "hit by a wave of"
    ("A wave of demonstrations has hit Serbia since March.", "SRB"),
])
def test_an_unowned_protest_is_the_country_s_people_against_its_government(analyze_text: Analyze, text: str,
                                                                         country: str) -> None:
    assert protests(analyze_text, text) == [(f"{country}.CVL", f"{country}.GOV")]


def test_a_named_target_is_kept(analyze_text: Analyze) -> None:
    assert protests(analyze_text, "Hundreds rallied against France in Niamey on Friday.") == [("NER.CVL", "FRA.GOV")]


@pytest.mark.parametrize("text", ["Some 2,000 people rallied in Bamako on Friday.",
                                  "Crowds marched through Dakar demanding new elections.",
                                  "Thousands demonstrated in Accra on Saturday."])
def test_an_anonymous_crowd_is_the_country_s_people(analyze_text: Analyze, text: str) -> None:
    found = protests(analyze_text, text)
    assert found and found[0][0].endswith(".CVL") and found[0][0][:3] in ("MLI", "SEN", "GHA")


@pytest.mark.parametrize("text", ["Delegates at the talks in Cairo staged a walkout on Monday.",
                                  "Two senators walked out of the session in Nairobi."])
def test_a_named_but_unresolved_doer_gets_no_crowd(analyze_text: Analyze, text: str) -> None:
    assert not [src for src, _ in protests(analyze_text, text) if src.endswith(".CVL")]


def test_a_named_doer_is_not_replaced(analyze_text: Analyze) -> None:
    found = protests(analyze_text, "Opposition supporters staged protests in Conakry on Monday.")
    assert found and all(src == "GIN.OPP" for src, _ in found)


def test_the_crowd_noun_under_a_protest_verb_is_one_act(analyze_text: Analyze) -> None:
    """'Demonstrators marched': the noun is the verb's doer, not a second protest."""
    a = analyze_text("Demonstrators marched through Nairobi on Tuesday.")
    assert [e.trigger.text for e in a.events if e.cameo[:2] == "14"] == ["marched"]


@pytest.mark.parametrize("text", ["A strike hit Kharkiv on Monday.", "The strike in Gaza killed four people."])
def test_a_word_that_also_names_armed_force_gets_no_crowd(analyze_text: Analyze, text: str) -> None:
    assert not [src for src, _ in protests(analyze_text, text) if src.endswith(".CVL")]


def test_a_crowd_with_no_country_anywhere_is_no_event(analyze_text: Analyze) -> None:
    assert protests(analyze_text, "Protests continued on Sunday.") == []


def test_the_article_s_country_stands_in_and_is_marked_a_guess(analyze_text: Analyze) -> None:
    a = analyze_text("Ghana's parliament passed the budget on Monday. Protests followed within hours.")
    found = [e for e in a.events if e.cameo[:2] == "14"]
    assert [(e.source.key, e.target.key.split(".")[0]) for e in found] == [("GHA.CVL", "GHA")]
    assert "+home:" in found[0].source.evidence


def test_an_inferred_crowd_makes_no_claim(analyze_text: Analyze) -> None:
    a = analyze_text("Protests erupted across Tunisia, the interior ministry said. "
                     "Protests erupted across Tunisia, the opposition said.")
    assert a.events and not a.claims


@pytest.mark.parametrize("text, country", [
    ("Police have been deployed in the Solomon Islands since last year's riots in the capital Honiara.", "SLB"),
    ("Monday's protests in Nairobi turned violent.", "KEN"),
])
def test_a_time_possessor_names_no_doer_of_a_protest(analyze_text: Any, text: str, country: str) -> None:
    found = [e for e in analyze_text(text).events if e.cameo[:2] == "14"]
    assert [(e.source.key, e.target.key if e.target else None) for e in found] == [
        (f"{country}.CVL", f"{country}.GOV")]


@pytest.mark.parametrize("text", [
    "Four members of the security forces were injured and 28 Togolese protesters were detained, the government said.",
    "Kenyan police arrested dozens of demonstrators in Nairobi.",
    "Talks have stalled amid Tehran's brutal crackdown on protesters.",
    "Kenyan police used excessive force against protesters in Nairobi.",
])
def test_protesters_coerced_are_victims_not_a_protest(analyze_text: Any, text: str) -> None:
    found = [e.cameo[:2] for e in analyze_text(text).events]
    assert "17" in found and "14" not in found


def test_protesters_marching_still_protest(analyze_text: Any) -> None:
    found = [e.cameo[:2] for e in analyze_text("Thousands of Kenyan protesters marched in Nairobi.").events]
    assert "14" in found


@pytest.mark.parametrize("text", [
    "Ugandan riot police fired tear gas to disperse demonstrators protesting the arrest of their leader in Kampala.",
    "Ugandan police dispersed demonstrators who were protesting fuel prices in Kampala.",
])
def test_coerced_protesters_whose_clause_tells_their_protest_still_protest(analyze_text: Any, text: str) -> None:
    found = [e.cameo[:3] for e in analyze_text(text).events]
    assert "175" in found and "141" in found


def test_dispersed_protesters_alone_are_victims(analyze_text: Any) -> None:
    found = [e.cameo[:2] for e in analyze_text("Ugandan police dispersed demonstrators in Kampala.").events]
    assert found == ["17"]
