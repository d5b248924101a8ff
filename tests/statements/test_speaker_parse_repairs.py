"""Speakers the parser misplaces: a verb given two subjects, and (further down) other parse repairs
of who speaks. Each test writes its own sentences; a forced misparse reproduces the parser's error
whatever the model does with the sentence."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.speaker.name if s.speaker else None, s.cue.text, s.content.text)
            for s in analysis.statements]


def _by_content(analysis: Any, words: str) -> Any:
    found = [s for s in analysis.statements if s.content.text.startswith(words)]
    assert found, _said(analysis)
    return found[0]


def _reparsed(text: str, fix: Any) -> Any:
    """Analyse ``text`` after ``fix`` has rewritten parts of its parse."""
    from tidings.nlp import load_model
    from tidings.pipeline import analyze_parsed
    from tidings.records import Document

    doc = load_model()(text)
    fix({t.text: t for t in doc})
    return analyze_parsed(Document(id="t", text=text), doc)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("THE LOANS\n\nTHE LOANS Back when he ran the bank, Mr. Harper said that he considered loans a bad idea.\n",
         "he considered loans a bad idea", "Harper"),
        ("The audit was released late. When the senator noted that the company had not paid taxes in years its "
         "filings were made public \u2015 Smith boasted, \u201cThat makes me clever.\u201d\n",
         "That makes me clever", "Smith"),
    ],
)
def test_of_two_subjects_the_one_next_to_the_verb_speaks(analyze_text: Any, text: str, words: str, speaker: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, words)
    assert st.speaker is not None and st.speaker.text.endswith(speaker), _said(a)


def test_a_stray_second_subject_is_not_the_speaker() -> None:
    def misparse(w: dict[str, Any]) -> None:
        # a section heading run into the sentence and read as a second subject of the cue
        w["REVIEW"].head, w["REVIEW"].dep_ = w["said"], "nsubj"

    text = "The clinic reopened.\n\nTHE REVIEW Later that year, Dr. Imani Ross said the figures had been wrong all along.\n"
    a = _reparsed(text, misparse)
    st = _by_content(a, "the figures had been wrong")
    assert st.speaker is not None and st.speaker.text.endswith("Ross"), _said(a)
    assert not any("REVIEW" in (s.speaker.text if s.speaker else "") for s in a.statements), _said(a)


def test_subject_of_keeps_a_single_subject_and_prefers_the_nearer_one(nlp: Any) -> None:
    from tidings.statements.speaker import subject_of

    doc = nlp("The ministry said the talks had failed.")
    said = next(t for t in doc if t.text == "said")
    assert subject_of(said).text == "ministry"
    doc = nlp("The memo Meanwhile the minister denied the report.")
    denied = next(t for t in doc if t.text == "denied")
    memo = next(t for t in doc if t.text == "memo")
    memo.head, memo.dep_ = denied, "nsubj"
    assert subject_of(denied).text == "minister"


def _comma_participle_on_the_object(w: dict[str, Any]) -> None:
    # the participle after the comma hung on the speech noun the main verb takes as object
    w["stating"].head, w["stating"].dep_ = w["accusations"], "acl"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Chile on Monday rejected the accusations made by the Peruvian minister, stating that his remarks showed "
         "growing frustration in Lima.\n", "Chile"),
        ("The opposition party flatly dismissed the accusations of fraud, stating that the count had been fair.\n",
         "The opposition party"),
    ],
)
def test_a_comma_participle_after_a_speech_noun_object_is_the_clause_subjects(text: str, speaker: str) -> None:
    a = _reparsed(text, _comma_participle_on_the_object)
    st = next(s for s in a.statements if s.cue.text == "stating")
    assert st.speaker is not None and st.speaker.text == speaker, _said(a)


def test_a_participle_running_on_from_its_speech_noun_keeps_the_nouns_owner(analyze_text: Any) -> None:
    a = analyze_text("Officials said the army's statement, not the ministry's, gave the order. "
                     "The army's accusations stating that the rebels fired first were denied.\n")
    for st in a.statements:
        if st.cue.text == "stating":
            assert st.speaker is not None and "army" in st.speaker.text, _said(a)


@pytest.mark.parametrize(
    "text, words, speaker",
    [
        ("The senator forced Stumpf, who was under questioning, to admit that no executives had been punished.\n",
         "no executives had been punished", "Stumpf"),
        ("The committee pressed the minister to concede that the budget was short.\n",
         "the budget was short", "the minister"),
        ("Hours of questioning led the suspect to acknowledge that he had been at the harbour.\n",
         "he had been at the harbour", "the suspect"),
    ],
)
def test_an_object_controls_the_speech_verb_of_its_infinitive(analyze_text: Any, text: str, words: str, speaker: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, words)
    assert st.speaker is not None and st.speaker.text == speaker, _said(a)


def test_urging_someone_to_speak_is_the_urgers_statement_only(analyze_text: Any) -> None:
    a = analyze_text("The envoy urged the council to declare that the ceasefire had failed.\n")
    assert [s.cue.text for s in a.statements] == ["urged"], _said(a)
    assert a.statements[0].speaker is not None and a.statements[0].speaker.text == "The envoy", _said(a)


def test_a_subject_control_verb_keeps_its_subject_as_speaker(analyze_text: Any) -> None:
    a = analyze_text("The mayor promised residents to announce that the bridge would reopen.\n")
    st = _by_content(a, "the bridge would reopen")
    assert st.speaker is not None and st.speaker.text == "The mayor", _said(a)
