"""Title Case headlines, parsed in sentence case.

The small English pipeline reads every capitalised word of a Title Case headline as part of a name:
"Morocco Severs Diplomatic Relations With Iran" comes out as one organisation, "Egypt Cuts Ties With
Qatar" as a person, so the headline's verb, its event nouns and even its country names are lost before
any stage sees them. The parser is therefore given the article with such a headline (or dek) in sentence
case. The words that keep their capital are the first, acronyms, the names the actor dictionaries know
(matched as whole phrases: "United Nations", but not "United" alone) and words no English word list
holds (a name the dictionaries lack, "Ruto"). Only letters' case changes, so every character offset is
the same; the parse is then put back on the article's own words (:func:`restored`), and every token's
text is the original.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
LONGEST_NAME = 6  # words in the longest dictionary name matched as a phrase
ANNOTATIONS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE]
RECASED = "tidings_recased"  # ``Doc.user_data`` flag: its Title Case lines were parsed in sentence case


def title_case(words: list[str]) -> bool:
    """"Kenya Recalls Ambassador To Somalia", "Kenya Recalls Envoy to Somalia over Border Row": four or more
    words, and (nearly) every word of four letters or more capitalised (house styles leave short articles,
    prepositions and conjunctions in lower case)."""
    long = [w for w in words if len(w) >= 4]
    return len(words) >= 4 and len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def english_words(nlp: Any) -> frozenset[str]:
    """English words in lower case: the language's stop words ("with", "over") and the word list of the
    pipeline's lemmatizer (its ``lemma_index`` tables of nouns, verbs, adjectives and adverbs)."""
    out = set(nlp.Defaults.stop_words)
    for _, pipe in nlp.pipeline:
        lookups = getattr(getattr(pipe, "lemmatizer", pipe), "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            table = lookups.get_table("lemma_index")
            out.update(w for key in table for w in table[key])
            break
    return frozenset(out)


def _listed(word: str, words: frozenset[str]) -> bool:
    """``word`` (lower case) or its stem without a regular ending is an English word ("severs", "talks")."""
    stems = [word]
    for ending, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""),
                         ("ing", ""), ("ing", "e")):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.append(word[: -len(ending)] + repl)
    return any(s in words for s in stems)


def _kept(found: list[re.Match[str]], names: frozenset[str]) -> set[int]:
    """Indexes of the words that are part of a dictionary name, longest phrase first."""
    kept: set[int] = set()
    lowered = [m.group().lower() for m in found]
    i = 0
    while i < len(found):
        for n in range(min(LONGEST_NAME, len(found) - i), 0, -1):
            if " ".join(lowered[i:i + n]) in names:
                kept.update(range(i, i + n))
                i += n
                break
        else:
            i += 1
    return kept


def sentence_case(line: str, names: frozenset[str], words: frozenset[str]) -> str:
    """``line`` in sentence case when it is in Title Case, else unchanged (same length either way)."""
    found = list(WORD.finditer(line))
    if not title_case([m.group() for m in found]):
        return line
    kept = _kept(found, names)
    out = list(line)
    for i, m in enumerate(found):
        w = m.group()
        if i == 0 or i in kept or (w.isupper() and len(w) > 1) or not _listed(w.lower(), words):
            continue
        out[m.start():m.end()] = w.lower()
    return "".join(out)


def parser_text(text: str, lines: Iterable[Any], names: frozenset[str], words: frozenset[str]) -> str:
    """``text`` with its headline and dek lines (``ingest.zones`` lines) in sentence case when in Title Case."""
    out = text
    for ln in lines:
        if ln.zone in ("headline", "dek"):
            cased = sentence_case(text[ln.start:ln.end], names, words)
            if cased != text[ln.start:ln.end]:
                out = out[:ln.start] + cased + out[ln.end:]
    return out


def restored(doc: Doc, text: str) -> Doc:
    """``doc`` (parsed from a re-cased copy of ``text``) with the tokens' own words from ``text``."""
    if doc.text == text:
        return doc
    words = [text[t.idx:t.idx + len(t.text)] for t in doc]
    again = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    annotations: Any = doc.to_array(ANNOTATIONS)  # uint64 columns (spaCy's stubs say float)
    again.from_array(ANNOTATIONS, annotations)
    again.user_data[RECASED] = True
    return again
