"""Continued quotes: a quote standing as its own sentence right after an attribution continues it.

'"This is not for peace," it warned. "If India cherishes peace, it ought to
withdraw."': with nothing said in between (at most the rest of the attribution's
sentence and a paragraph break), the next quote is more of the same speaker's direct
words, under the same cue (newswire quote runs). A run goes on: a quote continued so
becomes the attribution the next quote-only sentence or paragraph continues.
"""

from __future__ import annotations

from bisect import insort

from ..records import Statement
from .context import QUOTE_MARKS, Ctx, opens_sentence

MAX_ATTRIBUTION_TAIL = 8  # words closing an attribution sentence: 'told reporters before entering the station'
MIN_CONTINUED_WORDS = 4  # a bare quoted phrase after an attribution is a scare quote, not more words


def continued_quotes(ctx: Ctx, found: list[Statement]) -> list[Statement]:
    """'"This is not for peace," it warned. "If India cherishes peace, it ought to withdraw."':
    a quote standing as its own sentence right after a quoted speaker's attribution, with
    nothing said in between, continues that speaker's words (newswire quote runs)."""
    out: list[Statement] = []
    ordered = sorted(found, key=_reach)
    for q in sorted(ctx.quotes, key=lambda q: q.start):
        if not ctx.in_body(q.start) or not opens_sentence(ctx.text, q.start):
            continue
        if any(st.content.start < q.inner_end and q.inner_start < st.content.end for st in found):
            continue
        inner = ctx.text[q.inner_start : q.inner_end]
        if len(inner.split()) < MIN_CONTINUED_WORDS or _title_case(inner):
            continue
        prev = [st for st in ordered if _reach(st) <= q.start]
        if not prev or prev[-1].kind == "indirect" or prev[-1].speaker is None:
            continue
        last = prev[-1]
        if not _nothing_said_between(_gap_words(ctx, last, q.start)):
            continue
        sent = ctx.sentence_at(q.inner_start)
        if sent is None:
            continue
        st = Statement(last.speaker, last.cue, "direct", ctx.span(q.inner_start, q.inner_end), sent.index,
                       cue_lemma=last.cue_lemma, stance=last.stance)
        out.append(st)
        insort(ordered, st, key=_reach)  # the run goes on: the next quote-only sentence continues this one
    return out


def _title_case(words: str) -> bool:
    """"'All Bets Are Off.'", "'Coal Isn't the Villain'": every longer word capitalised, as in a
    section heading quoting a phrase, not a run of speech."""
    long = [w for w in words.split() if len(w.strip(".,!?;:")) > 3]
    return bool(long) and all(w[:1].isupper() for w in long)


def _reach(st: Statement) -> int:
    """Where a statement's words end: its cue or its content, whichever is later."""
    return max(st.cue.end, st.content.end)


def _gap_words(ctx: Ctx, last: Statement, start: int) -> str:
    """The text between an attribution and the next quote, with the speaker's own words
    standing as one placeholder word ('said Mr John K. Brown, the agency chief.': the initials
    of a name do not end the sentence) and a closing quote mark left at the start dropped."""
    begin = _reach(last)
    sp = last.speaker
    if sp is not None and begin <= sp.start and sp.end <= start:
        gap = ctx.text[begin : sp.start] + "X" + ctx.text[sp.end : start]
    else:
        gap = ctx.text[begin:start]
    return gap.lstrip("\"”»’'")


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
