"""'Ethiopian and Kenyan officials said ...': a speaker under coordinated state modifiers speaks once
per state (GUIDE: a coordinated subject speaks once per party)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Talks ended. Ethiopian and Kenyan officials said the talks had been constructive.", ["ETH", "KEN"]),
        ("Talks ended. US and South Korean military officials said the drills would continue.", ["USA", "KOR"]),
        ("Talks ended. Egyptian, Qatari and US mediators said the talks had stalled.", ["EGY", "QAT", "USA"]),
    ],
)
def test_each_coordinated_state_modifier_is_a_speaker(analyze_text: Any, text: str, keys: list[str]) -> None:
    found = [s for s in analyze_text(text).statements if s.cue.text == "said"]
    assert sorted((s.speaker.key or "").split(".")[0] for s in found if s.speaker) == sorted(keys), found


def test_the_sector_of_the_description_is_kept_for_each_state(analyze_text: Any) -> None:
    found = analyze_text("Talks ended. US and South Korean military officials said the drills would continue.")
    assert {s.speaker.key for s in found.statements if s.speaker} == {"USA.MIL", "KOR.MIL"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks ended. Senior and junior officials said the talks had stalled.",
        "Talks ended. Kenyan officials said the talks had stalled.",
        "Talks ended. Current and former Kenyan officials said the talks had stalled.",
    ],
)
def test_modifiers_that_are_not_distinct_states_give_one_speaker(analyze_text: Any, text: str) -> None:
    assert len([s for s in analyze_text(text).statements if s.cue.text == "said"]) == 1
