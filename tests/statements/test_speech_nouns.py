"""Statements carried by a speech noun with an owner: 'Kenya's denial that ...', 'UN accusations of
...', 'the allegation by Moscow that ...'."""

from __future__ import annotations

from typing import Any

import pytest


def _by_cue(analysis: Any, cue: str) -> Any:
    found = [s for s in analysis.statements if s.cue.text == cue]
    assert found, [(s.speaker, s.cue.text, s.content.text) for s in analysis.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "key", "content", "stance"),
    [
        ("Kenya's denial that its troops were involved came a day after the raid.", "denial", "KEN",
         "its troops were involved", "denies"),
        ("Ghana's claim that the vessel had entered its waters surprised the shipping company.", "claim", "GHA",
         "the vessel had entered its waters", "asserts"),
        ("The allegation by Moscow that Kyiv had staged the attack drew little notice abroad.", "allegation", "RUS",
         "Kyiv had staged the attack", "asserts"),
    ],
)
def test_a_speech_noun_with_an_owner_states_its_that_clause(analyze_text: Any, text: str, cue: str, key: str,
                                                            content: str, stance: str) -> None:
    st = _by_cue(analyze_text(text), cue)
    assert st.speaker is not None and (st.speaker.key or "").split(".")[0] == key, st.speaker
    assert st.content.text.startswith(content), st.content.text
    assert st.stance == stance


@pytest.mark.parametrize(
    ("text", "cue", "key", "content"),
    [
        ("The UN's accusations of war crimes angered the government in Juba.", "accusations", "UN", "war crimes"),
        ("The fighting has been overshadowed by UN accusations of atrocities by all sides.", "accusations", "UN",
         "atrocities"),
        ("Nigeria's warning of reprisals against the smugglers was repeated on radio.", "warning", "NGA", "reprisals"),
    ],
)
def test_an_of_phrase_is_what_an_accusing_noun_states(analyze_text: Any, text: str, cue: str, key: str,
                                                      content: str) -> None:
    st = _by_cue(analyze_text(text), cue)
    assert st.speaker is not None and (st.speaker.key or "").split(".")[0] == key, st.speaker
    assert st.content.text.startswith(content), st.content.text


@pytest.mark.parametrize(
    "text",
    [
        "The claim that the vessel had entered Ghanaian waters surprised the shipping company.",
        "Analysts doubted the claim made in the report that the vessel had sunk.",
        "The statement of the obvious that prices rise in winter bored the audience.",
    ],
)
def test_a_speech_noun_without_a_coded_owner_reports_nothing(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert not [s for s in a.statements if s.cue.text in ("claim", "statement")], a.statements


def test_a_speech_noun_inside_another_report_is_not_reported_twice(analyze_text: Any) -> None:
    a = analyze_text("Tehran said Washington's claim that the drone had strayed into Iranian airspace was false.")
    assert [s.cue.text for s in a.statements] == ["said"], a.statements
