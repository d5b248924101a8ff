"""A reporting verb inside a free relative: 'retaliating for *what it claims* was the removal of its
envoy', 'protested against *what Kenya says* is an occupation', 'pulled back from *what commanders
said* were exposed positions'. The parser hangs the clause after the cue elsewhere; the cue reports
that clause."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize(
    ("text", "cue", "words"),
    [
        ("Moscow expelled a Polish diplomat, retaliating for what it claims was the unjust expulsion of its consul.",
         "claims", "was the unjust expulsion of its consul"),
        ("Kenya protested against what it says is an illegal occupation of its farmland.", "says",
         "is an illegal occupation of its farmland"),
        ("The army pulled back from what commanders said were exposed positions near the river.", "said",
         "were exposed positions near the river"),
        ("Sudan complained about what it says are repeated incursions by foreign militias.", "says",
         "are repeated incursions by foreign militias"),
    ],
)
def test_a_cue_in_a_free_relative_reports_the_clause_after_it(analyze_text: Any, text: str, cue: str,
                                                              words: str) -> None:
    statements = analyze_text(text).statements
    found = [s for s in statements if s.cue.text == cue and words in s.content.text]
    assert found, [(s.cue.text, s.content.text) for s in statements]
    assert found[0].speaker is not None and found[0].speaker.text.lower() not in ("what",), found[0].speaker
