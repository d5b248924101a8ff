"""Repair the verb lemmas the small lemmatizer gets wrong by English spelling rules alone.

The rule lemmatizer of ``en_core_web_sm`` strips a suffix and keeps the first stem its table knows, so a
silent ``e`` can be lost: "hopes", "hoped" and "hoping" all become "hop", "staged" becomes "stag". Every
stage that reads a lemma (event patterns, factuality cues, speech cues) then misses the verb. English
spelling settles these without a word list:

- "-es" follows only a sibilant or an ``o`` ("wishes", "goes"): after anything else the stem keeps its ``e``
  ("hopes" -> "hope", never "hop", whose form is "hops");
- a one-syllable stem ending in one vowel and one consonant doubles that consonant before "-ed"/"-ing"
  ("hop" -> "hopped", "hopping"): where the form did not double it, the stem ends in ``e``
  ("hoped", "hoping" -> "hope"; "staged" -> "stage").
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

_ONE_SHORT_VOWEL = re.compile(r"^[^aeiouy]*[aeiou][^aeiouwxy]$")
_SIBILANT_OR_O = ("s", "x", "z", "ch", "sh", "o")


def repaired_lemma(form: str, lemma: str, tag: str) -> str | None:
    """The right lemma of a verb form whose lemma breaks the spelling rules above, else None."""
    form, lemma = form.lower(), lemma.lower()
    if tag == "VBZ" and form.endswith("es") and lemma == form[:-2] and lemma and not lemma.endswith(_SIBILANT_OR_O):
        return form[:-1]
    for suffix, tags in (("ed", ("VBD", "VBN")), ("ing", ("VBG",))):
        if tag in tags and form == lemma + suffix and _ONE_SHORT_VOWEL.match(lemma):
            return lemma + "e"
    return None


@Language.component("tidings_lemma_repair")
def lemma_repair(doc: Any) -> Any:
    for tok in doc:
        if tok.tag_.startswith("VB"):
            fixed = repaired_lemma(tok.text, tok.lemma_, tok.tag_)
            if fixed is not None:
                tok.lemma_ = fixed
    return doc


def add_lemma_repair(nlp: Language) -> None:
    """Put the repair right after whichever component sets the lemmas."""
    if "tidings_lemma_repair" in nlp.pipe_names:
        return
    after = next((n for n in ("tidings_lemmas", "lemmatizer") if n in nlp.pipe_names), None)
    if after is not None:
        nlp.add_pipe("tidings_lemma_repair", after=after)
