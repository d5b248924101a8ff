"""The speech-cue lexicon (``data/speech_cues.json``): which words introduce what someone said.

Kept as data so the list can grow without code changes; validated on load so a
typo in the file fails loudly instead of silently dropping statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import data
from ..records import Stance

_TYPES = ("verb", "noun", "phrase")
_STANCES = ("asserts", "denies", "repeats", "questions")
MIN_CUES = 150


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry.

    ``takes_object``: a bare noun object is what was said ("denied the reports").
    ``preps``: prepositions whose object is what was said ("accused X *of* ...").
    """

    lemma: str
    type: str
    stance: Stance
    takes_object: bool = False
    preps: tuple[str, ...] = ()


def _check(obj: dict[str, Any]) -> list[str]:
    entries = obj.get("entries")
    if not isinstance(entries, list):
        return ["missing list 'entries'"]
    problems: list[str] = []
    if len(entries) < MIN_CUES:
        problems.append(f"only {len(entries)} cues; at least {MIN_CUES} expected")
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not isinstance(e.get("lemma"), str) or not e["lemma"].strip():
            problems.append(f"entry {i} has no lemma")
            continue
        if e.get("type") not in _TYPES:
            problems.append(f"{e['lemma']}: type must be one of {_TYPES}")
        if e.get("stance") not in _STANCES:
            problems.append(f"{e['lemma']}: stance must be one of {_STANCES}")
        if not isinstance(e.get("preps", []), list):
            problems.append(f"{e['lemma']}: preps must be a list")
    return problems


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The validated cue lexicon, split by cue type."""
    obj = data.validated("speech_cues", _check)
    by_type: dict[str, dict[str, Cue]] = {t: {} for t in _TYPES}
    for e in obj["entries"]:
        cue = Cue(
            lemma=e["lemma"].lower(),
            type=e["type"],
            stance=e["stance"],
            takes_object=bool(e.get("object", False)),
            preps=tuple(p.lower() for p in e.get("preps", [])),
        )
        by_type[cue.type][cue.lemma] = cue
    return Lexicon(verbs=by_type["verb"], nouns=by_type["noun"], phrases=by_type["phrase"])


def verb_cue(token: Any) -> Cue | None:
    """The cue for a verb token, preferring a phrasal entry ("call for") over the bare verb."""
    if token.pos_ not in ("VERB", "AUX") or token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass"):
        return None
    verbs = lexicon().verbs
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ in ("prt", "prep") and child.i == token.i + 1:
            phrasal = verbs.get(f"{lemma} {child.lower_}")
            if phrasal is not None:
                return phrasal
    return verbs.get(lemma)
