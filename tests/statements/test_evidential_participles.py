"""'..., highlighting the danger': a participle of an evidential verb hung on an event or on an
attribution told after its content comments on the event; nobody says it."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, words",
    [
        ("The army shelled the northern suburbs overnight, further highlighting the danger facing civilians.",
         "the danger facing"),
        ("The central bank raised interest rates for a fifth time, underscoring its worry about inflation.",
         "its worry about"),
        ("The prime minister resigned on Friday, underlining the depth of the political crisis.", "the depth of"),
        ("Rebels seized the airport on Friday, the government said, highlighting the fragility of the truce.",
         "the fragility of"),
        ("Prices rose by 9 percent in March, the statistics office reported, underlining the pressure on households.",
         "the pressure on"),
    ],
)
def test_an_evidential_participle_on_an_event_says_nothing(analyze_text, text, words) -> None:
    a = analyze_text(text)
    assert not any(words in s.content.text for s in a.statements), [(s.cue.text, s.content.text) for s in a.statements]


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("The minister highlighted the need for reform in a speech on Monday.", "The minister", "the need for reform"),
        ("Rebels seized the airport on Friday, the government said.", "the government", "Rebels seized the airport"),
        ("The envoy underlined the urgency of a ceasefire during talks in Cairo.", "The envoy", "the urgency of"),
    ],
)
def test_an_evidential_verb_with_its_own_speaker_still_reports(analyze_text, text, speaker, words) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if words in s.content.text), None)
    assert st is not None, [(s.cue.text, s.content.text) for s in a.statements]
    assert st.speaker is not None and st.speaker.text == speaker


def test_the_lexicon_lists_evidential_verbs() -> None:
    from tidings.statements.cues import lexicon

    assert {"highlight", "underline", "underscore"} <= lexicon().evidential_verbs
