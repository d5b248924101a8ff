"""Verbal conflict read from what a speaker says (CAMEO 11x): a report of another side's hostile act accuses
that side, within a state too when the doer is not the state's own organ (events/nested.py ``accusable``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def accusations(analyze_text: Analyze, text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text)
    return [(e.source.key, e.target.key if e.target else None) for e in a.events if e.cameo == "112"]


@pytest.mark.parametrize("text, accuser, accused", [
    ("The Sudanese army said the attacks on the town were carried out by the Rapid Support Forces.",
     "SDN.MIL", "SDN.REB:RSF"),
    ("Sudan's army says the RSF shelled a hospital in the city on Friday.", "SDN.MIL", "SDN.REB:RSF"),
    ("The Congolese government claimed that M23 rebels had killed dozens of villagers.", "COD.GOV", "COD.REB:M23"),
])
def test_a_state_accuses_a_named_group_of_its_own_country(analyze_text: Analyze, text: str, accuser: str,
                                                          accused: str) -> None:
    assert (accuser, accused) in accusations(analyze_text, text)


@pytest.mark.parametrize("text", [
    # a government reporting what its own army or police did accuses no one
    "The Sudanese government said the army had shelled rebel positions near the town.",
    "Pakistan's government said police had arrested dozens of people in Lahore.",
    # nor does a state relaying an attack by unnamed armed men on its soil
    "Gunmen attacked an army post in the north and killed six soldiers, Niger's defence ministry said.",
])
def test_a_state_reporting_its_own_organs_or_unnamed_attackers_accuses_no_one(analyze_text: Analyze,
                                                                              text: str) -> None:
    found = accusations(analyze_text, text)
    assert not [(s, t) for s, t in found if s.split(".")[0] == (t or "").split(".")[0]]


def test_a_foreign_state_still_accuses_unnamed_attackers_abroad(analyze_text: Analyze) -> None:
    found = accusations(analyze_text, "Japan said North Korea had fired two missiles toward its waters.")
    assert ("JPN.GOV", "PRK.GOV") in found or ("JPN", "PRK") in found or any(
        s.startswith("JPN") and (t or "").startswith("PRK") for s, t in found)
