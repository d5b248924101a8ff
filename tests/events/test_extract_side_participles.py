"""A participle clause set off by a comma after a denial ("rejected the results, accusing the council of
fraud"): what the subject did besides denying, reported as fact, not the denied content. Sentences written
for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Iran denied the charges, accusing Israel of spreading lies.", "accusing", "IRN", "ISR"),
    ("Russia dismissed the report, blaming Ukraine for the attack.", "blaming", "RUS", "UKR"),
    ("China rejected the criticism, accusing the United States of meddling.", "accusing", "CHN", "USA"),
    ("Pakistan denied the claim, accusing India of shelling its posts.", "accusing", "PAK", "IND"),
])
def test_an_accusation_beside_a_denial_is_asserted(analyze_text: Analyze, text: str, trigger: str, source: str,
                                                    target: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert len(found) == 1
    assert found[0].status == "asserted"
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


@pytest.mark.parametrize("text, trigger", [
    ("Iran denied attacking the tanker.", "attacking"),
    ("Russia denied that its troops had shelled the town in Ukraine.", "shelled"),
])
def test_what_a_denial_takes_as_content_stays_denied(analyze_text: Analyze, text: str, trigger: str) -> None:
    found = [e for e in analyze_text(text).events if e.trigger.text == trigger]
    assert found and found[0].status == "denied"
