"""Exchanges and receptions: coordinated parties that trade or exchange accusations, barbs or fire act on each
other; a leader who receives another state's leader or delegation hosts them (043). Sentences written for these
tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def pairs(analyze_text: Analyze, text: str, root: str) -> set[tuple[str, str | None]]:
    return {(e.source.key.split(".")[0].split(":")[0], e.target.key.split(".")[0] if e.target else None)
            for e in analyze_text(text).events if e.cameo[:2] == root and e.source}


@pytest.mark.parametrize("text, root, a, b", [
    ("Pakistan and India traded accusations over the attack.", "11", "PAK", "IND"),
    ("Armenia and Azerbaijan exchanged accusations of ceasefire violations.", "11", "ARM", "AZE"),
    ("Kenya and Somalia traded barbs over the border.", "11", "KEN", "SOM"),
    ("Israel and Hezbollah traded fire across the border.", "19", "ISR", "LBN"),
])
def test_traded_acts_go_both_ways(analyze_text: Analyze, text: str, root: str, a: str, b: str) -> None:
    assert {(a, b), (b, a)} <= pairs(analyze_text, text, root)


@pytest.mark.parametrize("text, host, guest", [
    ("Putin received the Iranian president in the Kremlin.", "RUS", "IRN"),
    ("The Saudi crown prince received the Turkish foreign minister in Riyadh.", "SAU", "TUR"),
    ("Erdogan received a Hamas delegation in Istanbul.", "TUR", "PSE"),
])
def test_receiving_a_leader_or_delegation_hosts_a_visit(analyze_text: Analyze, text: str, host: str,
                                                        guest: str) -> None:
    assert (host, guest) in pairs(analyze_text, text, "04")


def test_receiving_aid_is_no_visit(analyze_text: Analyze) -> None:
    assert not pairs(analyze_text, "Kenya received aid from Japan.", "04")


@pytest.mark.parametrize("text, a, b", [
    ("Israel and Hamas exchanged detainees under the truce.", "ISR", "PSE"),
    ("Ethiopia and Eritrea exchanged detainees after the deal.", "ETH", "ERI"),
    ("Russia and Ukraine swapped detainees in Belarus.", "RUS", "UKR"),
])
def test_exchanging_detainees_is_a_prisoner_exchange(analyze_text: Analyze, text: str, a: str, b: str) -> None:
    assert {(a, b), (b, a)} <= pairs(analyze_text, text, "08")
