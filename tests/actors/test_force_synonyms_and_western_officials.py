"""'The army' and 'the military' name one state's forces, whichever word the text used first; a single Western
diplomat or official is the West's, not the article's home country's."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


def _key(nlp, text: str, phrase: str) -> str | None:
    table = table_of(nlp, text)
    i = text.rindex(phrase)
    m = table.at(i, i + len(phrase))
    return m.key if m else None


@pytest.mark.parametrize("text,phrase,key", [
    ("BEIRUT - An Israeli military spokesman said the army had hit Hezbollah sites in Lebanon.", "the army", "ISR.MIL"),
    ("KHARTOUM - The Egyptian military denied the report, and the army said no Egyptian troops were in Sudan.",
     "the army", "EGY.MIL"),
    ("ADEN - The Saudi army said it shot down a drone, and the military blamed Houthi rebels for the attack.",
     "the military", "SAU.MIL"),
])
def test_army_and_military_name_the_same_force(nlp, text, phrase, key):
    assert _key(nlp, text, phrase) == key


@pytest.mark.parametrize("text,phrase", [
    ("BEIRUT - A Western diplomat said Iran had rejected the proposal.", "Western diplomat"),
    ("KABUL - One senior Western official accused Pakistan of sheltering militants.", "Western official"),
    ("BAGHDAD - A Western security official said the militia had moved drones near Erbil.",
     "Western security official"),
])
def test_a_single_western_diplomat_or_official_is_the_west(nlp, text, phrase):
    assert _key(nlp, text, phrase) == "WST"
