"""A coup or a seizure of power by a country's own forces or factions is aimed at that country's government,
not at a foreign party named nearby (``targets.against_own_state``, ``own_state`` in event_patterns.json)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _coups(text: str) -> list[tuple[str, str | None]]:
    return [(e.source.key if e.source and e.source.key else "", e.target.key if e.target and e.target.key else None)
            for e in analyze_text(text).events if e.cameo == "170"]


@pytest.mark.parametrize("text, pair", [
    ("The army staged a coup in Niger, and France condemned it.", ("NER.MIL", "NER.GOV")),
    ("The military coup in Guinea drew criticism from Paris.", ("GIN.MIL", "GIN.GOV")),
    ("Rebels seized power in the Central African Republic as Chad looked on.", ("CAF.REB", "CAF.GOV")),
])
def test_a_coup_is_aimed_at_the_doers_own_government(text: str, pair: tuple[str, str]) -> None:
    assert pair in _coups(text)


def test_a_coup_against_a_named_government_keeps_it() -> None:
    assert ("MLI.MIL", "MLI.GOV") in _coups("Soldiers launched a coup against the government in Mali.")


def test_the_own_state_patterns_are_checked_at_load() -> None:
    from tidings import data
    from tidings.events import patterns

    obj = dict(data.load("event_patterns"), own_state={"patterns": ["170:noun:no such coup"]})
    assert any("own_state" in p for p in patterns._check(obj))
    assert not patterns._check(data.load("event_patterns"))


def test_the_own_state_patterns_are_in_the_dictionary() -> None:
    from tidings.events.patterns import index

    assert "170:noun:coup" in index().own_state
