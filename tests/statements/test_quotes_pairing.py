"""Quote finding on raw text: marks, nesting, apostrophes, paragraphs."""

from __future__ import annotations

import pytest

from tidings.statements.quotes import find_quotes


def _inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The minister said: "We will not retreat."', ["We will not retreat."]),
        ("“Sanctions will fail,” the envoy said.", ["Sanctions will fail,"]),
        ("Le ministre a parlé de «provocation» hier.", ["provocation"]),
        ("China warns India of 'serious consequences' over border", ["serious consequences"]),
        ('"The US is \'distinguished\' in this," Kim said.', ["The US is 'distinguished' in this,"]),
    ],
)
def test_quotes_pairing_marks(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_quotes_pairing_apostrophes_are_not_quotes() -> None:
    assert _inner("Russia's envoy and the Kremlin's aides didn't comment.") == []


def test_quotes_pairing_paragraph_continuation() -> None:
    text = 'He said: "The first paragraph ends open.\n\n"The second one closes," he added.'
    assert _inner(text) == ['The first paragraph ends open.\n\n"The second one closes,']


def test_quotes_pairing_unclosed_quote_is_dropped() -> None:
    assert _inner('He said "this never closes.\nNext paragraph without a mark.') == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We need the fighting to end. “The border has been closed since May.",
         ["We need the fighting to end."]),
        ("“Prices will rise,” she said. “The harvest failed.“ Farmers agree.",
         ["Prices will rise,", "The harvest failed."]),
    ],
)
def test_quotes_pairing_a_second_opening_mark_closes_the_quote(text: str, expected: list[str]) -> None:
    # a mistyped closer: the quote does not swallow the sentences after it
    assert _inner(text) == expected


def test_quotes_pairing_nested_single_quotes_do_not_close_a_double_quote() -> None:
    assert _inner("“They called it ‘a farce’ from the start,” he said.") == ["They called it ‘a farce’ from the start,"]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Most members backed the plan because it was \"simple and cheap,\" while the treasurer said the costs "
         "were hidden.", "the treasurer", "the costs were hidden"),
        ("The coach said his team lost because the pitch was \"a swamp,\" although he admitted his players were tired.",
         "he", "his players were tired"),
    ],
)
def test_a_cue_in_a_subordinate_clause_after_a_quote_is_not_its_tag(analyze_text, text, speaker, words) -> None:
    a = analyze_text(text)
    said = [(s.speaker.text if s.speaker else None, s.content.text) for s in a.statements]
    assert (speaker, words) in said, said
    # the quote belongs to the clause before it, never to the subordinate clause's speaker
    assert not any(s.speaker is not None and s.speaker.text == speaker and "\"" in s.content.text
                   for s in a.statements), said


def test_a_tag_right_after_a_quote_still_attributes_it(analyze_text) -> None:
    a = analyze_text("\"We will talk about the cases in front of us,\" the judge noted.")
    assert [(s.speaker.text, s.kind) for s in a.statements if s.speaker] == [("the judge", "direct")]
