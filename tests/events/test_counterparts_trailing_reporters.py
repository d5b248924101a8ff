"""A monitor or outlet cited after the act it reports ("..., a rights group said") is where the report comes
from, not a party: the next act that names no target does not take it as the nearest other party."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _targets(text: str, trigger: str) -> list[str | None]:
    return [e.target.key if e.target else None for e in analyze_text(text).events
            if e.trigger and e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Ugandan police shot dead two students who marched on parliament on Monday, a rights group said. "
     "Demonstrators set part of the building on fire as the session went on.", "set"),
    ("Peruvian police shot three miners who blocked the highway, a local newspaper reported. "
     "Protesters set part of the station on fire.", "set"),
    ("Bolivian soldiers killed two farmers who occupied the plaza, a human rights organisation said. "
     "Angry villagers set the town hall on fire.", "set"),
])
def test_a_trailing_reporter_is_no_target_of_the_next_act(text, trigger):
    found = _targets(text, trigger)
    assert found and all(t is None or t.split(".")[-1] not in ("NGO", "MED") for t in found)


def test_a_state_reporting_an_attack_may_still_be_its_target():
    found = [(e.source.key.split(".")[0] if e.source and e.source.key else "",
              e.target.key.split(".")[0] if e.target and e.target.key else None)
             for e in analyze_text("Russia shelled the border town overnight, Ukraine's military said.").events
             if e.root == "19"]
    assert ("RUS", "UKR") in found
