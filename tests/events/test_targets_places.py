"""Targets the parse names only as a place: an act aimed at no named party is aimed at the place it is done in
(``targets.place_done_in``), but a place where something is only said, held or met is no party."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


def _sig(events: list[Any], root: str) -> list[tuple[str, str | None]]:
    return sorted((e.source.key, e.target.key if e.target else None) for e in events if e.cameo[:2] == root)


@pytest.mark.parametrize("text, root, pair", [
    ("Iran threatened to ban elections in Syria.", "13", ("IRN", "SYR")),
    ("Hamas threatened to resume rocket fire in Israel next week.", "13", ("PSE.REB:Hamas", "ISR")),
    ("Germany suspended food deliveries in Sudan on Monday.", "16", ("DEU", "SDN")),
    ("Japan opened an embassy in Tehran last year.", "05", ("JPN", "IRN.GOV")),
])
def test_place_done_in_is_the_target(code_events: Run, text: str, root: str, pair: tuple[str, str]) -> None:
    """"threatened to ban elections in Syria": the act is aimed at the place it is carried out in."""
    assert pair in _sig(code_events(text), root)


@pytest.mark.parametrize("text, people", [
    ("Ukraine threatened to ban street protests in Kyiv.", "UKR.CVL"),
    ("Russia threatened to ban elections in Moscow.", "RUS.CVL"),
    ("North Korea threatened to ban foreign broadcasts in Pyongyang.", "PRK.CVL"),
])
def test_place_at_home_is_its_people(code_events: Run, text: str, people: str) -> None:
    """An act carried out in a place of the doer's own country (its capital included) is aimed at its people,
    not at its own government."""
    assert [t for _, t in _sig(code_events(text), "13")] == [people]


@pytest.mark.parametrize("text, root", [
    ("Russia and Ukraine will meet again in Brussels in November.", "03"),
    ("Egypt and Sudan held talks in Brussels on Tuesday.", "04"),
])
def test_place_of_a_meeting_is_no_target(code_events: Run, text: str, root: str) -> None:
    """Where parties meet or plan to meet is where, not with whom."""
    assert all(t not in ("BEL.GOV", "BEL") for _, t in _sig(code_events(text), root))


@pytest.mark.parametrize("text, pair", [
    ("Russia threatened to launch a new offensive in Russia's war with Ukraine.", ("RUS", "UKR")),
    ("Israel threatened to step up raids in Israel's conflict with Hamas.", ("ISR", "PSE.REB:Hamas")),
    ("India threatened to widen strikes in India's campaign against Pakistan.", ("IND", "PAK")),
    ("Iran threatened to launch an offensive in its war with Syria.", ("IRN", "SYR")),
])
def test_an_act_done_in_a_war_is_aimed_at_its_other_side(code_events: Run, text: str, pair: tuple[str, str]) -> None:
    """"launch an offensive in its war with Iraq": the war's owner is no place; the side the war is with is
    the target, not the doer's own people."""
    found = _sig(code_events(text), "13")
    assert pair in found
    assert all(not (t or "").endswith(".CVL") for _, t in found)


@pytest.mark.parametrize("text, pair", [
    ("France is ready to contribute 4,000 troops to an international force in Sudan.", ("FRA", "SDN")),
    ("Germany agreed to contribute engineers to the peacekeeping operation in Syria.", ("DEU", "SYR")),
    ("Japan is willing to send medics to the relief mission in Ukraine.", ("JPN", "UKR")),
])
def test_the_place_of_the_mission_it_goes_to_is_the_target(code_events: Run, text: str,
                                                            pair: tuple[str, str]) -> None:
    """"contribute troops to a force in Liberia": what is committed to a force, a mission or an operation named
    by no party is aimed at the place that force serves in."""
    assert pair in _sig(code_events(text), "03")
