"""Quote runs: more quoted words after an attribution, over several sentences and paragraphs."""

from __future__ import annotations

import pytest


def _by_start(a, words: str):
    return next((st for st in a.statements if st.content.text.startswith(words)), None)


@pytest.mark.parametrize(
    "text, speaker, last_words",
    [
        ('Prime Minister Narendra Modi spoke after the vote.\n\n"We have won the trust of the people," Modi said. '
         '"Now we must deliver on every promise."\n\n"The opposition has no plan for the country."',
         "Narendra Modi", "The opposition has no plan"),
        ('"The border will remain closed," said Spanish Defence Minister Ana Ruiz. "Nobody crosses without permission."\n\n'
         '"We will review the decision next month, not before."', "Ana Ruiz", "We will review the decision"),
        ('Kenyan President William Ruto told reporters: "Our troops are staying in Haiti."\n\n'
         '"They have done more in a year than anyone expected."\n\n"I am proud of every one of them."',
         "William Ruto", "I am proud of every one"),
    ],
)
def test_a_quote_only_paragraph_continues_the_run(analyze_text, text: str, speaker: str, last_words: str) -> None:
    a = analyze_text(text)
    st = _by_start(a, last_words)
    assert st is not None, [s.content.text for s in a.statements]
    assert st.kind == "direct"
    assert st.speaker is not None and speaker in (st.speaker.name or "")


@pytest.mark.parametrize(
    "text, speaker, second",
    [
        ('"Our reporters were doing their work," said Mr John K. Brown, the agency president. '
         '"We are appalled by this attack on the press."', "Brown", "We are appalled"),
        ('"The border will stay shut," Gen. Ahmad R. Nouri, the army chief of staff, told reporters. '
         '"Nobody will cross it without our permission."', "Nouri", "Nobody will cross"),
        ('"Talks are over for now," said Dr. Maria T. Lopez, a senior negotiator. "They walked out on us twice."',
         "Lopez", "They walked out"),
    ],
)
def test_initials_in_the_speaker_name_do_not_end_the_attribution(analyze_text, text: str, speaker: str, second: str) -> None:
    a = analyze_text(text)
    st = _by_start(a, second)
    assert st is not None, [s.content.text for s in a.statements]
    assert st.speaker is not None and speaker in (st.speaker.name or "")


@pytest.mark.parametrize("heading", ["'All Deals Are Off.'", "'Water Is the New Oil.'", '"Nobody Wins This War."'])
def test_a_quoted_section_heading_is_not_more_speech(analyze_text, heading: str) -> None:
    text = ('"The drought will get worse," said Agriculture Minister Joyce Banda. "Farmers must plan for it."\n\n'
            f"{heading}\n\nRain fell in the north of the country last week.")
    a = analyze_text(text)
    words = heading.strip("'\".")
    assert not any(words[:8] in st.content.text for st in a.statements), [s.content.text for s in a.statements]
