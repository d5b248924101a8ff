"""A participle of aiming ("targeting") hung on an act that is no use of force says whom that act is aimed at,
not an attack of its own; hung on a use of force it stays force. The verbs are event_patterns'
``aiming_verbs``. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events import coding, patterns as event_patterns

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text", [
    "The United States imposed new sanctions on Iran, targeting a network of shipping firms.",
    "The European Union imposed sanctions on Russia, targeting its biggest banks.",
    "Britain froze the assets of Syria's leaders, targeting the inner circle of the government.",
])
def test_targeting_beside_a_sanction_is_no_attack(analyze_text: Analyze, text: str) -> None:
    assert not [e for e in analyze_text(text).events if e.trigger.text == "targeting" and e.cameo.startswith("19")]


@pytest.mark.parametrize("text, trigger", [
    ("Russian missiles targeted Ukraine's power grid.", "targeted"),
    ("Israel struck Gaza overnight, targeting Hamas commanders.", "struck"),
])
def test_targeting_by_force_stays_force(analyze_text: Analyze, text: str, trigger: str) -> None:
    assert [e for e in analyze_text(text).events if e.trigger.text == trigger and e.cameo.startswith("19")]


def test_aiming_verbs_are_data_and_validated() -> None:
    import json
    from importlib import resources

    assert "target" in coding.aiming_verbs()
    obj = json.loads(resources.files("tidings.data").joinpath("event_patterns.json").read_text())
    assert event_patterns._check(obj) == []
    obj["aiming_verbs"] = {"words": ["aim at"]}
    assert any("aiming_verbs" in p for p in event_patterns._check(obj))
