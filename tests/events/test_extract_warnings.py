"""A warning not to act ("X warned Y not to attack"): the act warned against has not happened and is not the
warner's; it lives in the warning (a threat, 13x), as an act urged lives in the request. Sentences written for
these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, warner, warned", [
    ("Israel warned Hamas not to fire rockets at its towns.", "ISR", "PSE"),
    ("Turkey warned Greece not to deploy troops on the islands.", "TUR", "GRC"),
    ("Iran warned Britain not to attack its ships.", "IRN", "GBR"),
    ("China warned Japan not to send troops to Taiwan.", "CHN", "JPN"),
])
def test_the_act_warned_against_is_no_event_of_its_own(analyze_text: Analyze, text: str, warner: str,
                                                       warned: str) -> None:
    events = analyze_text(text).events
    assert [e.cameo[:2] for e in events] == ["13"]
    assert events[0].source.key.startswith(warner) and events[0].target.key.startswith(warned)


def test_a_warning_that_reports_an_act_keeps_it(analyze_text: Analyze) -> None:
    events = analyze_text("India warned that Pakistan would attack its posts.").events
    assert any(e.source.key.startswith("PAK") and e.trigger.text == "attack" for e in events)
