"""Relayed speech: 'the envoy said the bloc believes "now is not the time"' keeps the bloc's quoted
words as its own statement, while 'the ministry said Ethiopia had rejected the plan' reports only
the ministry's words."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "inner_key"),
    [
        ('Talks ended. Kenya\'s envoy told the council that the African Union believes "now is not the time for '
         'sanctions."', "AU"),
        ('Talks ended. The Ghanaian minister said that Nigerian officials believe "the deal betrays the whole '
         'region."', "NGA"),
        ('Talks ended. Egypt\'s foreign ministry said Ethiopia insists "the dam is a matter of survival for us."',
         "ETH"),
    ],
)
def test_quoted_words_relayed_by_another_speaker_are_the_quoted_partys(analyze_text: Any, text: str,
                                                                       inner_key: str) -> None:
    found = analyze_text(text).statements
    assert any((s.speaker.key or "").startswith(inner_key) and s.kind == "direct" for s in found if s.speaker), found


def test_reported_words_relayed_by_another_speaker_stay_the_reporters(analyze_text: Any) -> None:
    found = analyze_text("Talks ended. Egypt's foreign ministry said Ethiopia had rejected the plan.").statements
    assert [(s.speaker.key or "").split(".")[0] for s in found if s.speaker] == ["EGY"], found
