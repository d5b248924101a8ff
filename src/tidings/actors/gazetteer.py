"""Dictionary matching on tokens, independent of the NER labels.

The statistical NER tags "DPRK" as ORG and "Kiev" as PERSON; a PhraseMatcher
over every alias and role word finds them whatever the label. Matching is on
lower-cased tokens, then each hit is checked against the alias's own casing
rule (acronyms exactly, names capitalised), so "US" never matches "us" and
"Turkey" never matches "turkey". The matcher is built once per vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.matcher import PhraseMatcher

from .lexicon import Alias, Role, lexicon, on_change, strip_accents

_CACHE: dict[int, tuple[Any, PhraseMatcher, dict[str, list[Alias | Role]]]] = {}
on_change(_CACHE.clear)  # the matchers are built from the lexicon


@dataclass(frozen=True, slots=True)
class Atom:
    """A dictionary hit: tokens [start, end) of the Doc."""

    start: int
    end: int
    alias: Alias | None
    role: Role | None

    @property
    def kind(self) -> str:
        return self.alias.kind if self.alias else "role"


def _exact(text: str) -> bool:
    """Acronym-like aliases (DPRK, US, AfDB, MPs) must match case exactly."""
    for w in text.replace("-", " ").split():
        caps = sum(1 for c in w if c.isupper())
        if caps >= 2 or (caps == 1 and not w[0].isupper()):
            return True
    return False


def _case_ok(entry: Alias | Role, span_text: str) -> bool:
    text = entry.text
    if _exact(text):
        return span_text.replace(" ", "") == text.replace(" ", "")
    words = text.split()
    if words[0].lower() == "the" and len(words) > 1:
        return span_text.split()[1][:1].isupper() if len(span_text.split()) > 1 else False
    if text[:1].isupper():
        return span_text[:1].isupper()
    return True


def _pos_ok(entry: Alias | Role, span: Any) -> bool:
    """A bare surname from the holder dictionary must be a proper noun here ("Price" the word is not);
    a holder's name glued to a hyphenated modifier ("Obama-era rules", "a Putin-backed plan") names
    a time or a sponsor of the noun, not someone taking part."""
    if isinstance(entry, Alias) and entry.kind == "person":
        if _hyphen_modifier(span) or _across_sentences(span):
            return False
        if len(span) == 1:
            proper = span[0].pos_ == "PROPN" or _initial_surname(span)
            return proper and not _after_another_given_name(span)
    return True


OPENERS = {'"', "“", "‘", "'", "(", "[", "—", "–", "-"}
NAME_FOLLOWERS = {"'s", "’s"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def _initial_surname(span: Any) -> bool:
    """A holder's bare surname opening a sentence, which the small tagger often reads as a common noun
    ("Tsipras urged ...", "Ruto, the president, said ..."): it names the holder when it is capitalised
    as a name (not all capitals), acts as the subject of the verb right after it, or opens a comma
    apposition or a possessive. A capitalised common word there ("Rice is grown ...") is kept out by
    the dictionary's surname stoplist, and an adverb or adjective reading counts only before a subjectless finite verb."""
    tok = span[0]
    doc = tok.doc
    if not (tok.is_title and tok.is_alpha) or tok.pos_ not in ("NOUN", "PROPN", "ADV", "ADJ"):
        return False
    if not (tok.is_sent_start or (tok.i > 0 and (doc[tok.i - 1].text in OPENERS or "\n" in doc[tok.i - 1].text))):
        return False
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    if nxt.lower_ in NAME_FOLLOWERS:
        return True
    if nxt.text == ",":
        return tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ in ("DET", "PRON", "ADJ", "PROPN") and doc[tok.i + 2].lower_ != "and"
    if nxt.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return tok.head.i >= nxt.i
    # misread as an adverb or modifier ("Baerbock criticised ..."): a finite verb right after it with no subject
    return nxt.tag_ in FINITE and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def _after_another_given_name(span: Any) -> bool:
    """A bare holder surname right after a first name it does not list is someone else ("Saeed Ghani" is not
    Ashraf Ghani): a title-case proper noun compounded onto it that is no title, role or dictionary word."""
    if span.start == 0:
        return False
    prev = span.doc[span.start - 1]
    if not (prev.pos_ == "PROPN" and prev.is_title and prev.is_alpha and prev.dep_ == "compound"
            and prev.head.i == span.start):
        return False
    low = prev.lower_
    lex = lexicon()
    return low not in lex.roles and low not in lex.male_cues and low not in lex.female_cues and low not in _alias_words()


