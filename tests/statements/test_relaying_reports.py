"""A report relaying a whole statement: 'X said ..., the newspaper reported on Sunday' is the
newspaper's statement as well as X's, and its speaker is not X."""

from __future__ import annotations

from typing import Any

import pytest


def _by_cue(analysis: Any, cue: str) -> Any:
    found = [s for s in analysis.statements if s.cue.text == cue]
    assert found, [(s.speaker, s.cue.text, s.content.text) for s in analysis.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Odinga said the vote had been rigged, the newspaper reported on Sunday.", "the newspaper"),
        ("Kenyatta said the road would be finished by June, the Standard reported on Tuesday.", "the Standard"),
        ("Museveni said the troops would stay, the Daily Monitor reported on Thursday.", "the Daily Monitor"),
        ("Ramaphosa said the grid would recover, the broadcaster reported at the weekend.", "the broadcaster"),
    ],
)
def test_a_closing_report_after_a_time_phrase_relays_the_statement_it_follows(analyze_text: Any, text: str,
                                                                               speaker: str) -> None:
    a = analyze_text(text)
    st = _by_cue(a, "reported")
    assert st.speaker is not None and st.speaker.text == speaker
    assert st.content.text.endswith(text.split(",")[0].split(" ", 1)[1]), st.content.text
    assert _by_cue(a, "said").content.start > st.content.start  # the relayed statement is kept


@pytest.mark.parametrize(
    "text",
    [
        "Ruto told reporters the talks were over, the Daily Nation reported.",
        "Mbeki told the summit the mission would end in May, the Kestrel Gazette reported.",
        "Tinubu told governors the subsidy would end, the Punch reported.",
    ],
)
def test_the_reporter_of_a_relayed_statement_is_not_the_speaker_it_relays(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    told, reported = _by_cue(a, "told"), _by_cue(a, "reported")
    assert told.speaker is not None and told.speaker.key
    assert reported.speaker is not None and reported.speaker.name != told.speaker.name, reported.speaker


@pytest.mark.parametrize(
    ("text", "speaker", "noun"),
    [
        ("Kenya's government on Tuesday accused Uganda of arming rebels along the northern border, "
         "a charge Kampala denied.", "UGA", "a charge"),
        ("Seoul accused Pyongyang of jamming GPS signals near the border islands, a claim the North denied on Friday.",
         "PRK", "a claim"),
        ("The Lithuanian government accused Minsk of sending balloons over the frontier, an accusation Belarus "
         "denied.", "BLR", "an accusation"),
    ],
)
def test_a_closing_denial_answers_the_charge_it_hangs_on_and_does_not_relay_it(analyze_text: Any, text: str,
                                                                                speaker: str, noun: str) -> None:
    a = analyze_text(text)
    st = _by_cue(a, "denied")
    assert st.speaker is not None and (st.speaker.key or "").startswith(speaker), st.speaker
    assert st.content.text == noun
    accusation = _by_cue(a, "accused")
    assert not (accusation.speaker and accusation.speaker.key or "").startswith(speaker)

@pytest.mark.parametrize(
    ("text", "cue", "key", "content"),
    [
        ("Talks ended. New shelling has killed at least 20 people in the city, the Sudanese army claims, further "
         "raising fears of a siege.", "claims", "SDN", "New shelling has killed at least 20 people in the city"),
        ("Talks ended. The rebels have seized two towns, the Ethiopian army claims, adding to pressure on the "
         "government.", "claims", "ETH", "The rebels have seized two towns"),
        ("Talks ended. The convoy was turned back at the border, the Kenyan navy reports, citing a patrol log.",
         "reports", "KEN", "The convoy was turned back at the border"),
    ],
)
def test_a_closing_attribution_before_a_trailing_participle(analyze_text: Any, text: str, cue: str, key: str,
                                                            content: str) -> None:
    st = _by_cue(analyze_text(text), cue)
    assert st.speaker is not None and (st.speaker.key or "").startswith(key), st.speaker
    assert st.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "key"),
    [
        ("Talks ended. Two towns have fallen to the rebels, the Ethiopian National Defence Forces (ENDF) claim.",
         "claim", "ETH"),
        ("Talks ended. The border crossing was shelled overnight, the Rapid Support Forces (RSF) claim.", "claim",
         "SDN"),
        ("Talks ended. New shelling has killed at least 20 people in the city, the Sudanese Armed Forces (SAF) "
         "claim, further highlighting the plight of civilians.", "claim", "SDN"),
    ],
)
def test_a_bare_reporting_verb_after_a_plural_speaker_closes_the_sentence(analyze_text: Any, text: str, cue: str,
                                                                        key: str) -> None:
    st = _by_cue(analyze_text(text), cue)
    assert st.speaker is not None and (st.speaker.key or "").startswith(key), st.speaker


def test_a_participle_the_parser_gives_the_closing_word_as_subject_is_the_speakers(analyze_text: Any) -> None:
    a = analyze_text("Talks ended. New shelling has killed at least 20 people in the city, the Sudanese Armed "
                     "Forces (SAF) claim, further highlighting the plight of civilians.")
    st = _by_cue(a, "highlighting")
    assert st.speaker is not None and (st.speaker.key or "").startswith("SDN"), st.speaker
