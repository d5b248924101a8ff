"""Ergative verbs: with no object, the subject is what the object would be ("the troops withdrew")."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _codes(text: str, trigger: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text)
    return [(e.cameo, e.source.key if e.source else None) for e in a.events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, source", [
    ("Eritrean troops withdrew from Tigray on Monday.", "withdrew", "ERI"),
    ("Israeli forces pulled out of Khan Younis after a four-month offensive.", "pulled", "ISR"),
    ("Rwandan soldiers withdrew from two towns in eastern Congo overnight.", "withdrew", "RWA"),
    ("Ethiopian troops pulled back from the border on Friday.", "pulled", "ETH"),
])
def test_forces_withdrawing_retreat(text: str, trigger: str, source: str) -> None:
    codes = _codes(text, trigger)
    assert codes and codes[0][0] == "0874" and (codes[0][1] or "").startswith(source), codes


@pytest.mark.parametrize("text, trigger", [
    ("The United States withdrew from the nuclear deal with Iran.", "withdrew"),
    ("Mali withdrew from the regional bloc ECOWAS in January.", "withdrew"),
])
def test_a_state_withdrawing_from_a_pact_reduces_relations(text: str, trigger: str) -> None:
    codes = _codes(text, trigger)
    assert codes and codes[0][0].startswith("16"), codes


def test_the_transitive_reading_is_unchanged() -> None:
    assert _codes("Ethiopia withdrew its troops from Somalia.", "withdrew")[0][0] == "0874"


def test_a_verb_that_is_not_ergative_keeps_its_subject_as_doer() -> None:
    # "troops attacked" is never "attacked the troops"
    codes = _codes("Russian troops attacked the village of Avdiivka in Ukraine.", "attacked")
    assert codes and not codes[0][0].startswith("087"), codes
