"""A demonym, then a hyphened participle of affiliation ("state-affiliated", "state-backed"), then a role noun:
the demonym still anchors the noun ("a Chinese state-affiliated group" is China's, not the home country's)."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


@pytest.mark.parametrize("text,phrase,key", [
    ("LONDON - Britain said a Chinese state-affiliated group had targeted British lawmakers.",
     "a Chinese state-affiliated group", "CHN.REB"),
    ("BERLIN - Germany said a Russian state-backed group had attacked German parties.",
     "a Russian state-backed group", "RUS.REB"),
    ("JERUSALEM - Israel said an Iranian state-sponsored group had hacked Israeli water systems.",
     "an Iranian state-sponsored group", "IRN.REB"),
])
def test_a_state_affiliated_noun_keeps_its_demonym(nlp, text, phrase, key):
    table = table_of(nlp, text)
    i = text.index(phrase)
    m = table.at(i, i + len(phrase))
    assert m is not None and m.key == key
