"""'spread rumours that ...' passes words on; 'spread chaos' is an act: a message verb reports speech
only with a message noun (data: message_nouns) or a quotation as its object."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The rebels spread chaos across the northern province last year.",
        "Militants have spread fear in the border towns for months.",
        "The occupying troops spread terror among villagers in the south.",
    ],
)
def test_a_message_verb_with_a_thing_as_object_says_nothing(analyze_text, text) -> None:
    a = analyze_text(text)
    assert not any(s.cue.text.startswith("spread") for s in a.statements), [(s.cue.text, s.content.text) for s in a.statements]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Opposition groups spread rumours that the president was gravely ill.", "rumours that the president"),
        ("State media spread disinformation about the protests in the capital.", "disinformation about the protests"),
        ("The embassy circulated a claim that the vote had been rigged.", "the vote had been rigged"),
    ],
)
def test_a_message_verb_with_a_message_reports(analyze_text, text, words) -> None:
    a = analyze_text(text)
    assert any(words in s.content.text for s in a.statements), [(s.cue.text, s.content.text) for s in a.statements]


def test_the_lexicon_lists_message_verbs() -> None:
    from tidings.statements.cues import lexicon

    assert "spread" in lexicon().message_verbs and "rumour" in lexicon().message_nouns
