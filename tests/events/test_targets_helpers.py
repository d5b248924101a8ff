"""A party named in a "with" phrase of help ("with Albania's help", "with support from Ethiopia", "with the
backing of Pakistan") is on the doer's side, not the one the act is aimed at (``targets.helper_phrase``)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _pairs(text: str, root: str) -> list[tuple[str, str | None]]:
    return [(e.source.key.split(".")[0] if e.source and e.source.key else "",
             e.target.key.split(".")[0] if e.target and e.target.key else None)
            for e in analyze_text(text).events if e.root == root]


@pytest.mark.parametrize("text, root, pair, helper", [
    ("NATO said it would tighten the naval blockade of Serbia with Albania's help.", "13", ("NATO", "SRB"), "ALB"),
    ("Kenya imposed a blockade on Somalia with support from Ethiopia.", "19", ("KEN", "SOM"), "ETH"),
    ("Nigeria imposed a blockade on Cameroon with the backing of Chad.", "19", ("NGA", "CMR"), "TCD"),
])
def test_the_helper_is_not_the_target(text: str, root: str, pair: tuple[str, str], helper: str) -> None:
    found = _pairs(text, root)
    assert pair in found
    assert all(tgt != helper for src, tgt in found if src == pair[0])


@pytest.mark.parametrize("text, helper", [
    ("Turkey bombed the camps with the blessing of Washington.", "USA"),
    ("Russia attacked the city with help from Iran.", "IRN"),
    ("Egypt shelled the villages with assistance from Saudi Arabia.", "SAU"),
])
def test_a_helper_alone_gives_no_target(text: str, helper: str) -> None:
    """With no other party named, the helper still is not whom the act is aimed at."""
    assert all(tgt != helper for _, tgt in _pairs(text, "18") + _pairs(text, "19"))
