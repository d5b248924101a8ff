"""Attributions the parser misplaces: a relative pronoun that is the object of the reported clause
('the mine, which he says he wants to sell'), and an attribution set off by commas between a clause's
subject and its verb that the parser reads as a relative clause or as the sentence's root."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.cue.text, s.content.text) for s in analysis.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("He bought a stake in the plant, which Mr. Dalton says he is trying to keep open.", "Mr. Dalton",
         "he is trying to keep open"),
        ("They built a new clinic, which the doctor says he hopes to expand.", "the doctor", "he hopes to expand"),
        ("The firm runs a small refinery, which its chief says it plans to close.", "its chief", "it plans to close"),
        ("He owns a hotel in the capital, which Ms. Reyes says he is trying to sell quietly.", "Ms. Reyes",
         "he is trying to sell quietly"),
        # the pronoun as the clause's subject already worked: it must keep working
        ("The ministry ordered a review of the contract, which the governor says he never signed.", "the governor",
         "he never signed"),
    ],
)
def test_a_relative_object_of_the_reported_clause_leaves_the_rest_as_content(analyze_text: Any, text: str,
                                                                             speaker: str, content: str) -> None:
    a = analyze_text(text)
    assert any(s.speaker and s.speaker.text == speaker and s.content.text == content for s in a.statements), _said(a)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # read as a relative clause of the subject
        ("The new rules, Wallace explained earlier in the hearing, were meant to protect savers.", "Wallace",
         "were meant to protect savers"),
        # read as the root, the host verb as its conjunct
        ("The old bridge, Moreno explained later in the interview, was closed for safety reasons.", "Moreno",
         "was closed for safety reasons"),
        ("The pipeline deal, Petrov insisted earlier in the talks, remained on track.", "Petrov",
         "remained on track"),
        ("The ceasefire, Mensah acknowledged later in the evening, had been broken twice.", "Mensah",
         "had been broken twice"),
    ],
)
def test_an_attribution_between_subject_and_verb_reports_the_host_clause(analyze_text: Any, text: str,
                                                                         speaker: str, content: str) -> None:
    a = analyze_text(text)
    assert any(s.speaker and s.speaker.text == speaker and s.content.text == content for s in a.statements), _said(a)


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador, a veteran diplomat, met the president, and they discussed trade.",
        "The convoy, which the rebels stopped near the border, turned back.",
    ],
)
def test_an_apposition_or_a_real_relative_clause_is_no_attribution(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert not any(s.cue.text in ("met", "stopped", "turned") for s in a.statements), _said(a)
