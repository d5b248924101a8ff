"""Verbs of judgement whose bare noun object is what was said: 'Kenya *condemned* the attack', 'the
AU *praised* the agreement', 'Germany *welcomed* the decision' report the speaker's judgement of that
thing (speech_cues: object true), as 'deplored the attack' and 'rejected the plan' do."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Kenya condemned the attack on the aid convoy near the border.", "Kenya", "the attack on the aid convoy"),
        ("The African Union praised the peace agreement signed in Pretoria.", "African Union", "the peace agreement"),
        ("Germany welcomed the decision to reopen the border crossing.", "Germany", "the decision to reopen"),
        ("The opposition denounced the results of the regional election.", "opposition", "the results of the regional"),
        ("Ghana hailed the ceasefire between the two factions.", "Ghana", "the ceasefire"),
    ],
)
def test_a_judgement_verb_reports_its_noun_object(analyze_text: Any, text: str, speaker: str, words: str) -> None:
    found = [s for s in analyze_text(text).statements if words in s.content.text]
    assert found, [(s.speaker, s.content.text) for s in analyze_text(text).statements]
    assert found[0].speaker is not None and speaker in found[0].speaker.text, found[0].speaker
