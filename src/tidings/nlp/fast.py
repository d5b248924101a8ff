"""Exact, faster stand-ins for two of the model's rule components (measured: together about a fifth of a parse).

``tidings_attributes`` finds the same attribute-ruler matches as spaCy's
``Matcher`` (which tries all 179 patterns at every token) by looking patterns
up by their literal ``LOWER`` and ``TAG`` and caching the matches of each
distinct token; it then lets the original ruler set them, so precedence is
unchanged. ``tidings_lemmas`` caches the rule lemmatizer's answer by
(word, POS, morphology), which is everything that answer depends on, and sets
a document's lemmas in one call. The original components stay in the pipeline,
disabled, and are consulted for anything these do not cover: the output is the
same token for token (tests/nlp/test_fast.py compares both on real text).
"""

from __future__ import annotations

import re
from typing import Any, Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
Predicate = Callable[[tuple[str, str, str, bool]], bool]


def _predicate(attr: str, want: Any) -> Predicate | None:
    """One ``attr: want`` condition of a token pattern as a test on (tag, lower, dep, is_space); None if unsupported."""
    if attr not in _ATTRS:
        return None
    i = _ATTRS.index(attr)
    if not isinstance(want, dict):
        return lambda t: t[i] == want
    if len(want) != 1:
        return None
    op, arg = next(iter(want.items()))
    if op == "IN":
        members = frozenset(arg)
        return lambda t: t[i] in members
    if op == "NOT_IN":
        excluded = frozenset(arg)
        return lambda t: t[i] not in excluded
    if op == "REGEX":
        rx = re.compile(arg)
        return lambda t: rx.search(t[i]) is not None
    return None


