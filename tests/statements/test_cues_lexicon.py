"""The speech-cue data file: size, stance hints, validation."""

from __future__ import annotations

import pytest

from tidings.errors import DataError
from tidings.statements import cues


def test_cues_lexicon_has_enough_cues() -> None:
    lex = cues.lexicon()
    assert len(lex.verbs) + len(lex.nouns) + len(lex.phrases) >= cues.MIN_CUES


@pytest.mark.parametrize(
    ("lemma", "stance"),
    [("deny", "denies"), ("reject", "denies"), ("claim", "asserts"), ("echo", "repeats"), ("cite", "repeats"), ("doubt", "questions")],
)
def test_cues_lexicon_stance_hints(lemma: str, stance: str) -> None:
    assert cues.lexicon().verbs[lemma].stance == stance


def test_cues_lexicon_phrases_and_frames() -> None:
    lex = cues.lexicon()
    assert "according to" in lex.phrases
    assert "of" in lex.verbs["accuse"].preps
    assert lex.verbs["deny"].takes_object and not lex.verbs["say"].takes_object


def test_cues_lexicon_rejects_bad_entries() -> None:
    problems = cues._check({"entries": [{"lemma": "say", "type": "verb", "stance": "maybe"}]})
    assert any("stance" in p for p in problems) and any("at least" in p for p in problems)
    with pytest.raises(DataError):
        from tidings import data

        data.validated("speech_cues", lambda obj: ["forced failure"])
