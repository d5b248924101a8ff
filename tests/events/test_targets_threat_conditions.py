"""A threat names no party of its own when it only says what the doer will do; it is aimed at the party whose
act its "if"/"unless" condition names, on the verb or on the act threatened (``targets.threat_conditions``)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _threats(text: str) -> list[tuple[str, str | None]]:
    return [(e.source.key.split(".")[0] if e.source and e.source.key else "",
             e.target.key.split(".")[0] if e.target and e.target.key else None)
            for e in analyze_text(text).events if e.root == "13" and e.trigger.text in ("threatened", "warned")]


@pytest.mark.parametrize("text, pair", [
    ("Iran threatened to close the strait if the United States imposes new sanctions.", ("IRN", "USA")),
    ("Russia threatened to cut gas supplies if Ukraine joins the alliance.", ("RUS", "UKR")),
    ("North Korea warned it would retaliate if South Korea holds the drills.", ("PRK", "KOR")),
    ("Pakistan threatened to suspend trade unless India releases the fishermen.", ("PAK", "IND")),
    ("Israel warned it would strike back unless Hezbollah pulls its fighters from the border.", ("ISR", "LBN")),
    ("Serbia threatened to recall its envoy if Montenegro recognizes the breakaway region.", ("SRB", "MNE")),
])
def test_the_threat_is_aimed_at_the_party_of_its_condition(text: str, pair: tuple[str, str]) -> None:
    assert pair in _threats(text)


def test_a_threat_with_its_own_object_keeps_it() -> None:
    """The party the verb itself names comes before its condition's."""
    found = _threats("China threatened Japan with countermeasures if Australia sends warships.")
    assert ("CHN", "JPN") in found
    assert ("CHN", "AUS") not in found
