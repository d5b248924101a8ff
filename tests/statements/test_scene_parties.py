"""An uncoded speaker takes the party of the first coded mention before it in its sentence:
'In Kenya, negotiators said ...', 'After the Ethiopian army shelled the town, witnesses said ...',
'Mali will expel the envoy, sources said'; with none there, the party last named in the sentences
before ('Kenya closed its border. Negotiators said ...'). A speaker with nothing coded before it stays
uncoded."""

from __future__ import annotations

from typing import Any

import pytest


def _by_content(analysis: Any, words: str) -> Any:
    found = [s for s in analysis.statements if words in s.content.text]
    assert found, [(s.speaker, s.content.text) for s in analysis.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("In Kenya, negotiators said the talks on the border would resume in March.", "resume", "KEN"),
        ("After the Ethiopian army shelled the town overnight, witnesses said dozens of homes had burned.",
         "homes", "ETH"),
        ("Mali will expel the envoy within three days, sources said on Tuesday.", "envoy", "MLI"),
        ("As Nigeria's election commission counted the ballots, observers said turnout had been low.",
         "turnout", "NGA"),
    ],
)
def test_an_uncoded_speaker_takes_the_country_its_sentence_names_first(analyze_text: Any, text: str, words: str,
                                                                       country: str) -> None:
    st = _by_content(analyze_text(text), words)
    assert st.speaker is not None and (st.speaker.key or "").split(".")[0] == country, st.speaker


def test_a_speaker_with_nothing_coded_before_it_stays_uncoded(analyze_text: Any) -> None:
    st = _by_content(analyze_text("Experts said the drought would last into the next year in Kenya."), "drought")
    assert st.speaker is not None and st.speaker.key is None, st.speaker


def test_a_speaker_coded_by_its_own_words_keeps_its_party(analyze_text: Any) -> None:
    st = _by_content(analyze_text("In Kenya, Ugandan officials said the border would reopen on Friday."), "reopen")
    assert st.speaker is not None and (st.speaker.key or "").startswith("UGA"), st.speaker


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Kenya closed its northern border on Monday. Negotiators said the talks would resume in March.",
         "resume", "KEN"),
        ("The Ethiopian army shelled the town overnight. Dozens of homes burned. Witnesses said the shelling "
         "lasted four hours.", "shelling", "ETH"),
        ("Ghana's parliament approved the budget on Friday. Analysts said the vote had been closer than expected.",
         "closer", "GHA"),
    ],
)
def test_a_speaker_its_sentence_does_not_place_takes_the_party_last_named(analyze_text: Any, text: str, words: str,
                                                                          country: str) -> None:
    st = _by_content(analyze_text(text), words)
    assert st.speaker is not None and (st.speaker.key or "").split(".")[0] == country, st.speaker
