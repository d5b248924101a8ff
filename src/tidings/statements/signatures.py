"""Signed quotes: '"We deserve better than this." ― Maria Lopez'.

A quote that opens its line and is followed by a dash and a short run of capitalised
words closing the line (testimonies, epigraphs, reader responses) is the direct speech
of the person so named, whether or not the actor layer knows them.
"""

from __future__ import annotations

from ..records import ActorMention, Statement
from .context import QUOTE_MARKS, Ctx, opens_sentence
from .quotes import Quote

_SIGNATURE_DASHES = "―—–"
MAX_SIGNATURE_WORDS = 6


def signed_quote(ctx: Ctx, q: Quote) -> Statement | None:
    """'"We deserve better than this." ― Maria Lopez': a quote that opens its line and is signed
    after a dash by a name closing the line (testimonies, epigraphs, reader responses)."""
    if not opens_sentence(ctx.text, q.start):
        return None
    j = q.end
    while j < len(ctx.text) and ctx.text[j] in " \t":
        j += 1
    if j >= len(ctx.text) or ctx.text[j] not in _SIGNATURE_DASHES:
        return None
    line_end = ctx.text.find("\n", j)
    line_end = len(ctx.text) if line_end < 0 else line_end
    name = ctx.text[j + 1 : line_end].strip().rstrip(".").strip()
    words = name.split()
    if not words or len(words) > MAX_SIGNATURE_WORDS or any(ch in QUOTE_MARKS for ch in name):
        return None
    if not all(w[:1].isupper() or w.lower() in ("de", "del", "la", "van", "von", "bin", "al", "n") for w in words):
        return None  # '" - and then it stopped': running text after a dash, not a signature
    start = ctx.text.index(words[0], j + 1)
    end = start + len(name)
    found = ctx.actors.at(start, end)
    if found is not None and found.start == start and found.end == end:
        speaker = found
    else:
        speaker = ActorMention(start, end, name, found.key if found else None, name=name, kind="person",
                               evidence="statements:signature")
    sent = ctx.sentence_at(q.inner_start)
    if sent is None:
        return None
    return Statement(speaker, ctx.span(j, j + 1), "direct", ctx.span(q.inner_start, q.inner_end), sent.index,
                     cue_lemma="―", stance="asserts")
