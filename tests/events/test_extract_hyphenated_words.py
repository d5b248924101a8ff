"""Hyphenated words the tokenizer splits in three ("cease" "-" "fire"): the dictionary's hyphenated or closed
spelling is looked up before the last part alone (match.hyphen_compounds)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.match import find_hits
from tidings.events.patterns import index

from .conftest import one

Run = Callable[..., list[Any]]


def _patterns(nlp: Any, text: str) -> list[str]:
    return [h.pattern.id for h in find_hits(nlp(text), index())]


@pytest.mark.parametrize(("text", "pattern"), [
    # event nouns spelled with a hyphen
    ("Egypt said the cease-fire in Syria would hold.", "0871:noun:cease-fire"),
    ("Students staged a sit-in outside the embassy of Israel.", "141:noun:sit-in"),
    ("NATO warned of a military build-up near Ukraine.", "154:noun:build-up"),
    ("Germany announced the pull-out of its troops from Syria.", "0874:noun:pull-out"),
    # the closed spelling of a hyphenated word ("co-operation" is the dictionary's "cooperation")
    ("Japan praised its co-operation with India on maritime security.", "060:noun:cooperation"),
    ("Britain will co-operate with the inquiry, the minister said.", "060:verb:cooperate"),
    # a hyphenated verb, before its last part alone ("fire")
    ("North Korea test-fired two missiles into the sea.", "150:verb:test-fire"),
    ("Pyongyang has test-fired a new missile, Seoul said.", "150:verb:test-fire"),
])
def test_hyphenated_word_takes_its_own_entry(nlp: Any, text: str, pattern: str) -> None:
    assert pattern in _patterns(nlp, text)


@pytest.mark.parametrize("text", [
    "Israel and Hamas agreed to a cease-fire on Sunday.",
    "India and Pakistan have agreed to a cease-fire along the border.",
    "Russia and Ukraine agreed to a cease-fire, Turkey said.",
])
def test_verb_pattern_object_may_be_hyphenated(code_events: Run, text: str) -> None:
    """"agree to ceasefire" (0871) takes "cease-fire" as its object noun, not the bare "agree to" (030)."""
    assert one(code_events(text), "08").cameo == "0871"


def test_first_part_of_a_hyphenated_word_is_used_up(nlp: Any) -> None:
    hits = find_hits(nlp("Egypt said the cease-fire in Syria would hold."), index())
    ceasefire = next(h for h in hits if h.pattern.id == "0871:noun:cease-fire")
    assert ceasefire.token.text == "fire" and ceasefire.token.i - 2 in ceasefire.used


def test_spaced_dash_is_no_hyphenated_word(nlp: Any) -> None:
    """A dash between spaced words ("cease - fire") joins nothing."""
    assert not any("cease-fire" in p for p in _patterns(nlp, "They wanted a cease - fire was not agreed."))
