"""Statement extraction on realistic news sentences, through the whole pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.records import Statement


def _one(analysis: Any, cue: str) -> Statement:
    found = [s for s in analysis.statements if s.cue.text == cue]
    assert found, [(s.cue.text, s.content.text) for s in analysis.statements]
    return found[0]


def test_extract_direct_quote_before_cue(analyze_text: Any) -> None:
    a = analyze_text('"We will answer any provocation with force, and we will not wait," said Dmitry Peskov, the Kremlin spokesman.\n')
    st = _one(a, "said")
    assert st.kind == "direct"
    assert st.content.text == "We will answer any provocation with force, and we will not wait,"
    assert "Peskov" in st.speaker.text


def test_extract_direct_quote_after_colon(analyze_text: Any) -> None:
    a = analyze_text('The foreign minister told reporters in Ankara: "Our patience with these attacks is running out."\n')
    st = _one(a, "told")
    assert st.kind == "direct" and st.content.text == "Our patience with these attacks is running out."


def test_extract_interrupted_quote_shares_cue(analyze_text: Any) -> None:
    a = analyze_text('"The talks were useful," she said, "but no agreement is in sight."\n')
    contents = sorted(s.content.text for s in a.statements if s.cue.text == "said")
    assert contents == ["The talks were useful,", "but no agreement is in sight."]


def test_extract_indirect_that_clause_and_pronoun_speaker(analyze_text: Any) -> None:
    text = (
        "Iranian Foreign Ministry spokesman Nasser Kanaani spoke on Monday.\n"
        "He said that Tehran had not transferred any drones to Russia.\n"
    )
    st = _one(analyze_text(text), "said")
    assert st.kind == "indirect"
    assert st.content.text == "Tehran had not transferred any drones to Russia"
    assert st.speaker.text == "He"
    assert st.stance == "denies"  # negated content


def test_extract_denial_object_after_time_phrase(analyze_text: Any) -> None:
    st = _one(analyze_text("Moscow denied on Sunday Berlin's accusation that the diplomat had been a spy.\n"), "denied")
    assert st.stance == "denies"
    assert st.content.text.startswith("Berlin's accusation that the diplomat")


def test_extract_accusation_keeps_object_and_frame(analyze_text: Any) -> None:
    st = _one(analyze_text("Western countries accused Iran of supplying combat drones to Russia.\n"), "accused")
    assert st.content.text == "Iran of supplying combat drones to Russia"


def test_extract_according_to(analyze_text: Any) -> None:
    st = _one(analyze_text("According to the health ministry, at least 40 people were killed in the strike.\n"), "According to")
    assert st.content.text == "at least 40 people were killed in the strike"
    assert st.speaker.text.endswith("ministry")


def test_extract_mixed_when_content_holds_a_quote(analyze_text: Any) -> None:
    st = _one(analyze_text('The official warned that Washington would face a "really undesirable result" if it went on.\n'), "warned")
    assert st.kind == "mixed"
    assert st.content.text.startswith("Washington would face a")


def test_extract_passive_with_agent(analyze_text: Any) -> None:
    st = _one(analyze_text("These rumors were rejected by the Ministry of Defense of Azerbaijan.\n"), "rejected")
    assert st.content.text == "These rumors" and "Ministry" in st.speaker.text


@pytest.mark.parametrize(
    "text",
    [
        "Read more: Kremlin says talks with Kyiv are impossible\n",
        'The army warned it would respond "if it continued to spread rumors".\n',
    ],
)
def test_extract_no_statement_from_boilerplate_or_scare_quote(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert all(s.cue.text not in ("says", "spread") for s in a.statements)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana has cut ties with Togo, citing terrorism and flagrant violation of the constitution.",
        "The council suspended Mali, citing terrorism and flagrant violation of the constitution.",
    ],
)
def test_an_object_conjunct_misread_as_a_second_object_is_part_of_the_content(analyze_text: Any, text: str) -> None:
    st = _one(analyze_text(text), "citing")
    assert st.content.text == "terrorism and flagrant violation of the constitution"


def test_a_coordinated_object_keeps_its_own_span(analyze_text: Any) -> None:
    st = _one(analyze_text("Peru recalled its ambassador, citing espionage and gross abuse of privileges."), "citing")
    assert st.content.text.startswith("espionage and gross abuse")


@pytest.mark.parametrize(
    "text",
    [
        "Martin Kimani told the council before the vote that the embargo would hurt civilians.",
        "The Kenyan envoy told the assembly during the debate that the embargo would hurt civilians.",
        "Ms. Okafor had told lawmakers at the hearing that the embargo would hurt civilians.",
    ],
)
def test_a_that_clause_hung_on_an_adjunct_noun_is_what_was_said(analyze_text: Any, text: str) -> None:
    st = _one(analyze_text(text), "told")
    assert st.content.text == "the embargo would hurt civilians"


def test_a_speech_noun_keeps_its_own_that_clause(analyze_text: Any) -> None:
    a = analyze_text("The minister spoke before the announcement that the plant would close.")
    assert not [s for s in a.statements if s.cue.text == "spoke"], [(s.cue.text, s.content.text) for s in a.statements]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The minister says the port has reopened, unions call the deal \u201ca betrayal.\u201d",
         "the port has reopened", "unions"),
        ("Kenya says the border is calm, Somalia denies the raids took place.", "the border is calm", "Somalia"),
    ],
)
def test_a_second_report_after_a_comma_is_its_own_statement(analyze_text, text, first, second) -> None:
    a = analyze_text(text)
    said = [(s.speaker.text if s.speaker else None, s.content.text) for s in a.statements]
    assert any(content == first for _, content in said), said
    assert any(speaker == second for speaker, _ in said), said


def test_a_list_of_clauses_after_one_cue_stays_one_report(analyze_text) -> None:
    a = analyze_text("The minister said the port had reopened, the strike was over and exports would resume.")
    assert [s.content.text for s in a.statements] == ["the port had reopened, the strike was over and exports would resume"]
