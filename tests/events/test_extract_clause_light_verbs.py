"""An event noun with a light verb in a clause on it ("the sanctions imposed on Iran by the United States",
"the sanctions that Washington imposed on Iran"): the clause's "by" agent or subject does the noun's act
(events/nominal.py ``clause_light_verb``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def pairs(analyze_text: Analyze, text: str, root: str) -> set[tuple[str, str | None]]:
    return {(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None)
            for e in analyze_text(text).events if e.cameo[:2] == root and e.source}


@pytest.mark.parametrize("text, root, pair", [
    ("The sanctions imposed on Iran by the United States hurt its economy.", "16", ("USA", "IRN")),
    ("Sanctions imposed on Russia by the European Union took effect.", "16", ("EU", "RUS")),
    ("The sanctions that the United States imposed on Iran hurt its economy.", "16", ("USA", "IRN")),
    ("The attack carried out by Hamas killed dozens of Israelis.", "19", ("PSE", "ISR")),
    ("The offensive launched by Russia against Ukraine stalled.", "19", ("RUS", "UKR")),
])
def test_the_light_verb_of_a_clause_on_the_noun_names_its_doer(analyze_text: Analyze, text: str, root: str,
                                                              pair: tuple[str, str]) -> None:
    assert pair in pairs(analyze_text, text, root)


@pytest.mark.parametrize("text, trigger", [
    ("The aid sent to Gaza by Egypt arrived on Monday.", "sent"),
    ("The deal signed by Israel and Egypt took effect.", "signed"),
])
def test_a_noun_and_its_coded_clause_verb_are_one_act(analyze_text: Analyze, text: str, trigger: str) -> None:
    triggers = {e.trigger.text for e in analyze_text(text).events}
    assert trigger in triggers and len(triggers) == 1


def test_a_noun_describing_a_named_body_is_no_act(analyze_text: Analyze) -> None:
    text = ("Kazakhstan joined the Shanghai Cooperation Organisation, a security and economic pact led by "
            "Beijing and Moscow.")
    assert not pairs(analyze_text, text, "03") and not pairs(analyze_text, text, "05")


@pytest.mark.parametrize("text, visitor", [
    ("Ruto invited Netanyahu to Kenya for a state visit which the Israeli leader accepted.", "ISR"),
    ("Macron invited Modi to France for a working visit which the Indian leader accepted.", "IND"),
])
def test_who_accepts_a_visit_makes_it(analyze_text: Analyze, text: str, visitor: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == "visit"]
    assert any(e.source.key.startswith(visitor) for e in found)


@pytest.mark.parametrize("text, a, b", [
    ("The talks held in Geneva between Iran and the United States ended.", "IRN", "USA"),
    ("The talks held between Iran and the United States in Geneva ended.", "IRN", "USA"),
    ("The meeting held between Kenya and Ethiopia in Nairobi was cordial.", "KEN", "ETH"),
])
def test_the_between_phrase_of_a_clause_light_verb_lists_the_parties(analyze_text: Analyze, text: str, a: str,
                                                                     b: str) -> None:
    assert {(a, b), (b, a)} <= pairs(analyze_text, text, "04")


@pytest.mark.parametrize("text, root, doers", [
    ("Support for the rebels came from Rwanda.", "07", {"RWA"}),
    ("Criticism of the move came from China.", "11", {"CHN"}),
    ("Condemnation of the strike came from Turkey and Egypt.", "11", {"TUR", "EGY"}),
    ("The strongest criticism came from Germany.", "11", {"DEU"}),
])
def test_an_act_that_comes_from_a_party_is_its(analyze_text: Analyze, text: str, root: str,
                                               doers: set[str]) -> None:
    assert {s for s, _ in pairs(analyze_text, text, root)} == doers
