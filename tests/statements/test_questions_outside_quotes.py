"""'Does the administration believe the ceasefire will hold?': a reporting verb with its auxiliary
before its subject in a question asks; nothing is said."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, words",
    [
        ("Does the administration believe the ceasefire will hold?", "the ceasefire will hold"),
        ("Did the minister say the border would reopen before the election?", "the border would reopen"),
        ("Will the president announce that troops are coming home?", "troops are coming home"),
    ],
)
def test_a_question_says_nothing(analyze_text, text, words) -> None:
    a = analyze_text(text)
    assert not any(words in s.content.text for s in a.statements), [(s.cue.text, s.content.text) for s in a.statements]


@pytest.mark.parametrize(
    "text, words",
    [
        ("The minister said the border would reopen, but when?", "the border would reopen"),
        ("The administration believes the ceasefire will hold.", "the ceasefire will hold"),
        ("Officials said they did not know who had fired first.", "they did not know"),
    ],
)
def test_statements_are_kept(analyze_text, text, words) -> None:
    a = analyze_text(text)
    assert any(words in s.content.text for s in a.statements), [(s.cue.text, s.content.text) for s in a.statements]
