"""Verbs of reporting whose bare noun object is what was reported: 'Iran *admitted* the error', 'the
ministry *revealed* the plan', 'the central bank *predicted* a recession' (speech_cues: object true), as
'announced the decision' and 'confirmed the deaths' do."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Iran admitted the error in its report on the drone strike.", "Iran", "the error"),
        ("The Kenyan ministry revealed the plan for a new rail line to Uganda.", "ministry", "the plan for a new rail"),
        ("Nigeria's central bank predicted a recession for the coming year.", "bank", "a recession"),
        ("Ghanaian officials acknowledged the delay in paying the soldiers.", "officials", "the delay"),
        ("The Egyptian army disclosed the names of the captured smugglers.", "army", "the names of the captured"),
    ],
)
def test_a_report_verb_reports_its_noun_object(analyze_text: Any, text: str, speaker: str, words: str) -> None:
    statements = analyze_text(text).statements
    found = [s for s in statements if words in s.content.text]
    assert found, [(s.speaker, s.content.text) for s in statements]
    assert found[0].speaker is not None and speaker in found[0].speaker.text, found[0].speaker
