"""A possessive in the infinitive of a verb that addresses an object is the object's: "urged Russia to withdraw
its troops" (Russia's troops), "called on Iran to stop its enrichment" (Iran's)."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


@pytest.mark.parametrize("text,key", [
    ("The European Union urged Russia to withdraw its troops from Ukraine.", "RUS"),
    ("The United Nations called on Iran to stop its uranium enrichment.", "IRN"),
    ("Washington asked Beijing to use its influence on Pyongyang.", "CHN"),
    ("NATO told Moscow to end its drills near the border with Finland.", "RUS"),
    ("The International Court of Justice ordered Israel on Friday to halt its offensive in Rafah.", "ISR"),
])
def test_the_possessive_of_an_addressed_party_is_its_own(nlp, text, key):
    table = table_of(nlp, text)
    i = text.index(" its ") + 1
    m = table.at(i, i + 3)
    assert m is not None and (m.key or "").split(".")[0] == key


def test_a_subject_controlled_infinitive_keeps_the_subject(nlp):
    text = "Russia promised the United Nations to withdraw its troops from the border."
    table = table_of(nlp, text)
    i = text.index(" its ") + 1
    m = table.at(i, i + 3)
    assert m is not None and (m.key or "").split(".")[0] == "RUS"
