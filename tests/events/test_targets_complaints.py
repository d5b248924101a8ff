"""A complaint carried to an audience ("complained to the UN over ...") is aimed at the party it is about, not at
the one it is made to (``targets.complained_of``)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(e.source.key.split(".")[0] if e.source and e.source.key else "",
             e.target.key.split(".")[0] if e.target and e.target.key else None)
            for e in analyze_text(text).events if e.root == "11"]


@pytest.mark.parametrize("text, pair, audience", [
    ("Lebanon complained to the United Nations over Israeli air raids.", ("LBN", "ISR"), "UN"),
    ("Kenya protested to the African Union about Somalia.", ("KEN", "SOM"), "AU"),
    ("Iran complained to the Security Council about the United States.", ("IRN", "USA"), "UN"),
])
def test_the_complaint_is_aimed_at_what_it_is_about(text: str, pair: tuple[str, str], audience: str) -> None:
    found = _pairs(text)
    assert pair in found
    assert (pair[0], audience) not in found


def test_a_complaint_about_no_party_keeps_its_audience() -> None:
    """Only a party the "over"/"about" phrase names goes before the audience."""
    assert ("JPN", "CHN") in _pairs("Japan complained to China about the incident.")
