"""Pass 3b, speech nouns: statements carried by a noun rather than a verb.

'Iran's *claim* that the drone was shot down ...', 'the ministry's *warning* that further
strikes would follow', 'UN *accusations* of atrocities by all sides', 'the *denial* by Moscow
that its troops crossed': a speech noun of the cue lexicon with an owner the actor layer
codes (a possessive, a 'by'/'from' phrase or a name compounded on the noun) says what its
that-clause says, or, for nouns whose lexicon entry lists 'of', what its 'of' phrase names.
A noun with no coded owner ('the claim that ...') reports no one and gives nothing; so does a
noun inside a quotation, or one whose words another statement already reports.
"""

from __future__ import annotations

from typing import Any

from ..records import Statement
from .context import Ctx, kind_and_content, make
from .cues import Cue, lexicon
from .indirect import trim
from .quotes import quote_at
from .speaker import speaker_mention

_OWNER_PREPS = ("by", "from")
_CLAUSES = ("acl", "relcl", "ccomp", "appos")


def noun_pass(ctx: Ctx, found: list[Statement]) -> list[Statement]:
    """The statements of speech nouns whose words no statement of ``found`` reports yet."""
    out: list[Statement] = []
    cues = {st.cue.start for st in found}
    for tok in ctx.doc:
        if tok.pos_ != "NOUN" or tok.idx in cues or not ctx.in_body(tok.idx) or quote_at(ctx.quotes, tok.idx) is not None:
            continue
        cue = lexicon().nouns.get(tok.lemma_.lower())
        if cue is None:
            continue
        st = _noun_statement(ctx, tok, cue)
        if st is not None and not any(_covers(o, st) for o in found + out):
            out.append(st)
    return out


def _covers(other: Statement, st: Statement) -> bool:
    """``other`` already reports these words ('Iran repeated *its claim that ...*', 'Tehran rejected
    *Washington's claim that ...*'): a noun inside another report is that report's, not one more
    statement (as one more, it would also relay, and so drop, the statements inside it)."""
    return other.content.start <= st.content.start and st.content.end <= other.content.end


def _noun_statement(ctx: Ctx, noun: Any, cue: Cue) -> Statement | None:
    owner = noun_owner(noun)
    if owner is None:
        return None
    speaker = speaker_mention(owner, ctx.actors, ctx.text)
    if not speaker.key:
        return None
    span = that_clause(noun) or of_phrase(noun, cue)
    if span is None:
        return None
    start, end = trim(ctx.doc, *span)
    if end <= start:
        return None
    doc = ctx.doc
    kind, content = kind_and_content(ctx, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    return make(ctx, speaker, ctx.span(noun.idx, noun.idx + len(noun.text)), kind, content, cue.lemma, cue.stance)


def noun_owner(noun: Any) -> Any | None:
    """Who the speech noun is of: 'Iran's claim', 'UN accusations', 'the claim by Iran', 'a warning
    from the army'; None when the noun names no one. A 'by' phrase further on ('accusations of
    atrocities *by all sides*') names who did what is alleged, not who alleges it."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if names:
        return names[-1]
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and c.i == noun.i + 1:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def that_clause(noun: Any) -> tuple[int, int] | None:
    """Token span of the noun's complement clause opened by 'that' ('the claim *that the drone ...*')."""
    for c in noun.children:
        if c.dep_ not in _CLAUSES or c.i < noun.i:
            continue
        mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "that"), None)
        if mark is None or mark.i != noun.i + 1 and not _only_owner_between(noun, mark):
            continue
        sub = list(c.subtree)
        return mark.i + 1, sub[-1].i + 1
    return None


def _only_owner_between(noun: Any, mark: Any) -> bool:
    """'the allegation *by Moscow* that ...': only the noun's own owner phrase stands before 'that'."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _OWNER_PREPS and noun.i < c.i < mark.i]
    inside = {t.i for p in preps for t in p.subtree}
    return all(i in inside or noun.doc[i].is_punct for i in range(noun.i + 1, mark.i))


def of_phrase(noun: Any, cue: Cue) -> tuple[int, int] | None:
    """Token span of what an 'of' phrase names for a noun whose lexicon entry lists 'of'
    ('accusations *of atrocities by all sides*', 'a warning *of further strikes*')."""
    if "of" not in cue.preps:
        return None
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
    pobj = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return None
    sub = list(pobj.subtree)
    return sub[0].i, sub[-1].i + 1
