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
