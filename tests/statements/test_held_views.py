"""Views held in a predicate: 'X is convinced that ...', 'X remains confident that ...' report the
subject's view as 'believe' does; without a that-clause nothing is said."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "key", "content"),
    [
        ("Talks ended. The Kenyan president is convinced that the region needs a common army.", "convinced", "KEN",
         "the region needs a common army"),
        ("Talks ended. Ghana's finance minister is confident that inflation will fall.", "confident", "GHA",
         "inflation will fall"),
        ("Talks ended. The Rwandan leader is convinced that no one can do everything at once or succeed alone.",
         "convinced", "RWA", "no one can do everything at once"),
        ("Talks ended. Nigeria's foreign minister remains hopeful that the hostages will be freed.", "hopeful", "NGA",
         "the hostages will be freed"),
    ],
)
def test_a_conviction_predicate_with_a_that_clause_reports_a_view(analyze_text: Any, text: str, cue: str, key: str,
                                                                  content: str) -> None:
    found = [s for s in analyze_text(text).statements if s.cue.text == cue]
    assert found, analyze_text(text).statements
    st = found[0]
    assert st.speaker is not None and (st.speaker.key or "").startswith(key), st.speaker
    assert st.content.text.startswith(content) and st.stance == "asserts"


@pytest.mark.parametrize(
    "text",
    [
        "Talks ended. The Kenyan president is confident.",
        "Talks ended. Ghana's finance minister seemed confident about the budget.",
        "Talks ended. The Rwandan leader was convinced to attend the summit.",
    ],
)
def test_a_conviction_predicate_without_a_clause_says_nothing(analyze_text: Any, text: str) -> None:
    assert not analyze_text(text).statements
