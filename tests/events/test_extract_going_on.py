"""An act the text reports without its doer (an agentless passive, a bare event noun) goes on from the latest
act of its kind reported in the last few sentences, and takes that act's doer (events/discourse.py
``Discourse.continued``, ``goes_on``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from tidings.events.discourse import CONTINUED_EVIDENCE

Analyze = Callable[..., Any]


def after(analysis: Any, word: str, marker: str) -> list[Any]:
    """Events on ``word`` after the first occurrence of ``marker`` in the text."""
    start = analysis.document.text.index(marker)
    return [e for e in analysis.events if e.trigger.text == word and e.trigger.start >= start]


@pytest.mark.parametrize("text, word, marker, root, source", [
    ("Belarus deployed soldiers along the border with Poland. Tanks and artillery were deployed there on Friday.",
     "deployed", "Tanks", "15", "BLR"),
    ("Russia deployed troops to the border with Ukraine on Monday. More tanks were deployed near the frontier "
     "on Tuesday.", "deployed", "More", "15", "RUS"),
    ("North Korea fired a ballistic missile toward Japan on Sunday. Tokyo strongly condemned the missile test.",
     "test", "Tokyo", "15", "PRK"),
    ("Russia expelled two Estonian diplomats on Friday. Tallinn called the expulsion unjustified.",
     "expulsion", "Tallinn", "17", "RUS"),
])
def test_an_act_named_without_its_doer_goes_on_from_the_latest_act_of_its_kind(
        analyze_text: Analyze, text: str, word: str, marker: str, root: str, source: str) -> None:
    evs = [e for e in after(analyze_text(text), word, marker) if e.cameo[:2] == root]
    assert evs, text
    assert evs[0].source.key.split(".")[0] == source
    assert evs[0].source.evidence.startswith(CONTINUED_EVIDENCE)
    assert evs[0].source.start == evs[0].trigger.start  # placed on the word that reports it


def test_a_party_acting_in_between_is_the_one_the_act_goes_on_from(analyze_text: Analyze) -> None:
    text = ("Russia deployed troops to the border with Ukraine. Poland deployed troops along its border with "
            "Belarus. More tanks were deployed near the frontier on Tuesday.")
    evs = after(analyze_text(text), "deployed", "More")
    assert evs and {e.source.key.split(".")[0] for e in evs} == {"POL"}


def test_an_act_several_sentences_after_the_last_of_its_kind_is_left_without_a_doer(analyze_text: Analyze) -> None:
    text = ("Russia deployed troops to the border with Ukraine. The troops crossed a river. Officials met on "
            "Tuesday. Markets were calm. Prices fell. Then more tanks were deployed near the frontier.")
    assert not after(analyze_text(text), "deployed", "Then")


@pytest.mark.parametrize("text, marker", [
    # a bare plural names a kind of act, not the act just reported
    ("Russia imposed sanctions on Georgia on Monday. Officials said sanctions hurt farmers.", "Officials"),
    ("Russia sent arms to Syria. Arms shipments continue across the region.", "Arms shipments"),
    # a claim noun is what the reply answers: its maker is the target already, not a new accuser
    ("The US accused Iran of arming the Houthis on Monday. Tehran said the allegations were lies.", "Tehran"),
    # an act noun inside another noun's phrase is that noun's topic ("the date for this visit")
    ("Kenya's president visited Uganda on Monday. The date for the next visit will be set later.", "The date"),
    ("Egypt held negotiations with Ethiopia in Kinshasa. Cairo blamed Addis Ababa for the failure of the "
     "negotiations.", "Cairo"),
    # an act someone is urged to do has not happened: no one's act goes on in it
    ("Iran said it had cooperated with the inspectors on Monday. Germany urged Tehran to restore full "
     "cooperation with the agency.", "Germany"),
])
def test_an_act_noun_that_names_a_kind_a_claim_a_topic_or_a_request_does_not_go_on(analyze_text: Analyze, text: str,
                                                                          marker: str) -> None:
    start = text.index(marker)
    evs = [e for e in analyze_text(text).events if e.trigger.start >= start
           and (e.source.evidence or "").startswith(CONTINUED_EVIDENCE)]
    assert not evs, [(e.trigger.text, e.source.key, e.cameo) for e in evs]


def test_a_denied_act_takes_no_doer_from_the_act_before(analyze_text: Analyze) -> None:
    text = "Russia deployed troops to the border with Ukraine. No tanks were deployed near the frontier, officials said."
    evs = [e for e in after(analyze_text(text), "deployed", "No tanks")
           if (e.source.evidence or "").startswith(CONTINUED_EVIDENCE)]
    assert not evs