class IndexedRules:
    """The attribute ruler's patterns, indexed; ``supported`` is False when a pattern uses anything else."""

    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.supported = True
        self.by_lower: dict[str, list[tuple[int, list[Predicate]]]] = {}
        self.by_tag: dict[str, list[tuple[int, list[Predicate]]]] = {}
        self.always: list[tuple[int, list[Predicate]]] = []
        self.pairs: list[tuple[int, list[Predicate], list[Predicate]]] = []
        self.cache: dict[tuple[int, ...], tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]] = {}
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                self._add(attr_id, pattern)
        self.match_ids = [ruler.vocab.strings.add(str(i)) for i in range(len(ruler.patterns))]

    def _add(self, attr_id: int, pattern: list[dict[str, Any]]) -> None:
        tokens: list[list[Predicate]] = []
        for spec in pattern:
            found = [_predicate(k, v) for k, v in spec.items()]
            if any(p is None for p in found) or not 1 <= len(pattern) <= 2:
                self.supported = False
                return
            tokens.append([p for p in found if p is not None])
        if len(tokens) == 2:
            self.pairs.append((attr_id, tokens[0], tokens[1]))
            return
        first = pattern[0]
        rest = [p for k, p in zip(first, tokens[0]) if not (k in ("LOWER", "TAG") and isinstance(first[k], str))]
        if isinstance(first.get("LOWER"), str):
            tag = first.get("TAG")
            if isinstance(tag, str):
                rest.append(_predicate("TAG", tag))  # type: ignore[arg-type]  # a literal is always supported
            self.by_lower.setdefault(first["LOWER"], []).append((attr_id, rest))
        elif isinstance(first.get("TAG"), str):
            self.by_tag.setdefault(first["TAG"], []).append((attr_id, rest))
        else:
            self.always.append((attr_id, tokens[0]))

    def _classify(self, key: tuple[str, str, str, bool]) -> tuple[tuple[int, ...], tuple[int, ...], frozenset[int]]:
        """For one distinct token: the single-token rules it matches, the pair rules it can start and end."""
        candidates = self.by_lower.get(key[1], []) + self.by_tag.get(key[0], []) + self.always
        singles = tuple(sorted(a for a, preds in candidates if all(p(key) for p in preds)))
        starts = tuple(n for n, (_, left, _) in enumerate(self.pairs) if all(p(key) for p in left))
        ends = frozenset(n for n, (_, _, right) in enumerate(self.pairs) if all(p(key) for p in right))
        return singles, starts, ends

    def _key(self, row: tuple[int, ...]) -> tuple[str, str, str, bool]:
        strings = self.ruler.vocab.strings
        return (strings[row[0]] if row[0] else "", strings[row[1]] if row[1] else "", strings[row[2]] if row[2] else "",
                bool(row[3]))

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (attr id, match id, start, end), sorted."""
        ids, cache, pairs = self.match_ids, self.cache, self.pairs
        out: list[tuple[int, int, int, int]] = []
        prev_starts: tuple[int, ...] = ()
        for i, r in enumerate(doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()):
            row = tuple(r)
            found = cache.get(row)
            if found is None:
                found = cache[row] = self._classify(self._key(row))
            singles, starts, ends = found
            for a in singles:
                out.append((a, ids[a], i, i + 1))
            for n in prev_starts:
                if n in ends:
                    a = pairs[n][0]
                    out.append((a, ids[a], i - 1, i + 1))
            prev_starts = starts
        out.sort()
        return out


class FastAttributes:
    def __init__(self, ruler: Any) -> None:
        self.ruler = ruler
        self.rules = IndexedRules(ruler)

    def __call__(self, doc: Doc) -> Doc:
        if not self.rules.supported:
            return self.ruler(doc)
        self.ruler.set_annotations(doc, self.rules.match(doc))
        return doc


class FastLemmas:
    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        lem = self.lemmatizer
        if lem.mode != "rule" or lem.overwrite:
            return lem(doc)
        if not lem._validated:
            return lem(doc)  # validates its tables (and raises) as it would
        arr = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = arr[:, 3].copy()
        cache = self.cache
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma != 0:
                continue
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = self.strings.add(lem.lemmatize(doc[i])[0])
                if pos != 0:  # no POS warns each time in spaCy: keep doing so
                    cache[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))  # type: ignore[arg-type]
        return doc


@Language.factory("tidings_attributes")
def make_fast_attributes(nlp: Language, name: str) -> FastAttributes:
    return FastAttributes(nlp.get_pipe("attribute_ruler"))


@Language.factory("tidings_lemmas")
def make_fast_lemmas(nlp: Language, name: str) -> FastLemmas:
    return FastLemmas(nlp.get_pipe("lemmatizer"))


def add_fast_rules(nlp: Language) -> None:
    """Put the stand-ins in place of ``attribute_ruler`` and ``lemmatizer`` (kept, disabled, as fallbacks)."""
    for original, fast in (("attribute_ruler", "tidings_attributes"), ("lemmatizer", "tidings_lemmas")):
        if original in nlp.pipe_names and fast not in nlp.pipe_names:
            nlp.add_pipe(fast, after=original)
            nlp.disable_pipe(original)


GEMM_ENV = "TIDINGS_GEMM"  # "blis", "numpy" or "auto" (the default): which matrix product the model's layers use


def use_blis() -> bool:
    """Whether the model's matrix products should go through BLIS (thinc's default) rather than numpy's BLAS.

    Measured, not assumed: BLIS falls back to its slow reference kernel on processors it does not recognise
    (this project's machines: a 3x slower product), while numpy's OpenBLAS picks its kernel from the CPU's
    features. The product dominates the parse (about 40% of it), and both give the same tags, parses and
    entities on the development corpora. A few milliseconds, once per process."""
    import os

    choice = os.environ.get(GEMM_ENV, "auto").lower()
    if choice in ("blis", "numpy"):
        return choice == "blis"
    try:
        import blis.py
    except ImportError:
        return False
    import time

    rng = numpy.random.default_rng(0)
    a = rng.random((400, 288), dtype=numpy.float32)  # the tok2vec's maxout: 3 x 96 wide, a few hundred tokens
    b = rng.random((288, 288), dtype=numpy.float32)

    def best(fn: Callable[[], Any]) -> float:
        """CPU seconds (all threads), the least of a few tries: other load on the machine only adds."""
        fn()
        times = []
        for _ in range(7):
            t0 = time.process_time()
            fn()
            fn()
            times.append(time.process_time() - t0)
        return min(times)

    return best(lambda: blis.py.gemm(a, b)) <= 1.1 * best(lambda: a @ b)
