"""The other party at home: which parties of the source's own country ``counterparts.counterpart`` may take as
the side an act is aimed at (``counterparts.home_side``)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.counterparts import home_side

Run = Callable[..., list[Any]]


@pytest.mark.parametrize("key, sources", [
    ("SDN", {"SDN.REB:RSF"}),      # "the RSF shelled Sudan's ...": rebels against their state
    ("IRN", {"IRN.CVL"}),          # "protesters denounced Iran"
    ("PAK", {"PAK.OPP"}),          # "the opposition accused Pakistan of ..."
    ("NER.REB", {"NER"}),          # "Niger fought its rebels": a bare state against a group of its own
    ("NER.CVL", {"NER"}),
    ("PAK.COP", {"PAK.CVL"}),      # "police clashed with protesters"
])
def test_another_side_at_home(key: str, sources: set[str]) -> None:
    assert home_side(key, sources)


@pytest.mark.parametrize("key, sources", [
    ("SDN", {"SDN.GOV"}),          # the state's own government is no other side of it
    ("IRN", {"IRN.MIL"}),
    ("IRN", {"IRN"}),
    ("PAK.COP", {"PAK.COP"}),      # the same sector
    ("SDN", {"SDN.REB:RSF", "SDN.GOV"}),
])
def test_no_other_side_at_home(key: str, sources: set[str]) -> None:
    assert not home_side(key, sources)


@pytest.mark.parametrize("text, root, pair", [
    ("Protesters gathered outside parliament after Pakistan banned the rally.", "14", ("PAK.CVL", "PAK")),
    ("Pakistan launched a crackdown on Friday after protesters gathered outside parliament.", "14",
     ("PAK.CVL", "PAK")),
])
def test_crowd_against_its_own_state(code_events: Run, text: str, root: str, pair: tuple[str, str]) -> None:
    """A crowd's act aimed at its own state named bare nearby."""
    found = [(e.source.key, e.target.key if e.target else None) for e in code_events(text) if e.cameo[:2] == root]
    assert pair in found