@lru_cache(maxsize=1)
def _alias_words() -> frozenset[str]:
    """Every single-word alias, lower-cased: a country, demonym or organisation before a name is no first name."""
    return frozenset(a.text.lower() for a in lexicon().aliases if " " not in a.text)


on_change(_alias_words.cache_clear)


def _across_sentences(span: Any) -> bool:
    """A name the parser cut in two sentences is left to the NER, which sees each part where the parser put it."""
    return span.doc.has_annotation("SENT_START") and any(t.is_sent_start for t in span[1:])


def _hyphen_modifier(span: Any) -> bool:
    doc, e = span.doc, span.end
    return (
        e + 1 < len(doc) and not span[-1].whitespace_ and doc[e].text in ("-", "‑", "–")
        and not doc[e].whitespace_ and doc[e + 1].is_lower and doc[e + 1].is_alpha
    )


def _build(nlp_vocab: Any, tokenizer: Any) -> tuple[PhraseMatcher, dict[str, list[Alias | Role]]]:
    lex = lexicon()
    table: dict[str, list[Alias | Role]] = {}
    for a in lex.aliases:
        table.setdefault(a.text.lower(), []).append(a)
        folded = strip_accents(a.text)
        if folded != a.text:  # "Bogota" in the text finds "Bogotá" in the dictionary
            table.setdefault(folded.lower(), []).append(replace(a, text=folded))
    for r in lex.roles.values():
        table.setdefault(r.text.lower(), []).append(r)
    matcher = PhraseMatcher(nlp_vocab, attr="LOWER")
    # tokenise each alias as written: "U.S." and "u.s." do not split alike
    originals = sorted({(e.text.lower(), e.text) for entries in table.values() for e in entries})
    for (label, _), doc in zip(originals, tokenizer.pipe(t for _, t in originals)):
        matcher.add(label, [doc])
    return matcher, table


def _matcher(doc: Any) -> tuple[PhraseMatcher, dict[str, list[Alias | Role]]]:
    vocab = doc.vocab
    hit = _CACHE.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        from spacy.tokenizer import Tokenizer

        tokenizer = _default_tokenizer(vocab, Tokenizer)
        matcher, table = _build(vocab, tokenizer)
        hit = (vocab, matcher, table)
        _CACHE[id(vocab)] = hit
    return hit[1], hit[2]


def _default_tokenizer(vocab: Any, tokenizer_cls: Any) -> Any:
    """The model's own tokenizer, so aliases split exactly like article text."""
    from ..nlp import load_model

    nlp = load_model()
    return nlp.tokenizer if nlp.vocab is vocab else tokenizer_cls(vocab)


def _content_length(doc: Any, a: Atom) -> int:
    """A hit's length without a leading "the": "the West" is one word, so "West Bank" (two) wins the overlap."""
    n = a.end - a.start
    return n - 1 if n > 1 and doc[a.start].lower_ == "the" else n


def match(doc: Any) -> list[Atom]:
    """Non-overlapping dictionary hits, longest first (an alias beats a role word of equal length;
    a leading article does not count toward the length)."""
    matcher, table = _matcher(doc)
    cands: list[Atom] = []
    for match_id, start, end in matcher(doc):
        text = doc.vocab.strings[match_id]
        span_text = doc[start:end].text
        for entry in table.get(text, []):
            if _case_ok(entry, span_text) and _pos_ok(entry, doc[start:end]):
                if isinstance(entry, Role):
                    cands.append(Atom(start, end, None, entry))
                else:
                    cands.append(Atom(start, end, entry, None))
                break
    cands.sort(key=lambda a: (-_content_length(doc, a), a.alias is None, a.start))
    taken: set[int] = set()
    out: list[Atom] = []
    for a in cands:
        if any(i in taken for i in range(a.start, a.end)):
            continue
        taken.update(range(a.start, a.end))
        out.append(a)
    return sorted(out, key=lambda a: a.start)
