"""A show of force (CAMEO 15) is aimed at the party it is readied against ("mobilized reservists for a war
against Iraq"), before the doer's own forces it moves (``targets.opposed_in_preparation``)."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _pairs(text: str) -> list[tuple[str, str | None]]:
    return [(e.source.key.split(".")[0] if e.source and e.source.key else "",
             e.target.key.split(".")[0] if e.target and e.target.key else None)
            for e in analyze_text(text).events if e.root == "15"]


@pytest.mark.parametrize("text, pair", [
    ("Britain mobilized army reservists for a possible war against Iraq.", ("GBR", "IRQ")),
    ("Turkey mobilized army reservists for an operation against Syria.", ("TUR", "SYR")),
    ("Iran called up army reservists for a campaign against Iraq.", ("IRN", "IRQ")),
    ("Serbia put its army on alert against an incursion by Kosovo.", ("SRB", "XKX")),
])
def test_the_party_it_is_readied_against_is_the_target(text: str, pair: tuple[str, str]) -> None:
    found = _pairs(text)
    assert found == [pair]


def test_with_no_opponent_the_moved_forces_stay() -> None:
    """No "against" phrase: the doer's own forces it deploys stay what the show of force is about."""
    assert _pairs("Israel offered to deploy Israeli troops in Egypt.") == [("ISR", "ISR")]
