"""Continued quotes: a quote standing as its own sentence right after an attribution continues it.

'"This is not for peace," it warned. "If India cherishes peace, it ought to
withdraw."': with nothing said in between (at most the rest of the attribution's
sentence and a paragraph break), the next quote is more of the same speaker's direct
words, under the same cue (newswire quote runs).
"""

from __future__ import annotations

from ..records import Statement
from .context import QUOTE_MARKS, Ctx, opens_sentence

MAX_ATTRIBUTION_TAIL = 8  # words closing an attribution sentence: 'told reporters before entering the station'
MIN_CONTINUED_WORDS = 4  # a bare quoted phrase after an attribution is a scare quote, not more words


def continued_quotes(ctx: Ctx, found: list[Statement]) -> list[Statement]:
    """'"This is not for peace," it warned. "If India cherishes peace, it ought to withdraw."':
    a quote standing as its own sentence right after a quoted speaker's attribution, with
    nothing said in between, continues that speaker's words (newswire quote runs)."""
    out: list[Statement] = []
    ordered = sorted(found, key=lambda st: max(st.cue.end, st.content.end))
    for q in ctx.quotes:
        if not ctx.in_body(q.start) or not opens_sentence(ctx.text, q.start):
            continue
        if any(st.content.start < q.inner_end and q.inner_start < st.content.end for st in found):
            continue
        inner = ctx.text[q.inner_start : q.inner_end]
        if len(inner.split()) < MIN_CONTINUED_WORDS:
            continue
        prev = [st for st in ordered if max(st.cue.end, st.content.end) <= q.start]
        if not prev or prev[-1].kind == "indirect" or prev[-1].speaker is None:
            continue
        last = prev[-1]
        if not _nothing_said_between(ctx.text[max(last.cue.end, last.content.end) : q.start]):
            continue
        sent = ctx.sentence_at(q.inner_start)
        if sent is None:
            continue
        out.append(Statement(last.speaker, last.cue, "direct", ctx.span(q.inner_start, q.inner_end), sent.index,
                             cue_lemma=last.cue_lemma, stance=last.stance))
    return out


def _nothing_said_between(gap: str) -> bool:
    """Between an attribution and the next quote: at most the rest of the attribution's sentence
    ('told reporters before entering the station.', 'said a statement from the general staff.'), then
    only a paragraph break."""
    ends = [gap.find(ch) for ch in ".!?" if ch in gap]
    cut = min(ends) + 1 if ends else 0
    rest, after = gap[:cut], gap[cut:]
    if any(ch.isalnum() for ch in after) or after.count("\n") > 2:
        return False
    return len(rest.split()) <= MAX_ATTRIBUTION_TAIL and not any(ch in QUOTE_MARKS for ch in rest)
