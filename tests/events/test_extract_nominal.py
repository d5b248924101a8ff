"""Event nouns and light verbs: parties from the noun's own phrase (events/nominal.py)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .conftest import one

Run = Callable[..., list[Any]]


def pairs(events: list[Any], root: str) -> set[tuple[str, str | None]]:
    return {(e.source.key, e.target.key if e.target else None) for e in events if e.cameo[:2] == root}


@pytest.mark.parametrize("text, src, tgt, root", [
    ("Egypt's expulsion of the Sudan ambassador angered Khartoum.", "EGY", "SDN", "17"),
    ("Iran's arrest of two Germany aid workers was condemned.", "IRN", "DEU", "17"),
    ("Turkey's detention of Syria refugees continued on Monday.", "TUR", "SYR", "17"),
])
def test_patient_noun_with_of_phrase_has_possessor_as_doer(code_events: Run, text: str, src: str, tgt: str,
                                                           root: str) -> None:
    ev = one(code_events(text), root)
    assert (ev.source.key, ev.target.key) == (src, tgt)


@pytest.mark.parametrize("text, src, tgt", [
    ("Iran's anti-Israel rally drew thousands.", "IRN", "ISR"),
    ("Pakistan's anti-India protests spread on Friday.", "PAK", "IND"),
    ("Turkey's anti-Syria demonstrations were large.", "TUR", "SYR"),
])
def test_anti_compound_is_the_target_never_the_doer(code_events: Run, text: str, src: str, tgt: str) -> None:
    assert pairs(code_events(text), "14") == {(src, tgt)}


@pytest.mark.parametrize("text, src, tgt", [
    ("A Turkey-led offensive against Syria began on Monday.", "TUR", "SYR"),
    ("The Russia-backed offensive on Ukraine stalled.", "RUS", "UKR"),
    ("An Israel-led raid against Hamas ended overnight.", "ISR", "PSE.REB:Hamas"),
])
def test_led_or_backed_compound_is_the_doer(code_events: Run, text: str, src: str, tgt: str) -> None:
    assert (src, tgt) in pairs(code_events(text), "19")


def test_between_list_pairs_the_first_party_with_each_of_the_rest(code_events: Run) -> None:
    found = pairs(code_events("The agreement between Iran and Germany, France and Britain was hailed."), "05")
    assert ("IRN", "DEU") in found and ("GBR", "IRN") in found
    assert ("DEU", "FRA") not in found and ("FRA", "GBR") not in found


def test_between_with_commas_is_every_party_with_every_other(code_events: Run) -> None:
    found = pairs(code_events("Talks between Iran, Turkey and Syria resumed in Tehran."), "04")
    assert {("IRN", "TUR"), ("TUR", "SYR"), ("SYR", "IRN")} <= found


@pytest.mark.parametrize("text, src, tgt", [
    ("Japan handed a note of protest to China on Tuesday.", "JPN", "CHN"),
    ("Poland has handed a formal note of protest to Russia.", "POL", "RUS"),
    ("India handed Pakistan a letter of protest over the shelling.", "IND", "PAK"),
])
def test_light_verb_note_of_protest_is_one_complaint(code_events: Run, text: str, src: str, tgt: str) -> None:
    evs = code_events(text)
    ev = one(evs, "11")
    assert (ev.cameo, ev.source.key, ev.target.key) == ("114", src, tgt)
    assert not [e for e in evs if e.cameo[:2] == "14"]  # the "protest" of the note is no demonstration


def test_negated_light_verb_carries_over_to_the_noun(code_events: Run) -> None:
    ev = one(code_events("Japan did not hand a note of protest to China."), "11")
    assert ev.status == "negated"


@pytest.mark.parametrize("text", [
    "The protest movement's website was blocked by China.",
    "Pakistan banned the protest group's leaders from travelling.",
    "Russia jailed the rally organisers' lawyer.",
])
def test_event_noun_used_as_a_label_is_no_event(code_events: Run, text: str) -> None:
    assert not [e for e in code_events(text) if e.cameo[:2] == "14"]


@pytest.mark.parametrize("text", [
    "Germany said the deal would hold.",
    "France welcomed Iran's agreement to allow inspections.",
])
def test_agreement_noun_needs_its_own_second_party(code_events: Run, text: str) -> None:
    assert not [e for e in code_events(text) if e.cameo == "057"]


@pytest.mark.parametrize("text, src", [
    ("The launch of a ballistic missile by North Korea alarmed Japan.", "PRK"),
    ("North Korea's launch of a spy satellite failed.", "PRK"),
    ("China's launch of a rocket was watched closely.", "CHN"),
])
def test_launch_of_a_missile_is_a_show_of_force(code_events: Run, text: str, src: str) -> None:
    ev = one(code_events(text), "15")
    assert ev.source.key == src


@pytest.mark.parametrize("text, src, tgt, root", [
    ("Poland fears Moscow's invasion of Ukraine and its backing of Syria.", "RUS.GOV", "SYR", "07"),
    ("Germany criticised Iran's support for Syria and its arrest of Britain sailors.", "IRN", "GBR", "17"),
    ("Japan noted Beijing's condemnation of Seoul and its sanctions on Pyongyang.", "CHN.GOV", "PRK.GOV", "16"),
])
def test_pronoun_possessor_of_a_coordinated_noun_is_the_named_one(code_events: Run, text: str, src: str,
                                                                  tgt: str, root: str) -> None:
    assert (src, tgt) in pairs(code_events(text), root)


@pytest.mark.parametrize("text, src, tgt", [
    ("Two Hamas fighters were killed in a clash with Israeli troops.", "ISR.MIL", "PSE.REB:Hamas"),
    ("Five M23 rebels died in a firefight with the Congolese army on Sunday.", "COD.MIL", "COD.REB:M23"),
    ("Three Congolese army soldiers have been wounded in clashes with M23.", "COD.REB:M23", "COD.MIL"),
])
def test_casualties_of_a_fight_with_a_named_side_are_its_target(code_events: Run, text: str, src: str,
                                                                 tgt: str) -> None:
    assert pairs(code_events(text), "19") == {(src, tgt)}


def test_casualties_of_a_meeting_are_no_fight(code_events: Run) -> None:
    events = code_events("Two Hamas officials were injured in a meeting with Israeli troops.")
    assert not pairs(events, "19") and not pairs(events, "18")


def test_a_subject_that_kills_in_the_fight_stays_its_doer(code_events: Run) -> None:
    found = pairs(code_events("Israeli troops killed two M23 rebels in a clash with the Congolese army."), "19")
    assert ("ISR.MIL", "COD.REB:M23") in found and ("COD.MIL", "ISR.MIL") not in found


# "negotiators returned to Geneva for talks": a verb of going somewhere brings its subject to the occasion
@pytest.mark.parametrize("text, pairs", [
    ("American and Russian negotiators return to Geneva this week for talks on missiles.",
     {("USA", "RUS"), ("RUS", "USA")}),
    ("Israeli and Palestinian negotiators gathered in Cairo for talks on a truce.", {("ISR", "PSE"), ("PSE", "ISR")}),
    ("The Sudanese delegation flew to Addis Ababa for talks with the rebels.", {("SDN", "SDN")}),
])
def test_talks_a_party_went_somewhere_for_are_its_own(analyze_text: Callable[..., Any], text: str,
                                                      pairs: set[tuple[str, str]]) -> None:
    evs = [e for e in analyze_text(text).events if e.cameo == "040"]
    assert {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in evs} == pairs


@pytest.mark.parametrize("text", [
    "Kenya hoped for talks with Uganda.",  # goes nowhere: a wish, not talks held
    "Kenya called for talks with Uganda.",  # a request (its own event), not talks held
])
def test_talks_only_wished_or_asked_for_are_not_held(analyze_text: Callable[..., Any], text: str) -> None:
    assert [e for e in analyze_text(text).events if e.cameo == "040"] == []


@pytest.mark.parametrize("text", [
    "Reuters could not confirm the arrest of the two Ukrainian reporters in Minsk.",
    "The BBC confirmed the detention of its correspondent in Tehran.",
    "The Associated Press has not confirmed the expulsion of the Russian diplomats.",
])
def test_whoever_confirms_an_act_noun_is_not_its_doer(analyze_text: Callable[..., Any], text: str) -> None:
    # "confirm" reports the act (it is a cue of claims), it is no light verb whose subject does the act
    evs = [e for e in analyze_text(text).events if e.cameo[:2] == "17"]
    assert not [e.source.key for e in evs if e.source and e.source.key.endswith(".MED")], evs


@pytest.mark.parametrize("text, doer, target", [
    ("Israel confirmed it had expelled the Turkish ambassador.", "ISR", "TUR"),
    ("Moscow confirmed a German diplomat was expelled.", "RUS", "DEU"),
])
def test_a_state_confirming_its_own_act_is_still_its_doer(analyze_text: Callable[..., Any], text: str, doer: str,
                                                          target: str) -> None:
    evs = analyze_text(text).events
    assert any(e.cameo[:2] == "17" and e.source.key.startswith(doer) and e.target and e.target.key.startswith(target)
               for e in evs), [(e.cameo, e.source.key if e.source else None) for e in evs]


@pytest.mark.parametrize("text, src, left", [
    ("Russia completed the withdrawal of its troops from Syria.", "RUS.GOV", "SYR"),
    ("Russia announced a pullout of troops from Kherson.", "RUS.GOV", "UKR"),
])
def test_the_place_a_withdrawal_leaves_is_not_its_doer(analyze_text: Any, text: str, src: str, left: str) -> None:
    """"the withdrawal of its troops from Syria": Syria is left; the light verb's subject withdraws."""
    got = [(e.source.key, e.target.key.split(".")[0] if e.target else None) for e in analyze_text(text).events
           if e.cameo[:2] == "08"]
    assert got == [(src, left)]
