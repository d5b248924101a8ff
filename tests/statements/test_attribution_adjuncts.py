"""Attributions with adjuncts the parse hangs in the way: 'said *in a statement* that ...' (the
statement is the verb's medium) and '..., a senior official said*, speaking on condition of
anonymity*' (a trailing participle does not make the parenthetical too long)."""

from __future__ import annotations

from typing import Any

import pytest


def _by_cue(analysis: Any, cue: str) -> Any:
    found = [s for s in analysis.statements if s.cue.text == cue]
    assert found, [(s.speaker, s.cue.text, s.content.text) for s in analysis.statements]
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The talks ended. The Swedish foreign ministry said in a statement that no agreement had been reached "
         "and that talks would resume.", "said", "no agreement had been reached"),
        ("The talks ended. Kenya's interior ministry said in a statement that the curfew would be lifted.", "said",
         "the curfew would be lifted"),
        ("The talks ended. Ruto told reporters in an interview that the curfew would be lifted.", "told",
         "the curfew would be lifted"),
    ],
)
def test_a_statement_the_verb_is_made_in_leaves_the_that_clause_to_the_verb(analyze_text: Any, text: str, cue: str,
                                                                             content: str) -> None:
    st = _by_cue(analyze_text(text), cue)
    assert st.content.text.startswith(content) and st.speaker is not None and st.speaker.key


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The talks ended. The treaty remains valid, a senior Swedish official said, speaking on condition of "
         "anonymity.", "The treaty remains valid"),
        ("The talks ended. The port will stay shut, a senior Kenyan naval commander said, speaking on condition "
         "of anonymity.", "The port will stay shut"),
        ("The talks ended. The ferry sank near the coast, a senior Tanzanian rescue official said, declining to "
         "give details.", "The ferry sank near the coast"),
    ],
)
def test_a_trailing_participle_does_not_hide_a_parenthetical_attribution(analyze_text: Any, text: str,
                                                                         content: str) -> None:
    st = _by_cue(analyze_text(text), "said")
    assert st.content.text == content and st.speaker is not None
