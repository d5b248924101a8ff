"""The narrator's "we"/"our" outside quotation marks is the outlet, never a party of the story (actors/narrator.py)."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


def _mention(table, text, phrase):
    """The mention starting where ``phrase`` does, or, for "Our X", where X does."""
    i = text.index(phrase) + (4 if phrase.startswith("Our ") else 0)
    return next(m for m in table.mentions if m.start == i)


@pytest.mark.parametrize("text, staff, key, name", [
    ("Tunisia imposed a curfew. The BBC's John Simpson in Tunis says shops closed early. "
     "Our correspondent says the streets were quiet.", "Our correspondent", "GBR.MED", "John Simpson"),
    ("Protests spread in Chile. Reuters reporter Maria Lopez saw police fire tear gas. "
     "Our reporter said the crowd had dispersed by midnight.", "Our reporter", "GBR.MED", "Maria Lopez"),
    ("Floods hit Pakistan on Friday. Al Jazeera's Kamal Hyder reported from Sukkur. "
     "Our correspondent added that the army was flying in food.", "Our correspondent", "QAT.MED", "Kamal Hyder"),
])
def test_our_correspondent_is_the_outlets_journalist_named_before(nlp, text, staff, key, name):
    m = _mention(table_of(nlp, text), text, staff)
    assert (m.key, m.name) == (key, name)


@pytest.mark.parametrize("text, staff", [
    # no outlet named: neither the home country (Chile) nor the last party named is the narrator
    ("Protests spread in Chile. Chilean police fired tear gas. Our reporter said the crowd dispersed by midnight.",
     "Our reporter"),
    ("Tunisia imposed a curfew. Tunisian troops guarded Tunis. Our correspondent says the streets were quiet.",
     "Our correspondent"),
])
def test_our_correspondent_stays_unresolved_with_no_outlet_named(nlp, text, staff):
    assert _mention(table_of(nlp, text), text, staff).key is None


def test_the_narrators_we_is_the_outlet_not_the_last_state_named(nlp):
    text = "Floods hit Pakistan on Friday. Al Jazeera's Kamal Hyder reported from Sukkur. We have asked the ministry for comment."
    assert _mention(table_of(nlp, text), text, "We").key == "QAT.MED"
    bare = "Floods hit Pakistan on Friday. Pakistani troops reached Sukkur. We have asked the ministry for comment."
    assert _mention(table_of(nlp, bare), bare, "We").key is None


def test_a_quoted_we_is_still_its_speaker(nlp):
    text = "Al Jazeera reported the talks. Pakistani officials met on Monday. \"We will rebuild,\" the minister said."
    assert _mention(table_of(nlp, text), text, "We").key == "PAK.GOV"


@pytest.mark.parametrize("text", [
    "Al Jazeera covered the summit. Pakistani officials met on Monday. We will rebuild the dams, the minister said.",
    "Al Jazeera covered the summit. Pakistani officials met on Monday. The minister said we would rebuild the dams.",
])
def test_a_we_in_reported_words_without_quote_marks_is_not_the_outlet(nlp, text):
    assert _mention(table_of(nlp, text), text, "we" if " we " in text else "We").key == "PAK.GOV"
