"""Sentence boundaries preset before the parser: lines, closing quotes, datelines."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.pipeline import analyze_text


@pytest.mark.parametrize("text, story", [
    ("DHAKA, Bangladesh - Bangladeshi security forces opened fire on protesters on Monday, killing three.",
     "Bangladeshi security forces opened fire on protesters on Monday, killing three."),
    ("KINSHASA - M23 rebels seized the town of Goma on Sunday.", "M23 rebels seized the town of Goma on Sunday."),
    ("ISLAMABAD, Oct 2 - Pakistan deported 300 Afghan refugees on Tuesday.",
     "Pakistan deported 300 Afghan refugees on Tuesday."),
    ("LIMA, Peru — Peruvian police arrested a former minister on Friday.",
     "Peruvian police arrested a former minister on Friday."),
])
def test_story_after_a_dateline_is_one_sentence(nlp: Any, text: str, story: str) -> None:
    assert [s.text for s in nlp(text).sents][-1] == story


def test_story_after_a_dateline_still_ends_at_its_full_stop(nlp: Any) -> None:
    text = "KINSHASA - M23 rebels seized Goma on Sunday. The army withdrew."
    assert [s.text for s in nlp(text).sents][1:] == ["M23 rebels seized Goma on Sunday.", "The army withdrew."]


def test_event_right_after_a_dateline_is_coded() -> None:
    a = analyze_text("Pakistan expels Afghan envoy\n\nISLAMABAD, Oct 2 - Pakistan expelled an Afghan diplomat on "
                     "Tuesday, the foreign ministry said.")
    body = [e for e in a.events if e.trigger.text == "expelled"]
    assert body and body[0].source.key.startswith("PAK") and body[0].target.key.startswith("AFG")


def test_an_empty_text_has_no_sentences(nlp: Any) -> None:
    assert list(nlp("").sents) == []
