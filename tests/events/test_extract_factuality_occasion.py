"""An occasion the clause follows ("after the Istanbul meeting") has taken place: not part of what is intended."""

from __future__ import annotations

from typing import Any, Callable

from .conftest import one

Run = Callable[..., list[Any]]


def test_meeting_that_an_agreement_follows_is_a_meeting_not_an_intent(code_events: Run) -> None:
    evs = code_events("Russia and Ukraine agreed to keep talking after the Istanbul meeting.")
    meeting = one([e for e in evs if e.trigger.text == "meeting"], "04")
    assert (meeting.cameo, meeting.status) == ("040", "asserted")
    agree = one([e for e in evs if e.trigger.text == "agreed"], "03")
    assert agree.status == "asserted"


def test_meeting_planned_without_a_preceding_occasion_stays_intended(code_events: Run) -> None:
    evs = code_events("Russia and Ukraine agreed to hold a meeting in Istanbul.")
    assert not [e for e in evs if e.cameo[:2] == "04"]
    assert one(evs, "03").status == "intended"
