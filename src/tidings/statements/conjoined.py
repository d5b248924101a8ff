"""A report joined by 'and' to the clause another report carries: 'X tweeted that the treaty was a
disaster *and encouraged* voters to ...', 'the minister said the army had withdrawn *and called for*
talks'.

The parser hangs the second reporting verb on the main verb of the first one's that-clause, so it
would take the clause's subject ('the treaty') for its speaker and the first report's content would
run on over it. Read as English, the second verb is the first speaker's next act when it has no
subject of its own, is in the tense of the outer cue, and cannot be the clause's own next verb: the
clause's verb is in another form ('had withdrawn', 'would stay') or its subject names no one who
speaks ('the treaty', 'the deal'). Then the second verb speaks for the outer cue's speaker and the
first content stops before the 'and'.
"""

from __future__ import annotations

from typing import Any

from ..actors import DocActors
from .animacy import names_someone
from .cues import verb_cue

_PAST = ("VBD",)
_PRESENT = ("VBZ", "VBP")
_OWN_SUBJECT = ("nsubj", "nsubjpass", "csubj", "expl")


def _same_tense(a: Any, b: Any) -> bool:
    return (a.tag_ in _PAST and b.tag_ in _PAST) or (a.tag_ in _PRESENT and b.tag_ in _PRESENT)


def outer_report(verb: Any, actors: DocActors) -> Any | None:
    """The reporting verb whose speaker also utters ``verb``, when ``verb`` is a conjoined report
    misread into that verb's content clause; else None."""
    clause = verb.head
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.i >= verb.i:
        return None
    cue = verb_cue(verb)
    if cue is None or cue.quote_only:
        return None
    outer = clause.head
    if outer.i >= clause.i or outer.pos_ not in ("VERB", "AUX") or verb_cue(outer) is None:
        return None
    if any(c.dep_ in _OWN_SUBJECT for c in verb.children) or not _same_tense(verb, outer):
        return None
    if not any(c.dep_ == "cc" and c.lower_ == "and" and clause.i < c.i < verb.i for c in clause.children):
        return None
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    other_form = not _same_tense(clause, verb) or any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    if other_form or subj is None or not names_someone(subj, actors):
        return outer
    return None


def end_before_conjoined(outer: Any, span: tuple[int, int], actors: DocActors) -> tuple[int, int]:
    """The content span of ``outer`` cut before the 'and' of a report conjoined into it."""
    start, end = span
    doc = outer.doc
    for tok in doc[start:end]:
        found = outer_report(tok, actors) if tok.dep_ == "conj" else None
        if found is not None and found.i == outer.i:
            cut = max(c.i for c in tok.head.children if c.dep_ == "cc" and c.lower_ == "and" and c.i < tok.i)
            while cut > start and doc[cut - 1].is_punct:
                cut -= 1
            return (start, cut) if cut > start else span
    return span
