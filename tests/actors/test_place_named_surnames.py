"""A surname that is also a seat of government ("Hague") is no bare alias of its holder: "The Hague" is the
Dutch seat, a dateline "THE HAGUE -" is where a story was filed; "Hague" after "William Hague" is still him."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize("text,phrase,expected", [
    ("THE HAGUE - The court ordered Israel to halt the offensive in Rafah.", "THE HAGUE", None),
    ("Judges in The Hague rejected Russia's request on Monday.", "The Hague", "NLD.GOV"),
    ("Talks between Serbia and Kosovo resumed in The Hague, diplomats said.", "The Hague", "NLD.GOV"),
])
def test_the_hague_is_no_british_foreign_secretary(nlp, text, phrase, expected):
    table = table_of(nlp, text, "2024-05-24")
    assert key_of(table, text, phrase) == expected


def test_the_surname_after_the_full_name_is_still_the_person(nlp):
    text = "British Foreign Secretary William Hague met John Kerry. Hague said the talks were useful."
    table = table_of(nlp, text, "2012-05-24")
    i = text.rindex("Hague")
    m = table.at(i, i + 5)
    assert m is not None and m.key == "GBR.GOV"
