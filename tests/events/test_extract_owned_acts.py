"""An act noun that a party claims (takes, accepts, admits) responsibility for is that party's act: the
claimer is its doer, the claim is coded on the act (no separate 015 event), and an act that names no target
of its own is the attack last reported, with that attack's target (events/noun_roles.py ``owning_verb``,
events/targets.py ``owned_target``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def country(actor: Any) -> str | None:
    return actor.key.split(".")[0].split(":")[0] if actor is not None and actor.key else None


def force(analysis: Any, word: str) -> list[Any]:
    return [e for e in analysis.events if e.trigger.text == word and e.cameo[:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, word, doer, target", [
    ("Al-Shabaab claimed responsibility for Saturday's attack on a Kenyan base.", "attack", "SOM", "KEN"),
    ("The Islamic State has claimed responsibility for a suicide bombing in Kabul.", "bombing", "IRQ", "AFG"),
    ("Hamas claimed responsibility for the rocket attack on Israel.", "attack", "PSE", "ISR"),
])
def test_the_claimer_of_responsibility_is_the_doer(analyze_text: Analyze, text: str, word: str, doer: str,
                                                    target: str) -> None:
    a = analyze_text(text)
    evs = force(a, word)
    assert evs, [(e.cameo, e.trigger.text) for e in a.events]
    assert (country(evs[0].source), country(evs[0].target)) == (doer, target)
    assert not any(e.cameo.startswith("015") for e in a.events)  # one event: the claim is coded on the act


@pytest.mark.parametrize("text, word, doer", [
    ("Jihadists attacked a Nigerien army camp on Tuesday. Al-Qaeda claimed responsibility for the attack.",
     "attack", "SAU.REB:al-Qaeda"),
    ("Militants attacked a Pakistani police post on Friday. The Pakistani Taliban claimed responsibility for "
     "the assault.", "assault", "PAK.REB:TTP"),
])
def test_a_claimed_act_with_no_target_of_its_own_is_the_attack_last_reported(analyze_text: Analyze, text: str,
                                                                               word: str, doer: str) -> None:
    a = analyze_text(text)
    first = next(e for e in a.events if e.trigger.text == "attacked")
    evs = force(a, word)
    assert evs and evs[0].source.key == doer
    assert evs[0].target is not None and evs[0].target.key == first.target.key  # the army / police attacked


@pytest.mark.parametrize("text", [
    "Al-Shabaab denied responsibility for the attack on the Kenyan base.",
    "The Islamic State did not claim responsibility for the bombing in Kabul.",
])
def test_denied_or_negated_responsibility_makes_no_one_the_doer(analyze_text: Analyze, text: str) -> None:
    a = analyze_text(text)
    assert not any(e.cameo[:2] in ("18", "19") and e.status == "asserted" for e in a.events), [
        (e.source.key if e.source else None, e.cameo, e.status) for e in a.events]


def test_responsibility_for_a_non_act_stays_an_admission(analyze_text: Analyze) -> None:
    a = analyze_text("The Kenyan minister took responsibility for the failure.")
    assert [e.cameo for e in a.events] == ["015"]
