"""Reports joined by 'and' to another report's clause, and other speaker errors read off the parse."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str | None, str, str]]:
    return [(s.speaker.key if s.speaker else None, s.speaker.name if s.speaker else None, s.cue.text, s.content.text)
            for s in analysis.statements]


@pytest.mark.parametrize(
    ("text", "speaker", "first", "second_cue", "second"),
    [
        ("Senator Mark Holden tweeted that the treaty was a disaster and encouraged voters to call their representatives.\n",
         "Holden", "the treaty was a disaster", "encouraged", "voters to call their representatives"),
        ("President Cyril Ramaphosa told reporters that the deal was fair and urged parliament to approve it.\n",
         "Ramaphosa", "the deal was fair", "urged", "parliament to approve it"),
        ("Foreign Minister Anna Berg said the embassy had been closed for a week and called for calm.\n",
         "Berg", "the embassy had been closed for a week", "called for", "calm"),
        ("The spokeswoman says the ceasefire is holding and denies that any shells fell on the town.\n",
         "spokeswoman", "the ceasefire is holding", "denies", "any shells fell on the town"),
    ],
)
def test_report_conjoined_into_a_clause_belongs_to_the_outer_speaker(
        analyze_text: Any, text: str, speaker: str, first: str, second_cue: str, second: str) -> None:
    a = analyze_text(text)
    by_cue = {s.cue.text: s for s in a.statements}
    assert second_cue in by_cue, _said(a)
    outer = next(s for s in a.statements if s.cue.text != second_cue)
    assert outer.content.text == first, _said(a)
    inner = by_cue[second_cue]
    assert inner.content.text == second, _said(a)
    assert speaker in (inner.speaker.name or inner.speaker.text), _said(a)
    assert (inner.speaker.key, inner.speaker.name) == (outer.speaker.key, outer.speaker.name), _said(a)


def test_conjoined_verb_of_a_person_in_the_clause_stays_in_the_content(analyze_text: Any) -> None:
    # the clause's own subject can speak and its verb is in the same form: 'the rebels ... demanded'
    a = analyze_text("Officials said the rebels attacked the convoy and demanded a ransom.\n")
    said = next(s for s in a.statements if s.cue.text == "said")
    assert said.content.text == "the rebels attacked the convoy and demanded a ransom", _said(a)
    demanded = [s for s in a.statements if s.cue.text == "demanded"]
    assert all(s.speaker is not None and s.speaker.text != "Officials" for s in demanded), _said(a)


def test_conjoined_act_that_is_no_report_stays_in_the_content(analyze_text: Any) -> None:
    a = analyze_text("The general said his troops had crossed the river and captured two villages.\n")
    said = next(s for s in a.statements if s.cue.text == "said")
    assert said.content.text == "his troops had crossed the river and captured two villages", _said(a)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The ministry issued a statement on Monday that was broadcast on state television, saying the crossing would stay closed.\n",
         "The ministry", "the crossing would stay closed"),
        ("Senator Ruth Alvarez criticised a contractor who was hired by the city, saying the bridge had been built badly.\n",
         "Alvarez", "the bridge had been built badly"),
        ("The army posted footage that had been filmed near the border, claiming its drones hit an arms depot.\n",
         "The army", "its drones hit an arms depot"),
    ],
)
def test_participle_after_a_relative_clause_speaks_for_the_main_clause(
        analyze_text: Any, text: str, speaker: str, content: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.content.text == content), None)
    assert st is not None and st.speaker is not None, _said(a)
    assert speaker in (st.speaker.name or "") or speaker in st.speaker.text, _said(a)


def test_participle_after_a_relative_clause_with_its_own_subject_keeps_that_speaker(analyze_text: Any) -> None:
    a = analyze_text("The question was put by two senators, to which Minister Omar Haddad replied calmly, saying the budget was sound.\n")
    st = next((s for s in a.statements if s.content.text == "the budget was sound"), None)
    assert st is not None and st.speaker is not None and "Haddad" in (st.speaker.name or st.speaker.text), _said(a)
