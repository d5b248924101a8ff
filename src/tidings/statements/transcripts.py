"""Transcripts: 'PENCE: Well, look, ...' -- a capitalised speaker label and a colon opening a line.

The words to the end of the line are the direct speech of the person the label
names: the actor layer's mention of it, or the one person of the article whose
surname it is. Labels that name nobody ('UPDATE:', 'NOTE:') never speak.
"""

from __future__ import annotations

from ..records import ActorMention, Statement
from .context import QUOTE_MARKS, Ctx, make
from .cues import lexicon

MAX_LABEL_WORDS = 3


def transcript_pass(ctx: Ctx) -> list[Statement]:
    """'PENCE: Well, look, ...' in a transcript: a line opening with a speaker's name in capitals and a
    colon holds that speaker's words, to the end of the line. The label must be a person the actor
    layer knows (so 'UPDATE:' or 'NOTE:' never speak)."""
    out: list[Statement] = []
    for s in ctx.sentences:
        if s.zone != "body" or ctx.text[: s.start].rstrip(" \t")[-1:] not in ("", "\n"):
            continue  # the label opens a line
        i = s.start
        if i < len(ctx.text) and ctx.text[i] in QUOTE_MARKS:
            i += 1
        line_end = ctx.text.find("\n", i)
        line_end = len(ctx.text) if line_end < 0 else line_end
        colon = ctx.text.find(": ", i, line_end)
        label = ctx.text[i:colon] if colon > i else ""
        words = label.split()
        if not words or len(words) > MAX_LABEL_WORDS or not all(_label_word(w) for w in words):
            continue
        if label.lower() in lexicon().question_labels:
            continue  # 'QUESTION:', 'Q:': an unnamed reporter asks; nobody named speaks
        who = _label_speaker(ctx, i, colon)
        if who is None:
            continue
        st = make(ctx, who, ctx.span(colon, colon + 1), "direct", (colon + 2, line_end), ":", "asserts")
        if st is not None:
            out.append(st)
    return out


def _label_word(word: str) -> bool:
    """A word of a speaker label: a name in capitals ('PENCE') or a capitalised title with its period
    ('MR.', 'DR.', 'GEN.' in 'MR. MILLER:')."""
    bare = word[:-1] if word.endswith(".") and len(word) > 2 else word
    return bare.isalpha() and bare.isupper() and len(bare) > 1


def _label_speaker(ctx: Ctx, start: int, end: int) -> ActorMention | None:
    """The person a transcript label names: the actor layer's mention of it, else the one person
    of the article whose surname the label is ('KELLERMAN' for Senator Ruth Kellerman)."""
    found = next((m for m in ctx.actors.inside(start, end) if m.kind == "person" and m.start == start and m.end == end), None)
    if found is not None:
        return found
    label = ctx.text[start:end].lower().split()[-1]  # 'MR. MILLER': the surname closes the label
    people = {(m.key, m.name, m.entity) for m in ctx.actors.mentions
              if m.kind == "person" and m.name and m.name.split()[-1].lower() == label}
    if len({p[1] for p in people}) != 1:
        return None
    key, name, entity = next(iter(people))
    return ActorMention(start, end, ctx.text[start:end], key, name=name, kind="person", evidence="statements:label", entity=entity)
