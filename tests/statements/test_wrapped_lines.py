"""Hard-wrapped text: a newline in the middle of a sentence wraps a line, it ends no paragraph."""

from __future__ import annotations

import pytest

from tidings.nlp.segment import wrapped_line


@pytest.mark.parametrize(
    "text, wraps",
    [
        ("the Prime Minister\nsaid on Monday", True),
        ("aid for the region,\nfarmers and traders", True),
        ("The talks ended.\nthe next round", False),  # a stop ends the line
        ("Talks resume in Geneva\nMinisters arrive", False),  # the next line opens in capitals: a headline
        ("the Prime Minister\n\nsaid on Monday", False),  # a blank line is a paragraph break
    ],
)
def test_a_line_break_wraps_only_mid_sentence(text: str, wraps: bool) -> None:
    assert wrapped_line(text, text.index("\n")) is wraps


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("“We need Brazil to grow,” Lula\nsaid. “What happens there matters to all of us.”", "Lula", "We need Brazil"),
        ("“The convoy was attacked twice,” UN spokesman Stephane Dujarric\ntold reporters in New York.", "Dujarric",
         "The convoy was attacked"),
        ("“Our army will defend every village,” Nigerian President Bola Tinubu\nsaid in Abuja on Friday.", "Tinubu",
         "Our army will defend"),
    ],
)
def test_a_quote_attributed_across_a_wrapped_line(analyze_text, text: str, speaker: str, words: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.content.text.startswith(words)), None)
    assert st is not None, [s.content.text for s in a.statements]
    assert st.kind == "direct"
    assert st.speaker is not None and speaker in (st.speaker.name or "")


def test_a_quote_running_over_a_wrapped_line_is_one_quote(analyze_text) -> None:
    a = analyze_text("Foreign Minister Ahmed Attaf said the country needed “a complete renewal of its\n"
                     "institutions and its economy,” adding that elections would follow.")
    quoted = [s for s in a.statements if "renewal" in s.content.text]
    assert quoted and "economy" in quoted[0].content.text, [s.content.text for s in a.statements]
