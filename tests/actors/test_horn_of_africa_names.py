"""Eritrea's president goes by his first name, as Ethiopia's leaders do; the Horn's state forces by acronyms."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


def _key(nlp, text: str, phrase: str, date: str = "2021-03-10") -> str | None:
    table = table_of(nlp, text, date)
    i = text.rindex(phrase)
    m = table.at(i, i + len(phrase))
    return m.key if m else None


@pytest.mark.parametrize("text", [
    "Eritrea stayed silent on Monday. Isaias said the peace deal with Ethiopia was dead.",
    "Ethiopia's prime minister met the Eritrean leader. Abiy and Isaias signed a declaration.",
    "The talks in Asmara ended without a deal, and officials said Isaias had refused to attend.",
])
def test_isaias_alone_is_eritreas_president(nlp, text):
    assert _key(nlp, text, "Isaias") == "ERI.GOV"


@pytest.mark.parametrize("text,phrase,key", [
    ("Tigrayan forces accused the EDF of killing civilians in Axum.", "EDF", "ERI.MIL"),
    ("Witnesses in Adigrat said the EDF looted the town on Monday.", "EDF", "ERI.MIL"),
    ("The ENDF shelled positions outside Mekelle on Tuesday.", "ENDF", "ETH.MIL"),
    ("The Ethiopian National Defense Force retook the town of Shire.", "Ethiopian National Defense Force", "ETH.MIL"),
    ("The PFDJ said the war in Tigray was over.", "PFDJ", "ERI.GOV"),
])
def test_horn_state_forces_and_ruling_front(nlp, text, phrase, key):
    assert _key(nlp, text, phrase) == key
