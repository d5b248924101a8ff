"""An offer, pledge or aid that commits the doer's own forces is aimed at where they go, not at those forces
(``targets._own_force_committed``); a show of force deploying them keeps them as its object."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


def _targets(events: list[Any], root: str) -> list[str | None]:
    return [e.target.key if e.target else None for e in events if e.cameo[:2] == root]


@pytest.mark.parametrize("text, target", [
    ("Israel agreed to withdraw Israeli troops from Syria.", "SYR"),
    ("Israel is willing to withdraw Israeli troops from Syria.", "SYR"),
    ("Israel pledged to pull Israeli troops back from Syria.", "SYR"),
    ("Israel is prepared to withdraw Israeli troops from Syria by March.", "SYR"),
])
def test_committed_own_forces_are_not_the_target(code_events: Run, text: str, target: str) -> None:
    found = _targets(code_events(text), "03")
    assert "ISR.MIL" not in found
    assert target in found


def test_deploying_own_forces_keeps_them(code_events: Run) -> None:
    """A show of force (CAMEO 15) moving the doer's own forces keeps them as what it deploys."""
    assert _targets(code_events("Israel offered to deploy Israeli troops in Egypt."), "15") == ["ISR.MIL"]
