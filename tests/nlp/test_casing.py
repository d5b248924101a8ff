"""Title Case headlines go to the parser in sentence case, and come back with the article's own words."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.actors.lexicon import name_phrases
from tidings.nlp import casing
from tidings.pipeline import analyze_text


@pytest.fixture(scope="module")
def words(nlp: Any) -> frozenset[str]:
    return casing.english_words(nlp)


@pytest.mark.parametrize("line, expected", [
    ("Morocco Severs Diplomatic Relations With Iran", "Morocco severs diplomatic relations with Iran"),
    ("Chad Expels French Ambassador Over Army Raid", "Chad expels French ambassador over army raid"),
    ("United Nations Condemns Attack on Peacekeepers", "United Nations condemns attack on peacekeepers"),
    ("Ruto Meets Opposition Leaders in Nairobi", "Ruto meets opposition leaders in Nairobi"),
])
def test_title_case_line_keeps_only_names_capitalised(line: str, expected: str, words: frozenset[str]) -> None:
    assert casing.sentence_case(line, name_phrases(), words) == expected


@pytest.mark.parametrize("line", [
    "Morocco severs diplomatic relations with Iran",  # already sentence case
    "Iran Talks Stall",  # too short to tell a headline style from names
    "Kenya's president says talks with Somalia will resume",
])
def test_other_lines_are_left_alone(line: str, words: frozenset[str]) -> None:
    assert casing.sentence_case(line, name_phrases(), words) == line


def test_a_lone_word_of_a_longer_name_is_not_kept(words: frozenset[str]) -> None:
    # "United Nations" is a name; "United" on its own is an ordinary word of a headline
    out = casing.sentence_case("Rivals United Behind Plan to End Sudan War", name_phrases(), words)
    assert out == "Rivals united behind plan to end Sudan war"


@pytest.mark.parametrize("text, pair, word", [
    ("Morocco Severs Diplomatic Relations With Iran\n\nRABAT - The foreign ministry gave no reason.",
     ("MAR", "IRN"), "Severs"),
    ("Egypt Cuts Ties With Qatar\n\nCAIRO - The decision was announced on state television.",
     None, None),  # three words: not told apart from a name, left as parsed
    ("Kenya Recalls Ambassador to Somalia over Border Row\n\nNAIROBI - Officials gave no details.",
     ("KEN", "SOM"), "Recalls"),
    ("Ghana Expels Two Nigerian Diplomats Over Spying Claims\n\nACCRA - The envoys have 48 hours to leave.",
     ("GHA", "NGA"), "Expels"),
])
def test_title_case_headline_events_are_coded(text: str, pair: tuple[str, str] | None, word: str | None) -> None:
    a = analyze_text(text)
    head = [e for e in a.events if e.trigger.start < text.index("\n")]
    if pair is None:
        return
    assert any((e.source.key[:3], e.target.key[:3], e.trigger.text) == (*pair, word)
               for e in head if e.source and e.target), [(e.cameo, e.trigger.text) for e in head]


def test_words_and_offsets_are_the_articles_own() -> None:
    text = "Morocco Severs Diplomatic Relations With Iran\n\nRABAT - Morocco said it had cut ties with Iran."
    a = analyze_text(text)
    for m in a.mentions:
        assert text[m.start:m.end] == m.text
    ev = next(e for e in a.events if e.trigger.text == "Severs")
    assert text[ev.trigger.start:ev.trigger.end] == "Severs"


def test_restored_doc_has_original_words_and_recased_parse(nlp: Any, words: frozenset[str]) -> None:
    text = "Morocco Severs Diplomatic Relations With Iran"
    assert [e.label_ for e in nlp(text).ents] != ["GPE", "GPE"]  # as written, the parser reads one long name
    doc = casing.restored(nlp(casing.sentence_case(text, name_phrases(), words)), text)
    assert doc.text == text
    assert [t.text for t in doc] == text.split()
    assert [(e.text, e.label_) for e in doc.ents] == [("Morocco", "GPE"), ("Iran", "GPE")]


def test_a_recased_doc_is_marked_so_the_headline_is_not_parsed_again(nlp: Any, words: frozenset[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Kenya Recalls Ambassador To Somalia Over Border Row"
    doc = casing.restored(nlp(casing.sentence_case(text, name_phrases(), words)), text)
    assert doc.user_data.get(casing.RECASED) is True
    plain = "Kenya recalled its ambassador to Somalia."
    assert not casing.restored(nlp(plain), plain).user_data.get(casing.RECASED)

    from tidings.events import headline
    calls: list[int] = []
    real = headline.sentence_cased
    monkeypatch.setattr(headline, "sentence_cased", lambda *a, **k: calls.append(1) or real(*a, **k))
    a = analyze_text(text + "\n\nNAIROBI - Kenya recalled its ambassador to Somalia on Monday.")
    assert not calls  # the pipeline's sentence-case parse is the one the events read
    assert any(e.trigger.text == "Recalls" and e.source.key.startswith("KEN") for e in a.events)
