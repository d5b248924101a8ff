"""A noun pattern's required modifier may come as an "of" object ("a violation of the ceasefire" is "a ceasefire
violation"; match._of_phrase_names)."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.events.match import find_hits
from tidings.events.patterns import index


def _patterns(nlp: Any, text: str) -> list[str]:
    return [h.pattern.id for h in find_hits(nlp(text), index())]


@pytest.mark.parametrize(("text", "pattern"), [
    ("Armenia accused Azerbaijan of a violation of the ceasefire.", "196:noun:ceasefire violation"),
    ("Kyiv reported dozens of violations of the ceasefire overnight.", "196:noun:ceasefire violation"),
    ("The monitors recorded a serious violation of the ceasefire near the border.", "196:noun:ceasefire violation"),
    ("The three men face warrants of arrest issued in Manila.", "173:noun:arrest warrant"),
    ("Two rebel commanders remain under warrants of arrest in Manila.", "173:noun:arrest warrant"),
    ("Both sides agreed to a swap of prisoners on Monday.", "084:noun:prisoner swap"),
    ("Washington approved the sale of arms to Taiwan.", "072:noun:arms sale"),
    ("The two agencies agreed on the sharing of intelligence about the militants.", "064:noun:intelligence sharing"),
])
def test_of_object_names_the_required_modifier(nlp: Any, text: str, pattern: str) -> None:
    assert pattern in _patterns(nlp, text)


@pytest.mark.parametrize(("text", "pattern"), [
    # an adjective modifier is no "of" object; a noun of another kind does not stand for the modifier
    ("Russia condemned the violation of the treaty by Ukraine.", "196:noun:ceasefire violation"),
    ("Police made a series of arrests in the capital.", "173:noun:arrest warrant"),
])
def test_other_of_objects_leave_the_bare_pattern(nlp: Any, text: str, pattern: str) -> None:
    assert pattern not in _patterns(nlp, text)
