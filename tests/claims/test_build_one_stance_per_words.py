"""A denial read both as a statement and as an event is one stance of its claim."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text

ARTICLES = [
    "VILNIUS, March 3 (tidings) - Lithuania's government on Monday accused Belarus of sending migrants across "
    "the border to destabilise the country, a charge Minsk flatly denied.\n\n"
    "Interior Minister Ona Petraitis said border guards had stopped 300 people in a week. Belarus called the "
    "accusation absurd.",
    "TBILISI, May 9 (tidings) - Georgia's government accused Russia of arming separatist militias, an "
    "allegation Moscow rejected on Tuesday.\n\n"
    "Prime Minister Levan Beridze said weapons had been found in two villages. Russia denied the charge.",
]


@pytest.mark.parametrize("text", ARTICLES)
def test_no_two_stances_share_holder_stance_and_words(text: str) -> None:
    a = analyze_text(text)
    assert a.claims, "the contested accusation should make a claim"
    for c in a.claims:
        spans = [(s.holder, s.stance, s.content.start, s.content.end) for s in c.stances if s.content]
        for i, x in enumerate(spans):
            for y in spans[i + 1:]:
                assert not (x[:2] == y[:2] and x[2] < y[3] and y[2] < x[3]), (x, y)
