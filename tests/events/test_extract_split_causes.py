"""A gerund the parser splits off a "from" phrase ("reported four deaths from Hamas shelling"): the act is
the phrase's, done by the name it holds or by its own "by" agent, never by the one who reports the toll
(events/roles.py ``split_cause``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


def attackers(events: list[Any]) -> list[str | None]:
    return [e.source.key.split(".")[0] if e.source else None for e in events if e.cameo.startswith("19")]


@pytest.mark.parametrize("text, doer, reporter", [
    ("Syria reported six deaths from Turkey shelling near the border.", "TUR", "SYR"),
    ("Egypt reported five deaths from Israel shelling on Monday.", "ISR", "EGY"),
    ("Ukraine reported two deaths and ten injuries from Russia shelling overnight.", "RUS", "UKR"),
    ("Sudan reported two deaths and ten injuries from ongoing artillery shelling by Hamas.", "PSE", "SDN"),
    ("Two civilians were killed in Hamas shelling overnight, Egypt said.", "PSE", "EGY"),
    ("Sudan said four people died in Hamas shelling overnight.", "PSE", "SDN"),
])
def test_the_reporter_of_a_toll_does_not_do_the_act_that_caused_it(code_events: Run, text: str, doer: str,
                                                                   reporter: str) -> None:
    found = attackers(code_events(text))
    assert doer in found and reporter not in found


def test_a_gerund_of_the_reporters_own_clause_keeps_its_subject(code_events: Run) -> None:
    # no "from" phrase before the gerund: the subject of the main verb still does it
    found = attackers(code_events("Israeli troops entered the town on Monday, shelling houses near the market."))
    assert "ISR" in found


@pytest.mark.parametrize("text", [
    # a bare place after "in" is where the victims died; a participle with its own clause is no split act
    "Seventeen people were killed during protests on Monday in Pakistan calling for the president to resign.",
    "Ten people died on Sunday in Sudan demanding an end to the war.",
])
def test_a_place_or_a_clause_is_not_read_as_a_split_act(code_events: Run, text: str) -> None:
    assert not [e for e in code_events(text) if e.cameo.startswith("02") and e.source
                and e.source.key.split(".")[0] in ("PAK", "SDN") and e.pattern.startswith("02")]
