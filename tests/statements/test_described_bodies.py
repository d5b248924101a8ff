"""Speakers given only by a description of a body: 'the agency said', 'the 35-nation board said',
'its president said' speak for the organisation the article named before."""

from __future__ import annotations

from typing import Any

import pytest


def _by_content(analysis: Any, words: str) -> Any:
    found = [s for s in analysis.statements if words in s.content.text]
    assert found, [(s.speaker, s.content.text) for s in analysis.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("The World Health Organization sent a team to the region. The agency said the outbreak was under control.",
         "outbreak", "WHO"),
        ("The International Monetary Fund's executive board met in Washington on Monday. "
         "The 25-member board said Ghana had made progress on its reforms.", "progress", "IMF"),
        ("The African Union summoned its envoys. Later the 55-member organisation said the ceasefire was holding.",
         "ceasefire", "AU"),
        ("Delegates of the International Atomic Energy Agency Board of Governors met in Vienna. "
         "Diplomats from Brazil and India joined them. The UN Security Council was not consulted. "
         "The 35-nation board said Tehran had failed to explain the traces.", "traces", "IAEA"),
    ],
)
def test_a_description_of_a_body_speaks_for_the_organisation_named_before(analyze_text: Any, text: str, words: str,
                                                                          key: str) -> None:
    st = _by_content(analyze_text(text), words)
    assert st.speaker is not None and st.speaker.key == key, st.speaker


def test_two_organisations_before_leave_a_bare_description_uncoded(analyze_text: Any) -> None:
    a = analyze_text("The World Bank and the African Union met in Addis Ababa. "
                     "The nine-member panel said the loans would be approved next month.")
    st = _by_content(a, "loans")
    assert st.speaker is not None and st.speaker.key is None, st.speaker


def test_a_body_noun_under_a_name_of_its_own_is_not_a_body_named_before(analyze_text: Any) -> None:
    a = analyze_text("The World Health Organization sent a team to the region. "
                     "The Kestrel monitoring group said the figures were too low.")
    st = _by_content(a, "figures")
    assert st.speaker is None or st.speaker.key != "WHO", st.speaker


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("The European Commission proposed new tariffs. Its president said the measures were necessary.",
         "measures", "EU"),
        ("The World Health Organization opened an office in Juba. Its director said the clinics would reopen.",
         "clinics", "WHO"),
        ("The African Union met in Addis Ababa. Its chairman said the summit had agreed on a plan.",
         "summit", "AU"),
    ],
)
def test_the_head_of_a_body_named_by_its_possessive_speaks_for_it(analyze_text: Any, text: str, words: str,
                                                                  key: str) -> None:
    st = _by_content(analyze_text(text), words)
    assert st.speaker is not None and st.speaker.key == key, st.speaker
