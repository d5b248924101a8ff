"""Speech-act nouns with their holders and targets (events/nominal.py): an accusation, claim or proposal that
a denial or rejection answers is an event of its own when the noun names who made it, aimed at the one who
answers it; the maker comes from a "from"/"by" phrase, a national modifier or a clause on the noun."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


def signatures(events: list[Any]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source.key if e.source else None, e.cameo[:2], e.target.key if e.target else None) for e in events}


@pytest.mark.parametrize("text, holder, answerer", [
    ("Moscow rejected allegations from Kyiv that it had shelled the dam.", "UKR.GOV", "RUS.GOV"),
    ("Beijing dismissed accusations from Washington of hacking the power grid.", "USA.GOV", "CHN.GOV"),
    ("Tehran has denied charges from Seoul about the seized tanker.", "KOR.GOV", "IRN.GOV"),
    ("Pakistan on Tuesday flatly rejected the allegations from India.", "IND", "PAK"),
])
def test_answered_accusation_from_a_party_is_its_accusation_of_the_denier(
        code_events: Run, text: str, holder: str, answerer: str) -> None:
    found = signatures(code_events(text))
    assert (holder, "11", answerer) in found
    assert (answerer, "01", holder) in found  # the denial itself stays


@pytest.mark.parametrize("text, holder, answerer", [
    ("Pakistan rejected the charges levelled by India over the border raid.", "IND", "PAK"),
    ("Beijing has denied the accusations made by Washington last month.", "USA.GOV", "CHN.GOV"),
    ("The claims issued by Kyiv were dismissed by Moscow.", "UKR.GOV", "RUS.GOV"),
    ("Tehran will reject any allegations raised by Seoul at the talks.", "KOR.GOV", "IRN.GOV"),
    # the maker as subject of a relative clause
    ("Moscow dismissed the allegations Kyiv made on Sunday.", "UKR.GOV", "RUS.GOV"),
    ("Tehran rejected the accusations Washington raised at the council.", "USA.GOV", "IRN.GOV"),
    ("Beijing denied the charges that Seoul had filed.", "KOR.GOV", "CHN.GOV"),
])
def test_maker_in_a_clause_on_the_noun_holds_the_answered_accusation(
        code_events: Run, text: str, holder: str, answerer: str) -> None:
    assert (holder, "11", answerer) in signatures(code_events(text))


@pytest.mark.parametrize("text, holder, answerer, root", [
    ("Moscow rejected Hungarian accusations of meddling.", "HUN", "RUS.GOV", "11"),
    ("Pakistan denied Belgian allegations about the arms shipment.", "BEL", "PAK", "11"),
    ("Kyiv rejected a Romanian proposal for a ceasefire.", "ROU", "UKR.GOV", "02"),
])
def test_national_modifier_holds_the_answered_speech_act(
        code_events: Run, text: str, holder: str, answerer: str, root: str) -> None:
    assert (holder, root, answerer) in signatures(code_events(text))


@pytest.mark.parametrize("text", [
    "Moscow denied the allegations.",
    "Beijing flatly rejected the accusations on Monday.",
    "Tehran dismissed the claims as baseless.",
])
def test_bare_answered_claim_noun_is_no_event_of_its_own(code_events: Run, text: str) -> None:
    assert not [e for e in code_events(text) if e.trigger.text.lower().startswith(("allegation", "accusation", "claim"))]


@pytest.mark.parametrize("text", [
    "Moscow denied Kyiv's claims.",
    "Beijing rejected Washington's accusations on Monday.",
    "Tehran dismissed Seoul's allegations about the tanker.",
])
def test_possessed_claim_noun_points_back_and_is_coded_on_the_denial(code_events: Run, text: str) -> None:
    events = code_events(text)
    assert {e.cameo[:2] for e in events} == {"01"}


@pytest.mark.parametrize("text", [
    "Pakistan welcomed the proposal which India accepted.",
    "Moscow praised the plan that Kyiv received on Friday.",
    "Washington backed the offer Beijing accepted.",
])
def test_accepting_or_receiving_a_proposal_does_not_make_it(code_events: Run, text: str) -> None:
    events = code_events(text)
    makers = {"India": "IND", "Kyiv": "UKR.GOV", "Beijing": "CHN.GOV"}
    taker = next(k for n, k in makers.items() if n in text)
    assert not [e for e in events if e.cameo[:2] == "02" and e.source is not None and e.source.key == taker]


def test_answered_accusation_is_reported_as_made(code_events: Run) -> None:
    ev = next(e for e in code_events("Beijing denied the charges Washington made last week.") if e.cameo[:2] == "11")
    assert ev.status == "asserted" and ev.trigger.text == "charges"


@pytest.mark.parametrize("text, holder", [
    ("NEW DELHI - India on Monday rejected the claims made by the Pakistani interior minister.", "PAK"),
    ("TOKYO - Japan dismissed the allegations levelled by the Chinese vice foreign minister.", "CHN"),
    ("ANKARA - Turkey denied the accusations made by the Greek defence minister.", "GRC"),
])
def test_national_modifier_overrides_the_dateline_country_of_an_official(
        analyze_text: Any, text: str, holder: str) -> None:
    events = analyze_text(text, date="2024-05-01").events
    accusations = [e for e in events if e.cameo[:2] == "11"]
    assert accusations and all(e.source is not None and e.source.key.split(".")[0] == holder for e in accusations)


@pytest.mark.parametrize("text, src, tgt", [
    ("The NATO resolution against Moscow was adopted on Friday.", "NATO", "RUS.GOV"),
    ("A resolution adopted by the European Union against Iran condemned the executions.", "EU", "IRN"),
    ("The European Union drafted a resolution against Syria over the sieges.", "EU", "SYR"),
    ("The European Union passed a resolution against Iran on Tuesday.", "EU", "IRN"),
    ("Last year NATO passed a resolution against Moscow.", "NATO", "RUS.GOV"),
])
def test_resolution_aimed_at_a_party_is_a_condemnation_of_it(code_events: Run, text: str, src: str,
                                                            tgt: str) -> None:
    assert (src, "11", tgt) in signatures(code_events(text))


@pytest.mark.parametrize("text", [
    "Resolution 2231 remains in force.",
    "Kyiv hopes for a resolution of the dispute with Moscow.",
    "The resolution of the crisis between Egypt and Sudan took months.",
])
def test_resolution_aimed_at_no_one_is_no_event(code_events: Run, text: str) -> None:
    assert not [e for e in code_events(text) if e.trigger.text.lower() == "resolution"]
