"""An act someone is asked to do has not happened, so it is no event; but it sets up the parties that a later
mention of the act points back to ("urged Armenia to hold talks with Azerbaijan. The talks open next week":
the talks are Armenia's with Azerbaijan, extract.sentence_acts). A control verb that addresses its party
through a preposition ("called on Serbia to sign", "appealed to Russia to free", "called for X to step down")
makes that party the doer of the act asked for (roles.addressed). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.roles import addressed, subject_token
from tidings.nlp import load_model

Analyze = Callable[..., Any]


def _split(analyze_text: Analyze, text: str) -> tuple[list[Any], list[Any]]:
    """The events of the text's first sentence and of the rest."""
    start = text.index(". ") + 2
    events = analyze_text(text).events
    return [e for e in events if e.trigger.start < start], [e for e in events if e.trigger.start >= start]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("The United Nations urged Armenia to hold talks with Azerbaijan. The talks are due to open in Geneva "
     "next week.", "talks", "ARM", "AZE"),
    ("The African Union asked Sudan to open negotiations with Chad. The negotiations could start as early as "
     "Monday.", "negotiations", "SDN", "TCD"),
    ("France called on Serbia to sign a trade deal with Kosovo. The deal would lift tariffs on farm goods.",
     "deal", "SRB", "XKX"),
])
def test_a_later_mention_takes_the_parties_of_the_act_asked_for(analyze_text: Analyze, text: str, trigger: str,
                                                                source: str, target: str) -> None:
    first, rest = _split(analyze_text, text)
    later = [e for e in rest if e.trigger.text == trigger]
    assert later, text
    assert later[0].source.key.startswith(source) and later[0].target.key.startswith(target)
    # the act asked for is still no event of its own
    assert not any(e.source is not None and e.source.key.startswith(source) for e in first), first


@pytest.mark.parametrize("text", [
    "The United Nations urged Armenia to hold talks with Azerbaijan. Diplomats gave no date.",
    "The African Union asked Sudan to open negotiations with Chad. It was not clear whether Khartoum would agree.",
])
def test_an_act_asked_for_alone_gives_no_event(analyze_text: Analyze, text: str) -> None:
    first, rest = _split(analyze_text, text)
    assert all(e.cameo[:2] not in ("04", "05") for e in first + rest), first + rest


@pytest.mark.parametrize("text, verb, doer", [
    ("France called on Serbia to sign the accord.", "sign", "Serbia"),
    ("Britain appealed to Russia to free the sailors.", "free", "Russia"),
    ("The envoy called on both sides to halt the shelling.", "halt", "sides"),
    ("The opposition called for Maduro to step down.", "step", "Maduro"),
    ("The bloc pleaded with Niger to release the president.", "release", "Niger"),
])
def test_the_party_a_control_verb_addresses_does_the_act(text: str, verb: str, doer: str) -> None:
    doc = load_model()(text)
    tok = next(t for t in doc if t.text == verb)
    assert subject_token(tok) is not None and subject_token(tok).text == doer


def test_a_direct_object_is_not_overridden_by_a_preposition() -> None:
    doc = load_model()("Kenya urged Uganda on Monday to withdraw its troops.")
    tok = next(t for t in doc if t.text == "withdraw")
    assert addressed(tok.head, tok) is None
    assert subject_token(tok).text == "Uganda"
