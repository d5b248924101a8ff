"""Dates, places, and boilerplate exclusion."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.when_where import event_date

from .conftest import one

Run = Callable[..., list[Any]]


@pytest.mark.parametrize(
    ("text", "iso"),
    [("met on Sunday", "2023-01-22"), ("said earlier this week", "2023-01-27"), ("last month", "2022-12-01"),
     ("on January 5", "2023-01-05"), ("on 5 March 2021", "2021-03-05"), ("no time word", "2023-01-27"),
     ("yesterday", "2023-01-26"), ("in December", "2022-12-01")],
)
def test_when_where_event_date(text: str, iso: str) -> None:
    assert event_date(text, "2023-01-27") == iso


def test_when_where_date_without_article_date_is_none() -> None:
    assert event_date("on Sunday", None) is None


def test_when_where_location_and_country(code_events: Run) -> None:
    ev = one(code_events("NATO held talks with Japan in Seoul on Sunday.", date="2023-01-29"), "04")
    assert ev.location == "Seoul" and ev.location_country == "KOR"
    assert ev.date == "2023-01-29"


def test_when_where_boilerplate_sentences_have_no_events(code_events: Run) -> None:
    text = "Russia launched an attack on Ukraine. Read more: Britain imposed sanctions on Iran."
    evs = code_events(text, zones={1: "boilerplate"})
    assert [e.cameo[:2] for e in evs] == ["19"]
    assert all(e.sentence == 0 for e in evs)
