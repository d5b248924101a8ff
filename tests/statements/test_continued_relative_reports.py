"""A relative clause that reports twice: 'China vetoed a resolution that deplored the crackdown "in the
strongest terms" and called for the release of detainees' -- the parser hangs 'called for' on the main
verb; it continues the relative clause, so the resolution, not China, calls for the release."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.speaker.name if s.speaker else None, s.cue.text,
             s.content.text) for s in analysis.statements]


@pytest.mark.parametrize(
    ("text", "cue", "wrong"),
    [
        ("China vetoed a UN Security Council resolution that deplored the junta’s crackdown “in the strongest "
         "terms” and called for the release of all detainees.", "called for", "China"),
        ('Moscow blocked a draft resolution that condemned the strikes "without reservation" and demanded an end '
         "to the fighting.", "demanded", "Moscow"),
        ("Beijing vetoed a UN Security Council resolution that condemned the shelling “in the clearest terms” and "
         "urged an immediate truce.", "urged", "Beijing"),
    ],
)
def test_a_second_cue_of_a_relative_clause_is_the_antecedents(analyze_text: Any, text: str, cue: str,
                                                               wrong: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.cue.text == cue), None)
    assert st is not None and st.speaker is not None, _said(a)
    assert st.speaker.text != wrong and "resolution" in (st.speaker.name or st.speaker.text), _said(a)


def test_a_cue_conjoined_to_the_main_clause_stays_its_subjects(analyze_text: Any) -> None:
    a = analyze_text("Russia vetoed the resolution that the West drafted and said the vote was a farce.")
    st = next((s for s in a.statements if s.cue.text == "said"), None)
    assert st is not None and st.speaker is not None and st.speaker.text == "Russia", _said(a)
