"""Pass 3, attribution phrases: "according to X, ..." and "..., per X".

The phrase's object is the speaker and the clause it attaches to (or, when the parse
gives it none, the rest of its sentence) is the content. Sources that are not
speakers ('according to a translation') are left out.
"""

from __future__ import annotations

from typing import Any

from ..records import Statement
from .closing import MAX_CLOSING_SPEAKER
from .context import Ctx, kind_and_content, make
from .cues import lexicon
from .indirect import clause_without, trim
from .quotes import quote_at
from .speaker import speaker_mention, speech_noun_owner


def phrase_pass(ctx: Ctx) -> list[Statement]:
    """The statements of every 'according to' and ', per' in the body outside a quote."""
    out: list[Statement] = []
    for tok in ctx.doc:
        if tok.lower_ in ("according", "per") and ctx.in_body(tok.idx) and quote_at(ctx.quotes, tok.idx) is None:
            st = _phrase_statement(ctx, tok)
            if st is not None:
                out.append(st)
    return out


def _phrase_statement(ctx: Ctx, tok: Any) -> Statement | None:
    doc = ctx.doc
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        prep, lemma, cue_end = doc[tok.i + 1], "according to", tok.i + 2
    elif tok.lower_ == "per" and tok.i > 0 and doc[tok.i - 1].text == ",":
        prep, lemma, cue_end = tok, "per", tok.i + 1
    else:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None and lemma == "according to":
        pobj = _closing_source(doc, cue_end)  # 'according to show insiders.' with 'show' read as a verb
    if pobj is None or (lemma == "per" and pobj.pos_ != "PROPN") or pobj.lemma_.lower() in lexicon().not_sources:
        return None  # 'according to a translation': the words are still someone else's
    phrase = (tok.i, max(cue_end, pobj.i + 1, _source_end(pobj)))
    content = clause_without(tok, phrase) or _rest_of_sentence(tok, phrase)
    if content is None or content[0] <= pobj.i < content[1]:
        return None
    cue = lexicon().phrases.get(lemma)
    start, end = doc[content[0]].idx, doc[content[1] - 1].idx + len(doc[content[1] - 1].text)
    kind, chars = kind_and_content(ctx, start, end)
    cue_span = ctx.span(tok.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
    who = speech_noun_owner(pobj)  # 'according to a statement by the ministry': the ministry speaks
    return make(ctx, speaker_mention(who, ctx.actors, ctx.text), cue_span, kind, chars, lemma,
                cue.stance if cue else "asserts")


def _closing_source(doc: Any, start: int) -> Any | None:
    """The last noun of a short phrase from ``start`` that runs to the end of its sentence."""
    sent = doc[start].sent if start < len(doc) else None
    if sent is None:
        return None
    words = [t for t in doc[start : sent.end] if not (t.is_punct or t.is_space)]
    if not words or len(words) > MAX_CLOSING_SPEAKER or any(t.text == "," for t in doc[start : sent.end]):
        return None
    nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def _rest_of_sentence(anchor: Any, phrase: tuple[int, int]) -> tuple[int, int] | None:
    """'Clinton leads by four points, according to the poll.' when the parse gives the sentence no
    verb to hang the phrase on: a phrase opening or closing its sentence reports the rest of it."""
    doc, sent = anchor.doc, anchor.sent
    if phrase[0] <= sent.start:
        start, end = phrase[1], sent.end
    elif all(t.is_punct or t.is_space for t in doc[phrase[1] : sent.end]):
        start, end = sent.start, phrase[0]
    else:
        return None
    start, end = trim(doc, start, end)
    return (start, end) if end - start >= 3 else None


def _source_end(pobj: Any) -> int:
    """End of the source phrase of 'according to X': its subtree, but not past a comma after it when
    the parser has hung the clause that follows on the source ('According to Rush Limbaugh, the
    move *reeks* of ...', with 'reeks' misread as an apposition)."""
    end = max(t.i for t in pobj.subtree) + 1
    doc = pobj.doc
    last = pobj.sent.end - 1
    while last > pobj.i and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for k in range(pobj.i + 1, end):
        if doc[k].text == ",":
            rest = [t for t in doc[k + 1 : end] if t.head.i < k + 1 or t.head.i >= end]
            if any(t.dep_ in ("appos", "conj") and t.pos_ == "NOUN" for t in rest) and end > last:
                return k
            break
    return end
