"""No person name holds a digit (a dateline's "Oct 2"); a state's force word is not the group whose name holds it."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


@pytest.mark.parametrize("text,phrase", [
    ("ISLAMABAD, Oct 2 - Pakistan deported thousands of Afghan refugees this week, officials said.", "Oct 2"),
    ("KABUL, Oct 4 - Afghanistan closed its border with Pakistan this week, officials said.", "Oct 4"),
    ("ISLAMABAD, Oct 2 (Reuters) - Pakistan deported thousands of Afghan refugees this week.", "Oct 2"),
])
def test_a_phrase_with_digits_is_no_person(nlp, text, phrase):
    table = table_of(nlp, text)
    i = text.index(phrase)
    m = table.at(i, i + len(phrase))
    assert m is None or m.kind != "person"


GROUP_ARMIES = [
    ("Colombian rebels of the National Liberation Army attacked a base in Arauca. The rebels said the attack "
     "answered army operations against them.", "army operations", "army", "COL.MIL"),
    ("Colombian rebels of the National Liberation Army attacked a base in Arauca. Later the army said it had "
     "killed three rebels.", "the army said", "the army", "COL.MIL"),
    ("Arakan Army fighters overran a Myanmar border post in Rakhine state. The army said it would retake it.",
     "The army said", "The army", "MMR.MIL"),
    ("Fighters of the Free Syrian Army shelled a Syrian village. The army said it returned fire.",
     "The army said", "The army", "SYR.MIL"),
]


@pytest.mark.parametrize("text,where,phrase,key", GROUP_ARMIES)
def test_a_state_force_word_is_not_the_group_named_with_it(nlp, text, where, phrase, key):
    table = table_of(nlp, text)
    i = text.index(where)
    m = table.at(i, i + len(phrase))
    assert m is not None and m.key == key
