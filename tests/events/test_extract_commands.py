"""Commands: a party that orders, instructs or directs another to act makes a demand on it (CAMEO 10); one that
orders its own forces or offices makes none, the act ordered is its own; an order to leave is an expulsion (174).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def coded(analyze_text: Analyze, text: str) -> set[tuple[str | None, str | None, str]]:
    return {(e.source.key if e.source else None, e.target.key if e.target else None, e.cameo[:2])
            for e in analyze_text(text).events}


@pytest.mark.parametrize("text, source, target", [
    ("Washington instructed Kyiv to stop the strikes.", "USA", "UKR"),
    ("Beijing directed Manila to remove the ship.", "CHN", "PHL"),
    ("The Kenyan president ordered Somalia to withdraw its troops.", "KEN", "SOM"),
])
def test_a_command_to_another_party_is_a_demand(analyze_text: Analyze, text: str, source: str, target: str) -> None:
    assert any(s and t and s.startswith(source) and t.startswith(target) and root == "10"
               for s, t, root in coded(analyze_text, text))


@pytest.mark.parametrize("text", [
    "Maduro ordered his army to deploy along the border with Colombia.",
    "Putin ordered troops to withdraw from the border with Ukraine.",
    "The Japanese prime minister instructed ministries to gather information on the North Korean launch.",
])
def test_a_command_to_ones_own_forces_is_no_demand(analyze_text: Analyze, text: str) -> None:
    assert not any(root == "10" for _, _, root in coded(analyze_text, text))


def test_the_act_ordered_of_ones_own_forces_is_kept(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "Maduro ordered his army to deploy along the border with Colombia.")
    assert any(s and s.startswith("VEN") and root == "15" for s, _, root in found)


@pytest.mark.parametrize("text, source, target", [
    ("Turkey ordered the Swedish ambassador to leave the country.", "TUR", "SWE"),
    ("Moscow ordered two German diplomats to leave Russia within a week.", "RUS", "DEU"),
    ("Kenya ordered the Somali envoy to leave Nairobi.", "KEN", "SOM"),
    ("Mali ordered the French ambassador to leave within 72 hours.", "MLI", "FRA"),
])
def test_an_order_to_leave_is_an_expulsion_not_the_envoys_departure(analyze_text: Analyze, text: str, source: str,
                                                                      target: str) -> None:
    found = coded(analyze_text, text)
    assert any(s and t and s.startswith(source) and t.startswith(target) and root == "17" for s, t, root in found)
    assert not any(root == "16" for _, _, root in found)
