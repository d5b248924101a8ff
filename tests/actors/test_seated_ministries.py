""""The foreign ministry in Manila said ...": a ministry placed in a capital is that state's, not the article's
home country's; an embassy placed in a capital stays its own state's. ``seated_bodies`` is validated at load.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_helpers import country_of


@pytest.mark.parametrize("text, phrase, country", [
    ("China's coast guard blocked a supply boat near the shoal, and China vowed to protect its waters. "
     "The foreign ministry in Manila said it would file a protest.", "The foreign ministry", "PHL"),
    ("Russia launched drones at Odesa overnight, Russia's army said. The defence ministry in Kyiv said most "
     "were shot down.", "The defence ministry", "UKR"),
    ("Iran seized a tanker in the Gulf, Iran's navy said. The ministry in London summoned the Iranian envoy.",
     "The ministry", "GBR"),
])
def test_a_ministry_placed_in_a_capital_is_that_states(nlp, text: str, phrase: str, country: str) -> None:
    assert country_of(nlp, text, phrase) == country


@pytest.mark.parametrize("text, phrase, country", [
    ("Russia expelled two diplomats, Russia said. The Chinese embassy in Washington said it was worried.",
     "The Chinese embassy", "CHN"),
    ("Kenya and Kenya's army moved troops north. An embassy in Nairobi said its staff were safe.", "An embassy", "KEN"),
])
def test_an_embassy_placed_in_a_capital_is_not_re_keyed_by_it(nlp, text: str, phrase: str, country: str) -> None:
    assert country_of(nlp, text, phrase) == country


def test_the_lexicon_rejects_bad_seated_bodies() -> None:
    from tidings import data
    from tidings.actors.lexicon import _check_sectors

    obj = dict(data.load("actors_sectors"), seated_bodies=["ministry", 7])
    assert any("seated_bodies" in p for p in _check_sectors(obj))
    assert not _check_sectors(data.load("actors_sectors"))
