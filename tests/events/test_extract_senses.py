"""Which sense a trigger takes from the phrase around it (events/match.py, events/coding.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


# a verb pattern's object noun that only qualifies an event noun heading the phrase is no object of the
# pattern: the phrase names the head's act ("stepped up security cooperation" is cooperation, no show of force)
MODIFIED_ACTS = [
    ("Japan and South Korea stepped up their security cooperation.", ("JPN", "KOR")),
    ("Russia is stepping up security cooperation with China.", ("RUS", "CHN")),
    ("Britain and France have stepped up their security collaboration.", ("GBR", "FRA")),
]


@pytest.mark.parametrize(("text", "pair"), MODIFIED_ACTS)
def test_modifier_of_an_event_noun_is_not_the_verbs_object(code_events: Run, text: str,
                                                           pair: tuple[str, str]) -> None:
    events = code_events(text)
    assert not [e for e in events if e.cameo[:2] == "15"], [(e.cameo, e.trigger.text) for e in events]
    coop = [e for e in events if e.cameo[:2] == "06"]
    assert coop and coop[0].source.key in pair
    assert coop[0].trigger.text.lower() in ("cooperation", "collaboration")


@pytest.mark.parametrize("text", [
    "Pakistan stepped up security along its border with India.",
    "Turkey has stepped up security near the border with Syria.",
])
def test_object_that_heads_its_phrase_keeps_the_pattern(code_events: Run, text: str) -> None:
    ev = next(e for e in code_events(text) if e.trigger.text == "stepped")
    assert ev.cameo == "151"
    assert ev.source.key in ("PAK", "TUR")


# a modifier that heads no act of another kind stays the pattern's object: the launch of rocket fire is a
# launch (150) and the fire (194) both, fire being of the launch's own quad class
def test_modifier_of_an_act_of_the_same_kind_keeps_the_pattern(code_events: Run) -> None:
    events = code_events("Russia launched artillery, mortar and rocket fire against Ukraine on Sunday.")
    assert {(e.cameo, e.trigger.text) for e in events} >= {("150", "launched"), ("194", "fire")}


# a participle that describes a noun ("the ousted president") takes its act as known: the speaker reports
# something else about that party, and accuses no one of the act (events/nested.py presupposed)
@pytest.mark.parametrize("text", [
    "Moscow said the ousted Ukrainian president would return to Kyiv on Sunday.",
    "Beijing said the ousted Myanmar leader remained under house arrest.",
    "Berlin said the jailed Russian opposition leader was being mistreated.",
])
def test_described_act_is_no_reported_accusation(analyze_text: Callable[..., Any], text: str) -> None:
    events = analyze_text(text).events
    assert [e for e in events if e.cameo[:2] == "17"], [(e.cameo, e.trigger.text) for e in events]
    assert [e for e in events if e.cameo == "112"] == []


@pytest.mark.parametrize(("text", "target"), [
    ("Berlin said Russia jailed the opposition leader.", "RUS"),
    ("Honduras' new government said Congress ousted the president illegally.", "HND"),
])
def test_reported_act_is_still_an_accusation(analyze_text: Callable[..., Any], text: str, target: str) -> None:
    acc = [e for e in analyze_text(text).events if e.cameo == "112"]
    assert acc and acc[0].trigger.text == "said"
    assert acc[0].target is not None and acc[0].target.key.startswith(target)


# a speaker that reports what it observed (``observation_verbs``: "said it detected the launch") vouches for
# a sighting: the act is kept as its claim, but no accusation of its doer (events/nested.py observed)
@pytest.mark.parametrize(("text", "doer"), [
    ("South Korea said it detected the launch of two missiles from North Korea.", "PRK"),
    ("Japan said it had observed China firing missiles near its waters.", "CHN"),
])
def test_observed_act_is_no_accusation(code_events: Run, text: str, doer: str) -> None:
    events = code_events(text)
    act = [e for e in events if e.cameo[:2] == "15"]
    assert act and act[0].source.key == doer and act[0].status == "claimed"
    assert [e for e in events if e.cameo == "112"] == []


@pytest.mark.parametrize(("text", "speaker", "doer"), [
    ("South Korea said North Korea launched two missiles.", "KOR", "PRK"),
    ("Japan said China fired missiles near its waters.", "JPN", "CHN"),
])
def test_reported_act_without_observation_accuses(code_events: Run, text: str, speaker: str, doer: str) -> None:
    acc = [e for e in code_events(text) if e.cameo == "112"]
    assert [(e.source.key, e.target.key, e.trigger.text) for e in acc] == [(speaker, doer, "said")]


# an object pronoun stands for the nearest earlier noun of its number in the sentence, which a verb pattern
# may take as its object noun ("impose them" after "sanctions" imposes sanctions; events/match.py antecedent)
@pytest.mark.parametrize(("text", "root", "source", "target"), [
    ("Germany prepared new sanctions on Iran and imposed them on Friday.", "16", "DEU", "IRN"),
    ("Britain drafted sanctions against Iran but did not impose them.", "16", "GBR", "IRN"),
])
def test_pronoun_object_takes_its_antecedent_noun(code_events: Run, text: str, root: str, source: str,
                                                  target: str) -> None:
    ev = next(e for e in code_events(text) if e.trigger.text.startswith("impose"))
    assert (ev.cameo[:2], ev.source.key, ev.target.key) == (root, source, target)


def test_pronoun_gives_the_rejection_its_object_sense(code_events: Run) -> None:
    ev = next(e for e in code_events("Germany criticised the plan and Poland rejected it.")
              if e.trigger.text == "rejected")
    assert ev.cameo == "127" and ev.source.key == "POL"


def test_pronoun_without_antecedent_keeps_the_bare_pattern(code_events: Run) -> None:
    ev = next(e for e in code_events("Poland rejected it on Monday.") if e.trigger.text == "rejected")
    assert ev.cameo == "120"


# a clause whose "should" comes before its subject is a condition ("should the US decide to impose them"):
# its act, and an infinitive it governs, is hypothetical, so no one reporting it accuses its doer
# (events/factuality.py inverted_condition)
@pytest.mark.parametrize("text", [
    "Russia will respond to new sanctions should the United States decide to impose them.",
    "Should Washington impose new tariffs, Beijing will retaliate.",
    "Beijing said it would retaliate should Washington impose new tariffs.",
])
def test_inverted_should_is_a_condition(code_events: Run, text: str) -> None:
    events = code_events(text)
    ev = next(e for e in events if e.trigger.text == "impose")
    assert ev.cameo[:2] == "16" and ev.status == "hypothetical"
    assert [e for e in events if e.cameo == "112"] == []


@pytest.mark.parametrize(("text", "status"), [
    ("Washington imposed new tariffs on Beijing.", "asserted"),
    ("Germany said Washington imposed new tariffs on Beijing.", "claimed"),
])
def test_imposition_without_condition_keeps_its_status(code_events: Run, text: str, status: str) -> None:
    evs = [e for e in code_events(text) if e.trigger.text.startswith("impose")]
    assert evs and [e.status for e in evs] == [status]


def test_should_after_its_subject_is_a_demand_not_a_condition(code_events: Run) -> None:
    evs = code_events("Germany said Iran should impose sanctions on Syria.")
    assert [(e.cameo, e.source.key, e.target.key) for e in evs if e.cameo[:2] == "10"] == [("100", "DEU", "IRN")]


@pytest.mark.parametrize("text, root", [
    ("Houthi rebels fired missiles at Israel.", "19"),          # fired at a party: an attack
    ("Russia launched drones at Kyiv overnight.", "19"),
    ("North Korea fired a missile into the sea.", "15"),         # fired at no one: a show of force
])
def test_a_missile_fired_at_a_party_is_an_attack(analyze_text: Any, text: str, root: str) -> None:
    assert [e.cameo[:2] for e in analyze_text(text).events] == [root]
