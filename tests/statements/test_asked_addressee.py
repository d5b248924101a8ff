"""'Asked whether ..., the minister said': a directive cue in the passive names the one asked; the
question is not the subject's statement (its answer is)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, question, answer",
    [
        ("Asked whether talks would resume, the foreign minister said no decision had been made.",
         "talks would resume", "no decision had been made"),
        ("When asked if he would resign, the mayor said he had done nothing wrong.",
         "he would resign", "he had done nothing wrong"),
        ("Asked about the sanctions, the spokeswoman said Moscow would respond in kind.",
         "the sanctions", "Moscow would respond"),
        ("Asked by reporters whether troops would stay, the ambassador said the mission would end in May.",
         "troops would stay", "the mission would end"),
    ],
)
def test_the_one_asked_does_not_say_the_question(analyze_text, text, question, answer) -> None:
    a = analyze_text(text)
    got = [(s.cue.text, s.content.text) for s in a.statements]
    assert not any(s.content.text.startswith(question) for s in a.statements), got
    assert any(answer in s.content.text for s in a.statements), got


@pytest.mark.parametrize(
    "text, words",
    [
        ("The UN has asked Israel to open more crossings into Gaza.", "to open more crossings"),
        ("The president asked parliament to approve the budget before the summer recess.", "to approve the budget"),
        ("Aid groups urged donors to release the frozen funds.", "to release the frozen funds"),
    ],
)
def test_an_active_directive_still_reports(analyze_text, text, words) -> None:
    a = analyze_text(text)
    assert any(words in s.content.text for s in a.statements), [(s.cue.text, s.content.text) for s in a.statements]
