"""Transcript labels: 'MR. MILLER:' (a title with its period before the surname) names the speaker;
'QUESTION:' or 'Q:' (an unnamed questioner) names nobody."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "label, name",
    [("MR. MILLER", "Matthew Miller"), ("MS. HARRIS", "Kamala Harris"), ("GEN. AUSTIN", "Lloyd Austin")],
)
def test_a_titled_label_names_the_speaker(analyze_text, label, name) -> None:
    first, last = name.split()[0], name.split()[-1]
    text = (f"U.S. official {first} {last} briefed reporters in Washington on Tuesday.\n\n"
            f"{label}: We are cautiously optimistic about the ceasefire, but we have been here before.\n")
    a = analyze_text(text)
    st = next((s for s in a.statements if s.content.text.startswith("We are cautiously")), None)
    assert st is not None, [(s.cue.text, s.content.text) for s in a.statements]
    assert st.speaker is not None and st.speaker.name == f"{first} {last}"


@pytest.mark.parametrize("label", ["QUESTION", "Q", "MODERATOR"])
def test_a_questioner_label_names_nobody(analyze_text, label) -> None:
    text = ("State Department spokesman Matthew Miller briefed reporters on Tuesday.\n\n"
            f"{label}: Does the administration expect the border crossing to reopen this week?\n\n"
            "MR. MILLER: We continue to press both sides to let the convoys through.\n")
    a = analyze_text(text)
    assert not any(s.content.text.startswith("Does the administration") for s in a.statements), \
        [(s.speaker and s.speaker.name, s.content.text) for s in a.statements]
