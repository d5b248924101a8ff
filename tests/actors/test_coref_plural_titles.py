"""A plural pronoun does not take the state word inside one person's title ("Ukrainian" in "Ukrainian
President ... urged them"): it looks further back for a plural antecedent. Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


def _them(nlp, text: str):
    table = table_of(nlp, text)
    doc = nlp(text)
    tok = [t for t in doc if t.lower_ == "them"][-1]
    return table.for_token(tok)


@pytest.mark.parametrize("text, key", [
    ("NATO leaders met in Brussels. Ukrainian President Volodymyr Zelensky thanked the allies but urged them "
     "to send more air defence systems.", "NATO"),
    ("EU ministers met in Luxembourg. Moldovan President Maia Sandu thanked the partners and asked them to open "
     "membership talks.", "EU"),
    ("G7 leaders gathered in Japan. Indian Prime Minister Narendra Modi thanked the partners and urged them to back "
     "debt relief.", "G7"),
])
def test_a_plural_pronoun_skips_the_state_word_of_a_title(nlp, text: str, key: str) -> None:
    m = _them(nlp, text)
    assert m is not None and m.key == key

