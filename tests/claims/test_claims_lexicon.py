"""The claims lexicon data file: loaded, validated, and turned into the matchers the claims modules use."""

from __future__ import annotations

import pytest

from tidings import data
from tidings.claims import lexicon


def test_claims_lexicon_is_versioned_and_recorded() -> None:
    assert "claims_lexicon" in data.versions()
    assert "allegation" in lexicon.ALLEGATION_WORDS and "evidence" in lexicon.EVIDENCE_WORDS


@pytest.mark.parametrize("word", ["received", "receiving", "obtains", "acquired", "receive"])
def test_receipt_verbs_are_inflected(word: str) -> None:
    assert lexicon.RECEIVE.fullmatch(word)


@pytest.mark.parametrize("word", ["receiver", "receipt", "obtainable", "acquisition"])
def test_receipt_verbs_do_not_match_other_words(word: str) -> None:
    assert not lexicon.RECEIVE.fullmatch(word)


def test_possessed_allegation_names_its_owner() -> None:
    m = lexicon.POSSESSED_ALLEGATION.match("Washington's latest allegations were baseless")
    assert m is not None and m.group(1) == "Washington"
    assert lexicon.POSSESSED_ALLEGATION.match("Washington's latest weapons were tested") is None


@pytest.mark.parametrize(
    ("obj", "needle"),
    [
        ({"allegation_words": []}, "allegation_words"),
        ({"allegation_words": ["Allegation"]}, "lower-case"),
        ({"negators": ["did not"]}, "single"),
        ({"doubt_words": []}, "doubt_words"),
        ({"doubt_cancellers": ["No"]}, "lower-case"),
        ({"reason_cues": "citing"}, "reason_cues"),
        ({"withholding_words": ["did not"]}, "single"),
        ({"crediting_words": []}, "crediting_words"),
        ({"object_boundaries": []}, "object_boundaries"),
        ({"object_boundaries": ["in front of"]}, "single"),
    ],
)
def test_claims_lexicon_rejects_bad_lists(obj: dict, needle: str) -> None:
    good = dict(data.load("claims_lexicon"))
    problems = lexicon._check_lexicon({**good, **obj})
    assert problems and any(needle in p for p in problems)
    assert lexicon._check_lexicon(good) == []


@pytest.mark.parametrize("lead, owns", [
    ("Al-Shabaab claimed responsibility for the ", True),
    ("the group took full responsibility for Saturday's deadly ", True),
    ("the faction has admitted responsibility for ", True),
    ("no one claimed responsibility in the ", False),
    ("the group claimed responsibility for the attack and the ", False),
    ("officials said the ", False),
])
def test_owned_deed_matches_the_words_before_an_owned_act(lead: str, owns: bool) -> None:
    assert bool(lexicon.OWNED_DEED.search(lead)) is owns
