"""'"...," Lee said, according to Reuters, and she praised ...': an 'according to' phrase between a
report and a further clause joined by 'and' relays the report before it."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ('Talks ended. "The deal is fair," Lee said, according to Reuters, and she praised the mediators.',
         "Reuters", "Lee said"),
        ("Talks ended. Lee said the deal was fair, according to the BBC, and praised the mediators.", "BBC",
         "Lee said the deal was fair"),
        ('Talks ended. "The border stays shut," Mensah was reported to have said, according to AFP, but he gave no '
         "date.", "AFP", "Mensah was reported to have said"),
    ],
)
def test_according_to_before_a_conjoined_clause_relays_the_report(analyze_text: Any, text: str, source: str,
                                                                  content: str) -> None:
    found = [s for s in analyze_text(text).statements if s.cue.text == "according to"]
    assert found and found[0].speaker is not None and source in found[0].speaker.text, found
    assert found[0].content.text.endswith(content), found[0].content.text
