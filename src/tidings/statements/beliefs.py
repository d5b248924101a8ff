"""Pass 3c, held views: 'X is convinced that ...', 'X remains confident that ...'.

A predicate adjective of conviction (data: belief_adjectives) after a copula, with a
that-clause of its own, reports the view of the copula's subject as 'believe' does
('the leader *is convinced* that no country can succeed alone'). Without a clause
('the minister is confident') nothing is said; an adjective inside a quotation is the
quote pass's.
"""

from __future__ import annotations

from typing import Any

from ..records import Statement
from .animacy import can_speak
from .context import Ctx, kind_and_content, make
from .cues import lexicon
from .indirect import trim
from .quotes import quote_at
from .speaker import speakers, subject_of

_COPULAS = {"be", "remain", "seem", "appear", "feel", "stay"}


def belief_pass(ctx: Ctx, found: list[Statement]) -> list[Statement]:
    """The views of 'is convinced that ...' predicates whose words no statement of ``found`` reports."""
    out: list[Statement] = []
    for tok in ctx.doc:
        if tok.lower_ not in lexicon().belief_adjectives or not ctx.in_body(tok.idx):
            continue
        if quote_at(ctx.quotes, tok.idx) is not None:
            continue
        out += _belief_statements(ctx, tok, found)
    return out


def _belief_statements(ctx: Ctx, adj: Any, found: list[Statement]) -> list[Statement]:
    clause = held_clause(adj)
    copula = adj.head if adj.dep_ == "acomp" else adj
    who = _holder(copula) if clause is not None else None
    if clause is None or who is None or not can_speak(who, ctx.actors):
        return []
    sub = list(clause.subtree)
    start, end = trim(ctx.doc, sub[0].i, sub[-1].i + 1)
    if end - start < 3:
        return []
    doc = ctx.doc
    chars = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if any(o.content.start < chars[1] and chars[0] < o.content.end for o in found):
        return []  # these words are already someone's statement
    kind, content = kind_and_content(ctx, *chars)
    cue = ctx.span(adj.idx, adj.idx + len(adj.text))
    out = [make(ctx, sp, cue, kind, content, "believe", "asserts") for sp in speakers(ctx.actors, ctx.text, who, copula)]
    return [st for st in out if st is not None]


def _holder(head: Any) -> Any | None:
    """Whose view it is: the subject of the copula, or of 'convinced' read as a passive verb (the parser
    may hang that subject on the auxiliary 'is')."""
    found = subject_of(head) or next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    for aux in head.children:
        if found is None and aux.dep_ in ("aux", "auxpass") and aux.i < head.i:
            found = subject_of(aux)
    return found


def held_clause(adj: Any) -> Any | None:
    """The that-clause of a conviction adjective that complements a copula ('is convinced *that ...*'),
    hung on the adjective or on the copula after it, or of the adjective read as a passive verb ('is'
    as its auxiliary); None otherwise."""
    if adj.dep_ == "acomp" and adj.head.lemma_.lower() in _COPULAS:
        hosts = list(adj.children) + [c for c in adj.head.children if c.i > adj.i]
    elif adj.pos_ == "VERB" and any(c.dep_ == "auxpass" and c.lemma_.lower() in _COPULAS for c in adj.children):
        hosts = list(adj.children)
    else:
        return None
    for c in hosts:
        if c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
    return None
