"""Casualty tolls in telegraphic style ("14 soldiers killed, 20 wounded"): the counted subject of a
participle with no auxiliary, object or agent is the party acted on, not the doer (events/tolls.py
``mark_reduced_passives``); the doer is then the attacker already named. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.tolls import reduced_passive_subject

Analyze = Callable[..., Any]


def pairs(analysis: Any, word: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.key if e.source else None, e.target.key if e.target else None)
            for e in analysis.events if e.trigger.text == word]


@pytest.mark.parametrize("text, word, pair", [
    ("Russian forces attacked the Ukrainian town of Vovchansk on Monday. \"We regret to report the following "
     "losses: 14 soldiers killed, 20 wounded,\" the Ukrainian army said.", "killed", ("RUS.MIL", "UKR.MIL")),
    ("Russian forces attacked the Ukrainian town of Vovchansk on Monday. \"We regret to report the following "
     "losses: 14 soldiers killed, 20 wounded,\" the Ukrainian army said.", "wounded", ("RUS.MIL", "UKR.MIL")),
    ("Militants attacked a Malian army camp. Officials said 20 soldiers killed and 12 wounded in the attack.",
     "killed", ("MLI.REB", "MLI.MIL")),
    ("Boko Haram fighters raided a Nigerian army base on Sunday. The army said nine soldiers killed in the raid.",
     "killed", ("NGA.REB:Boko Haram", "NGA.MIL")),
])
def test_the_counted_victims_of_a_toll_are_the_target(analyze_text: Analyze, text: str, word: str,
                                                      pair: tuple[str, str]) -> None:
    assert pairs(analyze_text(text), word) == [pair]


def test_a_toll_of_arrests_is_done_by_the_police(analyze_text: Analyze) -> None:
    found = pairs(analyze_text("Police said 40 protesters arrested in Nairobi on Tuesday."), "arrested")
    assert found and all(src == "KEN.COP" for src, _ in found)


@pytest.mark.parametrize("text, verb", [
    ("Five Nigerian soldiers killed two militants in Borno.", "killed"),  # its own object: active
    ("Twenty protesters marched to the parliament.", "marched"),  # a past form with a counted noun subject
    ("Two soldiers have killed a civilian.", "killed"),  # an auxiliary: active perfect
])
def test_an_active_clause_with_a_counted_subject_stays_active(nlp: Any, text: str, verb: str) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert reduced_passive_subject(tok) is None


def test_a_counted_subject_before_a_bare_participle_is_a_reduced_passive(nlp: Any) -> None:
    doc = nlp("Officials said 20 soldiers killed in the attack.")
    tok = next(t for t in doc if t.text == "killed")
    subj = reduced_passive_subject(tok)
    assert subj is not None and subj.text == "soldiers"
