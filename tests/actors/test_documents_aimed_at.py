"""A document noun aimed at by the clause ("fired rockets at army posts") is a place, not a text the clause's
subject issued; "in a statement" / "according to a report" still speak for the issuer. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


def _key_of(nlp, text: str, word: str) -> str | None:
    table = table_of(nlp, text)
    tok = [t for t in nlp(text) if t.text == word][0]
    m = table.for_token(tok)
    return m.key if m is not None else None


@pytest.mark.parametrize("text, word", [
    ("Hezbollah fired rockets at army posts across the border.", "posts"),
    ("Militants of Hamas fired mortars at border posts in Israel.", "posts"),
    ("Houthi rebels fired drones at army posts in Saudi Arabia.", "posts"),
])
def test_a_post_fired_at_is_not_the_shooters_text(nlp, text: str, word: str) -> None:
    key = _key_of(nlp, text, word)
    assert key is None or ":" not in key  # not the shooting group's own key


def test_a_statement_still_speaks_for_its_issuer(nlp) -> None:
    assert _key_of(nlp, "In a statement, Iran's foreign ministry said the talks would go on.", "statement") == "IRN.GOV"
