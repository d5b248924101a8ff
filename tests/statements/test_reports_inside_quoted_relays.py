"""A report inside words the quote pass attributed: 'Moscow rejects the claims about "mercenaries in
Africa", TASS reports' -- the closing attribution takes the quoted words with the clause that leads to
them, and the clause's own report (Moscow's rejection) still stands; relays then decides between them."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in analysis.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Georgia discredits the Armenian fake about "troops massing on the border", Trend reports.', "Georgia",
         "discredits"),
        ('Moscow rejects the Western claims about "mercenaries in Africa", TASS reports.', "Moscow", "rejects"),
        ('Ankara dismisses the report on "secret arms deliveries", Anadolu reports.', "Ankara", "dismisses"),
        ('Moscow rejected the Western claims about "mercenaries in Africa", TASS reported.', "Moscow", "rejected"),
    ],
)
def test_the_report_inside_an_outlets_quoted_relay_stands(analyze_text: Any, text: str, speaker: str,
                                                           cue: str) -> None:
    a = analyze_text(text)
    assert any(s.speaker and s.speaker.text == speaker and s.cue.text == cue for s in a.statements), _said(a)
    assert any(s.cue.text.startswith("report") for s in a.statements), _said(a)  # the outlet's report stays


def test_quoted_words_the_quote_pass_has_are_not_reported_twice(analyze_text: Any) -> None:
    a = analyze_text('"The talks have failed," the minister said, and he blamed the other side.')
    found = [s for s in a.statements if "talks have failed" in s.content.text]
    assert len(found) == 1, _said(a)
