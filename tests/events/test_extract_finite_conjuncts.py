"""A finite verb the parser joins to a to-infinitive ("ordered X to leave and expelled Y") is the first
verb's conjunct and shares its subject, not the infinitive's controller."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _events(text: str, trigger: str) -> list[tuple[str | None, str]]:
    a = analyze_text(text)
    return [(e.source.key if e.source else None, e.status) for e in a.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, doer", [
    ("Mali's junta ordered French troops to leave the country and expelled the French ambassador.", "expelled", "MLI"),
    ("Turkey asked Sweden to extradite the suspects and summoned the Swedish ambassador.", "summoned", "TUR"),
    ("Iran urged Iraq to close the border and arrested three Kurdish activists.", "arrested", "IRN"),
    ("Algeria told Spain to halt the gas deal and recalled its ambassador from Madrid.", "recalled", "DZA"),
])
def test_the_finite_conjunct_shares_the_first_subject(text: str, trigger: str, doer: str) -> None:
    events = _events(text, trigger)
    assert events and all((s or "").startswith(doer) for s, _ in events), events


def test_an_infinitive_conjunct_keeps_the_controller() -> None:
    # "to leave and (to) return": both bare infinitives, both done by the ordered party
    events = _events("Mali ordered French troops to withdraw and hand over their bases.", "withdraw")
    assert not events or all((s or "").startswith("FRA") for s, _ in events), events


def test_the_finite_conjunct_is_reported_as_fact_under_a_said_frame_only_when_framed() -> None:
    events = _events("Officials said Turkey asked Sweden to extradite the suspects and summoned the Swedish "
                     "ambassador.", "summoned")
    assert events and events[0][0].startswith("TUR") and events[0][1] == "claimed", events


@pytest.mark.parametrize("text, trigger, doer", [
    ("Britain accused China of carrying out a cyberattack on its electoral commission and sanctioned two "
     "Chinese officials.", "sanctioned", "GBR"),
    ("Canada accused India of plotting the killing of a Sikh activist and expelled an Indian diplomat.",
     "expelled", "CAN"),
    ("Kenya accused Somalia of arming the militants and expelled the Somali ambassador.", "expelled", "KEN"),
])
def test_a_finite_verb_joined_to_a_gerund_shares_the_first_subject(text: str, trigger: str, doer: str) -> None:
    events = _events(text, trigger)
    assert events and all((s or "").startswith(doer) for s, _ in events), events
