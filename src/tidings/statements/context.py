"""The per-document context every statement pass reads, and the helpers that turn spans into statements.

``Ctx`` holds the parsed document, its text and sentences, the actor table and the
quotes found in the text, plus the contents of direct statements found so far (the
quote pass records them so the verb pass does not report the same words again).
``make`` trims a content span and builds the ``Statement`` in the cue's sentence;
``kind_and_content`` decides whether a content span is direct (all one quote), mixed
(some quoted words) or indirect.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Sentence, Stance, Statement, StatementKind, TextSpan
from .cues import Cue, particle_of
from .quotes import Quote

QUOTE_MARKS = set("\"“”«»‘’'") | {"''", "``"}


@dataclass
class Ctx:
    """One document as the passes see it (``starts``: each sentence's first character, for ``sentence_at``)."""

    doc: Any
    text: str
    sentences: Sequence[Sentence]
    actors: DocActors
    quotes: list[Quote]
    starts: list[int] = field(default_factory=list)
    quoted: list[tuple[int, int, int]] = field(default_factory=list)  # (content start, end, cue start) of direct statements

    def sentence_at(self, char: int) -> Sentence | None:
        i = bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        s = self.sentences[i]
        return s if s.start <= char < max(s.end, s.start + 1) else None

    def in_body(self, char: int) -> bool:
        s = self.sentence_at(char)
        return s is not None and s.zone != "boilerplate"

    def span(self, start: int, end: int) -> TextSpan:
        return TextSpan(start, end, self.text[start:end])


def make(
    ctx: Ctx, speaker: ActorMention, cue: TextSpan, kind: StatementKind, content: tuple[int, int], lemma: str, stance: Stance
) -> Statement | None:
    """The statement with ``content`` trimmed of spaces, in the cue's sentence (None when nothing is left)."""
    start, end = content
    while start < end and ctx.text[start].isspace():
        start += 1
    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    sent = ctx.sentence_at(cue.start)
    if end <= start or sent is None:
        return None
    return Statement(speaker, cue, kind, ctx.span(start, end), sent.index, cue_lemma=lemma, stance=stance)


def _token_span(tok: Any) -> tuple[int, int]:
    return tok.idx, tok.idx + len(tok.text)


def cue_span_of(ctx: Ctx, verb: Any, cue: Cue) -> TextSpan:
    """The cue's words: the verb, and its particle for a phrasal cue ('called *on*')."""
    start, end = _token_span(verb)
    particle = particle_of(verb) if " " in cue.lemma else None
    if particle is not None:
        end = _token_span(particle)[1]
    return ctx.span(start, end)


def kind_and_content(ctx: Ctx, start: int, end: int) -> tuple[StatementKind, tuple[int, int]]:
    """Direct (the inside of the one quote the span is), mixed (quoted words inside) or indirect."""
    inside = [q for q in ctx.quotes if q.start < end and start < q.end]
    if not inside:
        return "indirect", (start, end)
    if len(inside) == 1 and inside[0].start <= start + 1 and inside[0].end >= end - 1:
        return "direct", (inside[0].inner_start, inside[0].inner_end)
    return "mixed", (start, end)


def opens_sentence(text: str, i: int) -> bool:
    """Nothing but a sentence end, a line break or the start of the text before ``i``."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n"
