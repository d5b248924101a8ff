"""Violent protest verbs (throwing stones or eggs at someone), acts only asked for, trade restrictions."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .conftest import one

Run = Callable[..., list[Any]]


def test_hurling_stones_at_troops_is_violent_protest(code_events: Run) -> None:
    ev = one(code_events("Hamas supporters hurled stones at Israeli troops in Hebron on Friday."), "14")
    assert (ev.cameo, ev.target.key) == ("145", "ISR.MIL")


def test_pelting_police_is_violent_protest(code_events: Run) -> None:
    ev = one(code_events("Protesters pelted police with stones in Lahore."), "14")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("145", "PAK.CVL", "PAK.COP")


def test_throwing_a_document_is_not_a_protest(code_events: Run) -> None:
    evs = code_events("Pakistan threw its support behind the India plan.")
    assert not [e for e in evs if e.cameo == "145"]


def test_act_demanded_by_protests_has_not_happened(code_events: Run) -> None:
    evs = code_events("Thousands joined protests in Lahore calling for the Pakistan president to resign.")
    assert not [e for e in evs if e.cameo.startswith("083")]


def test_warning_that_goes_with_an_appeal_is_kept(code_events: Run) -> None:
    evs = code_events("China urged Indian troops to withdraw, warning of serious consequences.")
    assert [e for e in evs if e.cameo[:2] == "13"]


def test_restricting_transit_of_goods_is_an_embargo(code_events: Run) -> None:
    ev = one(code_events("Turkey could restrict the transit of Syria goods through its territory."), "16")
    assert (ev.cameo, ev.source.key, ev.target.key, ev.status) == ("163", "TUR", "SYR", "hypothetical")


@pytest.mark.parametrize("text, src, tgt", [
    ("Thousands of students across Indonesia staged mass demonstrations on Saturday.", "IDN.CVL", "IDN.GOV"),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "IRQ", "IRQ.GOV"),
    ("Kenyan opposition supporters marched through Nairobi.", "KEN.OPP", "KEN.GOV"),
])
def test_a_peoples_protest_aimed_at_no_one_named_is_against_their_government(analyze_text: Any, text: str, src: str,
                                                                             tgt: str) -> None:
    assert [(e.source.key, e.target.key if e.target else None) for e in analyze_text(text).events
            if e.cameo[:2] == "14"] == [(src, tgt)]


@pytest.mark.parametrize("text, tgt", [
    ("Iranian students protested against Britain outside its embassy.", "GBR"),
    ("Kenyan farmers protested against Uganda on Monday.", "UGA"),
    ("Thousands of Pakistanis demonstrated against India in Lahore.", "IND"),
])
def test_a_protest_aimed_at_a_named_party_keeps_it(analyze_text: Any, text: str, tgt: str) -> None:
    events = analyze_text(text).events
    assert {e.target.key.split(".")[0] for e in events if e.cameo[:2] == "14" and e.target} == {tgt}
