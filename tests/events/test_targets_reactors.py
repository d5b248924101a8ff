"""The subject of the verb an event noun is the object of reacts to the event ("Ghana condemned the coup"):
of another country than the event's doer, it is not the party the event is aimed at."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _noun_targets(text: str, trigger: str) -> list[str | None]:
    return [e.target.key.split(".")[0] if e.target and e.target.key else None
            for e in analyze_text(text).events if e.trigger and e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, reactor", [
    ("Army officers in Mali seized power on Tuesday. Senegal condemned the coup.", "coup", "SEN"),
    ("Soldiers in Burkina Faso detained the president. Ghana denounced the coup on Friday.", "coup", "GHA"),
    ("Troops in Niger detained the president. Benin deplored the coup attempt.", "attempt", "BEN"),
])
def test_a_foreign_reactor_is_no_target_of_the_event_it_reacts_to(text, trigger, reactor):
    found = _noun_targets(text, trigger)
    assert found and reactor not in found


def test_the_reactors_own_event_keeps_its_target():
    text = "Soldiers in Burkina Faso detained the president. Ghana denounced the coup on Friday."
    assert [e.target.key.split(".")[0] for e in analyze_text(text).events
            if e.trigger and e.trigger.text == "denounced" and e.target and e.target.key] == ["BFA"]
