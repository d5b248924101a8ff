"""Directive cues with a noun object: 'urged restraint' asks for restraint (a statement); 'urged
Iran' with nothing asked names only the one asked (no statement)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Delegates met in Lusaka. Guterres urged a complete overhaul of the aid system.",
         "a complete overhaul of the aid system"),
        ("Delegates met in Lusaka. The Zambian president urged calm after the vote.", "calm"),
        ('Delegates met in Lusaka. The envoy urged an "urgent review of the border rules."',
         "urgent review of the border rules"),
    ],
)
def test_a_noun_object_of_urge_is_what_is_urged(analyze_text: Any, text: str, content: str) -> None:
    found = [s for s in analyze_text(text).statements if s.cue.text == "urged"]
    assert found and content in found[0].content.text, found


@pytest.mark.parametrize(
    "text",
    [
        "Delegates met in Lusaka. The United States urged Iran on Monday.",
        "Delegates met in Lusaka. The envoy urged the Zambian president during the talks.",
        "Delegates met in Lusaka. Britain urged Kenya again.",
    ],
)
def test_urging_someone_with_nothing_asked_reports_nothing(analyze_text: Any, text: str) -> None:
    assert not [s for s in analyze_text(text).statements if s.cue.text == "urged"]


@pytest.mark.parametrize(
    "text",
    [
        "Talks ended. The Tunisian president dismissed his interior minister on Wednesday.",
        "Talks ended. The Ghanaian president dismissed the army chief after the coup attempt.",
        "Talks ended. The Nigerian leader dismissed two ministers.",
    ],
)
def test_dismissing_a_person_is_an_act_not_speech(analyze_text: Any, text: str) -> None:
    assert not [s for s in analyze_text(text).statements if s.cue.text == "dismissed"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Talks ended. Ruto dismissed the claims as baseless.", "the claims"),
        ("Talks ended. Kenya dismissed the report.", "the report"),
        ("Talks ended. The Ghanaian president dismissed the allegations of fraud.", "the allegations of fraud"),
    ],
)
def test_dismissing_what_was_said_is_still_a_statement(analyze_text: Any, text: str, content: str) -> None:
    found = [s for s in analyze_text(text).statements if s.cue.text == "dismissed"]
    assert found and found[0].content.text.startswith(content), found


def test_dismissing_someone_as_something_is_speech(analyze_text: Any) -> None:
    a = analyze_text("Talks ended. The senator dismissed Estonia as a mere suburb of the Russian capital.")
    assert [s for s in a.statements if s.cue.text == "dismissed"], a.statements
