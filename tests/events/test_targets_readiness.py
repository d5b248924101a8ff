"""Readiness ("ready / willing / prepared to ...") is aimed at the party of the infinitive it is ready for, also
when that infinitive governs further ones (``targets.infinitive_chain``)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


@pytest.mark.parametrize("text, pair", [
    ("Germany is ready to help defend Poland.", ("DEU", "POL")),
    ("Japan is willing to send aid to help rebuild Ukraine.", ("JPN", "UKR")),
    ("France is prepared to try to persuade Iran.", ("FRA", "IRN")),
])
def test_readiness_reaches_the_last_infinitive_s_party(code_events: Run, text: str, pair: tuple[str, str]) -> None:
    found = [(e.source.key, e.target.key if e.target else None) for e in code_events(text) if e.cameo[:2] == "03"]
    assert pair in found


def test_readiness_keeps_the_first_infinitive_s_party(code_events: Run) -> None:
    """The nearest infinitive's own party still comes first."""
    found = [e.target.key if e.target else None for e in code_events("Germany is ready to talk with Iran to help Syria.")
             if e.cameo[:2] == "03"]
    assert found[:1] == ["IRN"]
