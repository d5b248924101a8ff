"""'Its regional director, Michael Dunford, told reporters ...': a description owned by a pronoun
speaks for the owner's party, by the person its apposition names."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name, key, words",
    [
        ("The World Food Programme warned of famine in Darfur. Its regional director, Michael Dunford, told "
         "reporters the agency needed $300 million.", "Michael Dunford", "UN", "the agency needed"),
        ("The European Commission proposed new sanctions on Monday. Its envoy, Josep Borrell, said the package "
         "targeted energy exports.", "Josep Borrell", "EU", "the package targeted"),
        ("The World Health Organization issued an alert on Friday. Its director, Tedros Adhanom Ghebreyesus, "
         "said the outbreak was spreading fast.", "Tedros Adhanom Ghebreyesus", "WHO", "the outbreak was spreading"),
    ],
)
def test_the_apposed_person_names_the_owned_speaker(analyze_text, text, name, key, words) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if words in s.content.text), None)
    assert st is not None, [(s.cue.text, s.content.text) for s in a.statements]
    assert st.speaker is not None and (st.speaker.name, st.speaker.key) == (name, key)


def test_without_apposition_the_owner_names_the_speaker(analyze_text) -> None:
    a = analyze_text("The World Food Programme warned of famine. Its regional director told reporters the agency "
                     "needed more money.")
    st = next(s for s in a.statements if "the agency needed" in s.content.text)
    assert st.speaker is not None and st.speaker.key == "UN" and "director" in (st.speaker.name or "")
