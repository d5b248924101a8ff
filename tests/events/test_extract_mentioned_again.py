"""An event noun that names no party of its own, in an object or subject position ("details of the
agreement", "talks will resume", "critics of the pact"), mentions again the latest act of its kind and takes
its parties (nominal.mentioned_again, discourse.parties); a claim noun, an act asked for, a noun with its
own party and a negated act do not. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def _second(analyze_text: Analyze, text: str, trigger: str) -> list[Any]:
    """The events on ``trigger`` in the text's second sentence."""
    start = text.index(". ") + 2
    return [e for e in analyze_text(text).events if e.trigger.text == trigger and e.trigger.start >= start]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Kenya signed a border agreement with Somalia on Monday. Details of the agreement were not released.",
     "agreement", "KEN", "SOM"),
    ("Turkey held talks with Greece on Monday. Talks will resume next week.", "Talks", "TUR", "GRC"),
    ("Egypt and Sudan signed a water accord in Cairo. The terms of the accord were not published.",
     "accord", "EGY", "SDN"),
    ("Japan and South Korea signed a defence pact in Tokyo. Critics of the pact held protests.",
     "pact", "JPN", "KOR"),
])
def test_an_unowned_event_noun_takes_the_parties_of_the_latest_act(analyze_text: Analyze, text: str, trigger: str,
                                                                   source: str, target: str) -> None:
    found = _second(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


@pytest.mark.parametrize("text, trigger", [
    ("Turkey held talks with Greece on Monday. There were no talks on Tuesday.", "talks"),
    ("Turkey held talks with Greece on Monday. The EU urged both sides to continue the talks.", "talks"),
    ("Russia accused Ukraine of an attack on Monday. Kyiv rejected the allegation.", "allegation"),
    ("Russia accused Ukraine of an attack on Monday. Officials discussed the details of the accusation on Tuesday.", "accusation"),
])
def test_a_negated_asked_for_or_claimed_act_takes_no_parties(analyze_text: Analyze, text: str, trigger: str) -> None:
    assert _second(analyze_text, text, trigger) == [], text


def test_a_noun_with_its_own_party_keeps_it(analyze_text: Analyze) -> None:
    found = _second(analyze_text, "Turkey held talks with Greece on Monday. Later, Egyptian talks with Sudan began.",
                    "talks")
    assert found and found[0].source.key.startswith("EGY") and found[0].target.key.startswith("SDN")


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Turkey reached an understanding with Greece on Monday. The talks lasted five hours.", "talks", "TUR", "GRC"),
    ("Kenya signed a security pact with Somalia on Friday. Negotiations had lasted a year.", "Negotiations",
     "KEN", "SOM"),
    ("Egypt signed a water accord with Sudan on Monday. The negotiations were tough.", "negotiations", "EGY", "SDN"),
])
def test_a_mention_with_no_act_of_its_kind_takes_a_kindred_act(analyze_text: Analyze, text: str, trigger: str,
                                                               source: str, target: str) -> None:
    """Talks, deals, agreements and cooperation are steps of one another (nominal.kindred_roots): with no earlier
    act of its own kind, the mention takes the parties of the latest kindred act."""
    found = _second(analyze_text, text, trigger)
    assert found, text
    assert found[0].source.key.startswith(source) and found[0].target.key.startswith(target)


@pytest.mark.parametrize("text", [
    "Turkey reached an understanding with Greece on Monday. Ethiopia pulled out of an agreement on Tuesday.",
    "Turkey reached an understanding with Greece on Monday. Officials spoke of an agreement that would cover fishing.",
    "Turkey reached an understanding with Greece on Monday. Kenya is far from an agreement.",
])
def test_an_indefinite_mention_is_a_new_act(analyze_text: Analyze, text: str) -> None:
    assert _second(analyze_text, text, "agreement") == []


@pytest.mark.parametrize("text, trigger", [
    ("Kenya signed a trade deal with Tanzania on Friday. Under the deal, Kenya will supply power to Tanzania.", "deal"),
    ("Egypt signed a water accord with Sudan on Monday. Officials aware of the accord praised it.", "accord"),
    ("Japan signed a fishing agreement with South Korea. Per the agreement, boats may enter both zones.",
     "agreement"),
])
def test_a_frame_or_topic_phrase_is_no_new_mention(analyze_text: Analyze, text: str, trigger: str) -> None:
    """An act named as the frame of a clause ("under the deal") or as what an adjective is about ("officials
    aware of the accord") is no report of the act again."""
    assert _second(analyze_text, text, trigger) == [], text
