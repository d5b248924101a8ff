"""The lemma repair of ``tidings.nlp.lemmas``: spelling rules put back the silent ``e`` the small
lemmatizer drops ("hopes" -> "hop"), and leave every regular form alone."""

from __future__ import annotations

import pytest

from tidings.nlp.lemmas import repaired_lemma


@pytest.mark.parametrize("form, lemma, tag, want", [
    ("hopes", "hop", "VBZ", "hope"),
    ("hoped", "hop", "VBD", "hope"),
    ("hoping", "hop", "VBG", "hope"),
    ("staged", "stag", "VBN", "stage"),
    ("riding", "rid", "VBG", "ride"),
])
def test_a_lost_silent_e_is_put_back(form: str, lemma: str, tag: str, want: str) -> None:
    assert repaired_lemma(form, lemma, tag) == want


@pytest.mark.parametrize("form, lemma, tag", [
    ("hopped", "hop", "VBD"),     # the doubled consonant says the stem is "hop"
    ("wishes", "wish", "VBZ"),    # "-es" after a sibilant
    ("goes", "go", "VBZ"),        # and after "o"
    ("visited", "visit", "VBD"),  # two syllables: no doubling rule
    ("aimed", "aim", "VBD"),      # two vowels
    ("fixed", "fix", "VBD"),      # x never doubles
    ("hopes", "hope", "VBZ"),     # already right
])
def test_regular_forms_are_left_alone(form: str, lemma: str, tag: str) -> None:
    assert repaired_lemma(form, lemma, tag) is None


def test_the_pipeline_repairs_lemmas(nlp) -> None:
    doc = nlp("Iran hopes to win. Kenya hoped to win. Egypt is hoping to win. The army staged a coup.")
    assert [t.lemma_ for t in doc if t.lower_ in ("hopes", "hoped", "hoping", "staged")] == [
        "hope", "hope", "hope", "stage"]


@pytest.mark.parametrize("text", [
    "Iran hopes to sign a trade deal with Iraq next month.",
    "Iran is hoping to visit Iraq.",
    "Egypt hoped to meet Ethiopia's leaders.",
])
def test_a_hoped_for_act_is_intended(analyze_text, text: str) -> None:
    events = analyze_text(text).events
    assert events and all(e.status == "intended" for e in events)
