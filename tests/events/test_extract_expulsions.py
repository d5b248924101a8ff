"""An expulsion noun whose "from" phrase the parser hangs on the people expelled: the state they are expelled
from expels them (events/nominal.py ``expeller_after_of``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


def expulsions(events: list[Any]) -> list[tuple[str, str | None]]:
    return [(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None)
            for e in events if e.cameo.startswith("174")]


@pytest.mark.parametrize("text, expeller, expelled", [
    ("The expulsion of a Hungarian diplomat from Russia is completely unacceptable, the minister said.", "RUS", "HUN"),
    ("The expulsion of Romanian diplomats from Germany was announced on Monday.", "DEU", "ROU"),
    ("Officials said the expulsion of Belgian diplomats from Iran was a provocation.", "IRN", "BEL"),
    ("The deportation of two Hungarian envoys from Sudan drew protests in Budapest.", "SDN", "HUN"),
])
def test_the_state_people_are_expelled_from_expels_them(code_events: Run, text: str, expeller: str,
                                                        expelled: str) -> None:
    assert (expeller, expelled) in expulsions(code_events(text))


@pytest.mark.parametrize("text", [
    # a withdrawal's "from" phrase is still the place left, not a doer
    "The withdrawal of Romanian troops from Syria began on Monday.",
    "The evacuation of Belgian citizens from Syria was completed in August.",
    "The pullout of Hungarian soldiers from Syria ended on Friday.",
])
def test_other_acts_do_not_read_the_patients_from_phrase_as_an_expeller(code_events: Run, text: str) -> None:
    assert not [e for e in code_events(text) if e.source.key.split(".")[0] == "SYR"]
