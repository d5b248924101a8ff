"""Pattern matching on realistic sentences: one per family of roots, roles from the parse."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .conftest import one

Run = Callable[..., list[Any]]

CASES = [
    ("Russia accused Ukraine of shelling the power plant.", "11", "RUS", "UKR"),
    ("China condemned Japan over the release of the water.", "11", "CHN", "JPN"),
    ("Germany praised France for its quick response.", "05", "DEU", "FRA"),
    ("Britain imposed sanctions on Iran on Tuesday.", "16", "GBR", "IRN"),
    ("Russia launched an attack on Ukraine overnight.", "19", "RUS", "UKR"),
    ("India held talks with Pakistan in the capital.", "04", "IND", "PAK"),
    ("Germany has reached out to Iran about the detained citizens.", "04", "DEU", "IRN"),
    ("Seoul reached out to Pyongyang after the floods.", "04", "KOR.GOV", "PRK.GOV"),
    ("The United States warned Iran against any retaliation.", "13", "USA", "IRN"),
    ("Turkey called on Syria to withdraw its troops.", "02", "TUR", "SYR"),
    ("Egypt expelled diplomats from Sudan.", "17", "EGY", "SDN"),
    ("Poland supplied tanks to Ukraine last year.", "07", "POL", "UKR"),
    # debt relief is economic aid, not the cancelling of a tie
    ("Germany cancelled the debt of Sudan on Friday.", "07", "DEU", "SDN"),
    ("Japan forgave Pakistan's debts.", "07", "JPN", "PAK"),
    # dropping a veto or an objection yields; letting aid in allows access; a withdrawal is aimed at the
    # place withdrawn from, not at the forces pulled back
    ("Turkey lifted its veto on Syria's membership.", "08", "TUR", "SYR"),
    ("Germany dropped its objection to Poland's plan.", "08", "DEU", "POL"),
    ("Israel allowed aid trucks into Syria on Sunday.", "08", "ISR", "SYR"),
    ("Russia withdrew its troops from Syria.", "08", "RUS", "SYR"),
    ("Germany reserves the right to respond to Russia.", "13", "DEU", "RUS"),
    ("Turkey expressed its appreciation to Egypt for the aid.", "05", "TUR", "EGY"),
    ("Japan and China agreed on a new trade framework.", "03", "JPN", "CHN"),
    # a meeting place is where, not with whom; the other party of a mutual act is the target
    ("Israel and Hamas agreed to a ceasefire in Egypt.", "08", "ISR", "PSE.REB:Hamas"),
    # the plan's proposer is the party rejected (the sentence's other party, see counterparts.counterpart)
    ("Israel rejected the plan proposed by Egypt.", "12", "ISR", "EGY"),
]


@pytest.mark.parametrize(("text", "root", "source", "target"), CASES)
def test_extract_patterns_code_root_source_target(code_events: Run, text: str, root: str, source: str,
                                                  target: str | None) -> None:
    ev = one(code_events(text), root)
    assert ev.source.key == source
    assert (ev.target.key if ev.target else None) == target
    assert ev.plover is not None
    assert text[ev.trigger.start:ev.trigger.end] == ev.trigger.text


def test_extract_patterns_military_aid_refined_from_object(code_events: Run) -> None:
    ev = one(code_events("Poland supplied tanks to Ukraine last year."), "07")
    assert ev.cameo == "072" and ev.plover == "AID"


def test_extract_patterns_passive_agent_is_source(code_events: Run) -> None:
    ev = one(code_events("Ukraine was attacked by Russia on Sunday."), "19")
    assert (ev.source.key, ev.target.key) == ("RUS", "UKR")


def test_extract_patterns_coordinated_targets_each_give_an_event(code_events: Run) -> None:
    evs = [e for e in code_events("Britain imposed sanctions on Iran and Syria.") if e.cameo[:2] == "16"]
    assert sorted(e.target.key for e in evs) == ["IRN", "SYR"]


def test_extract_patterns_coordinated_sources_each_give_an_event(code_events: Run) -> None:
    evs = [e for e in code_events("Germany and France condemned the coup.") if e.cameo[:2] == "11"]
    assert sorted(e.source.key for e in evs) == ["DEU", "FRA"]


def test_extract_patterns_nominal_trigger_takes_possessor(code_events: Run) -> None:
    ev = one(code_events("Officials discussed Russia's attack on Ukraine."), "19")
    assert (ev.source.key, ev.target.key) == ("RUS", "UKR")


def test_extract_patterns_no_event_without_source_actor(code_events: Run) -> None:
    assert code_events("The attack on the village killed five people.") == []


def test_extract_patterns_unmatched_verbs_give_nothing(code_events: Run) -> None:
    assert code_events("Russia said the weather was cold in Moscow.") == []


@pytest.mark.parametrize("text", [
    "Iran did not provide an immediate response.",
    "China did not immediately comment on the report.",
    "Moscow has not responded to requests for comment.",
    "Turkey did not reply when asked about the talks.",
    "Pakistan declined to respond to the claims on Monday.",
])
def test_saying_nothing_is_declining_to_comment(code_events: Run, text: str) -> None:
    # the negation is the act itself: asserted, not a negated provision or response
    ev = one(code_events(text), "01")
    assert (ev.cameo, ev.status) == ("011", "asserted")
    assert not [e for e in code_events(text) if e.cameo[:2] == "07"]


def test_a_comment_made_is_no_refusal_and_unanswered_questions_stay_a_rejection(code_events: Run) -> None:
    assert not [e for e in code_events("Iran commented on the deal on Monday.") if e.cameo == "011"]
    ev = one(code_events("Pakistan has not answered the agency's questions."), "12")
    assert ev.cameo == "120"


def test_extract_patterns_reaching_out_for_a_thing_is_no_consultation(code_events: Run) -> None:
    assert not [e for e in code_events("Ukraine reached out for more weapons.") if e.cameo[:2] == "04"]


def test_extract_patterns_cancelling_a_visit_is_no_debt_relief(code_events: Run) -> None:
    evs = code_events("Russia cancelled the visit to Japan.")
    assert evs and not [e for e in evs if e.cameo[:2] == "07"]


def test_extract_patterns_casting_a_veto_is_no_yielding(code_events: Run) -> None:
    evs = code_events("Russia vetoed the resolution on Syria.")
    assert evs and not [e for e in evs if e.cameo[:2] == "08"]


@pytest.mark.parametrize("text, source, target", [
    ("Turkey quit NATO in 2024.", "TUR", "NATO"),
    ("Poland has quit the European Union, Germany said.", "POL", "EU"),
    ("Iran is quitting the nuclear treaty.", "IRN", None),
])
def test_quitting_an_organisation_or_a_treaty_is_a_withdrawal(analyze_text: Callable[..., Any], text: str,
                                                             source: str, target: str | None) -> None:
    # with an object, "quit" leaves something (160); only the bare verb is an official resigning (0831)
    evs = [e for e in analyze_text(text).events if e.trigger.text.startswith("quit")]
    assert [(e.cameo, e.source.key.split(".")[0], e.target.key if e.target else None) for e in evs] == [
        ("160", source, target)]


def test_an_official_who_quits_resigns(analyze_text: Callable[..., Any]) -> None:
    evs = [e for e in analyze_text("Egypt's foreign minister quit after the vote.").events if e.trigger.text == "quit"]
    assert [e.cameo for e in evs] == ["0831"]


@pytest.mark.parametrize("text, root, src, tgt", [
    ("Stones thrown by protesters injured police on Friday.", "14", "PAK.CVL", "PAK.COP"),
    ("The missile launched by North Korea fell into the sea near Japan.", "15", "PRK", None),
    ("Rockets fired by Hamas struck southern Israel overnight.", "19", "PSE.REB:Hamas", "ISR"),
])
def test_participle_takes_the_noun_it_modifies_as_its_object(code_events: Run, text: str, root: str, src: str,
                                                             tgt: str | None) -> None:
    """"stones thrown by protesters": the noun a past participle modifies is the object a verb pattern names
    ("throw stone", "launch missile")."""
    ev = one(code_events(text), root)
    assert ev.source.key == src
    if tgt is not None:
        assert ev.target is not None and ev.target.key == tgt



@pytest.mark.parametrize("text, root", [
    ("France's call for a ceasefire was ignored by Israel.", "02"),  # a call for something: an appeal
    ("Israel rejected a call by France for a ceasefire.", "02"),
    ("In a call with Scholz, Biden discussed Ukraine.", "04"),         # a call with someone: a phone call
])
def test_a_noun_pattern_can_require_its_preposition(analyze_text: Any, text: str, root: str) -> None:
    assert root in {e.cameo[:2] for e in analyze_text(text).events if e.trigger.text == "call"}
    assert len({e.cameo[:2] for e in analyze_text(text).events if e.trigger.text == "call"}) == 1


@pytest.mark.parametrize("text, root", [
    ("Israel reimposed blockades on the West Bank.", "19"),  # re + impose: the base verb's reading
    ("Iran rearmed Hezbollah.", "07"),
    ("Turkey reopened its border with Armenia.", "08"),
])
def test_the_iterative_prefix_keeps_the_base_verbs_reading(analyze_text: Any, text: str, root: str) -> None:
    assert [e.cameo[:2] for e in analyze_text(text).events] == [root]


def test_a_verb_of_its_own_starting_with_re_is_not_its_base(analyze_text: Any) -> None:
    """"reacted" is no "acted", "resigned" no "signed": only a vowel-initial base after "re" is tried."""
    codes = {e.trigger.text: e.cameo[:2] for e in analyze_text("The Kenyan minister resigned on Monday.").events}
    assert codes.get("resigned") != "05"


@pytest.mark.parametrize("text, root, src, tgt", [
    ("Israel is opposed to French mediation.", "12", "ISR.GOV", "FRA.GOV"),
    ("Hungary is opposed to sanctions on Russia.", "12", "HUN.GOV", "RUS.GOV"),
    ("Turkey is committed to talks with Greece.", "03", "TUR.GOV", "GRC.GOV"),
])
def test_a_stative_participle_is_its_subjects_attitude(analyze_text: Any, text: str, root: str, src: str,
                                                        tgt: str) -> None:
    """"X is opposed to Y": the parser reads a passive, but X is the one who opposes."""
    assert [(e.source.key, e.target.key) for e in analyze_text(text).events if e.cameo[:2] == root] == [(src, tgt)]


def test_a_participle_with_an_agent_stays_a_passive(analyze_text: Any) -> None:
    events = analyze_text("The plan was opposed by Germany.").events
    assert [e.source.key for e in events if e.cameo[:2] in ("11", "12")] == ["DEU.GOV"]
