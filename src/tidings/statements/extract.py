"""Statements: who said what, in four passes over one parsed document.

1. quotes: a quoted passage with a reporting verb right after it ('"...," said X')
   or right before it ('X said: "..."', 'X called it "..."') -> direct;
2. verbs: every other reporting verb with a speaker and a content span from the
   parse -> indirect, or mixed when the content holds quoted words;
3. phrases: "according to X, ..." and "..., per X";
4. headlines: "X: ..." where X is an actor.
Boilerplate sentences ("Read more:", captions) produce nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Document, Sentence, Stance, Statement, StatementKind, TextSpan
from .continuity import carry_speakers
from .cues import Cue, lexicon, verb_cue
from .indirect import clause_without, verb_content
from .quotes import Quote, find_quotes, quote_at
from .speaker import speaker_mention, speaker_token

WINDOW = 8  # tokens searched for a reporting verb next to a quote
_FINAL = {".", "!", "?"}
_QUOTE_MARKS = set("\"“”«»‘’'")
_CLOSING_PUNCT = {",", ".", "!", "?", "—", "–", "-", "…"}


@dataclass
class _Ctx:
    doc: Any
    text: str
    sentences: Sequence[Sentence]
    actors: DocActors
    quotes: list[Quote]
    starts: list[int] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # contents of direct statements so far

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


def extract(doc: Any, document: Document, sentences: Sequence[Sentence], actors: DocActors) -> list[Statement]:
    """Every statement in the document, ordered by where its content starts."""
    sents = sorted(sentences, key=lambda s: s.start)
    ctx = _Ctx(doc, document.text, sents, actors, find_quotes(document.text), [s.start for s in sents])
    found = _quote_pass(ctx) + _verb_pass(ctx) + _phrase_pass(ctx) + _headline_pass(ctx)
    seen: set[tuple[int, int, int]] = set()
    out: list[Statement] = []
    for st in sorted(carry_speakers(found), key=lambda s: (s.content.start, s.cue.start)):
        key = (st.content.start, st.content.end, st.cue.start)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


def _make(
    ctx: _Ctx, speaker: ActorMention, cue: TextSpan, kind: StatementKind, content: tuple[int, int], lemma: str, stance: Stance
) -> Statement | None:
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


def _cue_span(ctx: _Ctx, verb: Any, cue: Cue) -> TextSpan:
    start, end = _token_span(verb)
    if " " in cue.lemma and verb.i + 1 < len(ctx.doc):
        end = _token_span(ctx.doc[verb.i + 1])[1]
    return ctx.span(start, end)


# ---- pass 1: quotes -------------------------------------------------------------------------


def _token_index(ctx: _Ctx, char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    lo, hi = 0, len(ctx.doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if ctx.doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _cue_after(ctx: _Ctx, q: Quote) -> tuple[Any, Cue, Any] | None:
    """'"...," said Kwon' / '"...," she added': verb soon after the quote, speaker after the quote."""
    i = _token_index(ctx, q.end)
    inner = ctx.text[q.inner_start : q.inner_end].rstrip()
    if not (inner[-1:] in _CLOSING_PUNCT or (i < len(ctx.doc) and ctx.doc[i].text in _CLOSING_PUNCT)):
        return None  # a scare quote inside running text ('a "result" if it continued to spread')
    for tok in ctx.doc[i : i + WINDOW]:
        if tok.text in _FINAL or tok.text in _QUOTE_MARKS or "\n" in tok.text:
            return None
        cue = verb_cue(tok)
        if cue is None:
            continue
        who = speaker_token(tok)
        if who is not None and who.idx >= q.end:
            return tok, cue, who
        return None
    return None


def _cue_before(ctx: _Ctx, q: Quote) -> tuple[Any, Cue, Any] | None:
    """'X said: "..."' / 'Kwon called it "..."': verb just before the quote, nothing of the quote's between."""
    i = _token_index(ctx, q.start)
    between: set[int] = set()
    for j in range(i - 1, max(-1, i - 1 - WINDOW // 2 - 2), -1):
        tok = ctx.doc[j]
        if tok.text in _FINAL or tok.text in _QUOTE_MARKS or "\n" in tok.text:
            return None
        cue = verb_cue(tok)
        if cue is not None:
            ok = all(ctx.doc[k].is_punct or ctx.doc[k].head.i == j or ctx.doc[k].head.i in between for k in between)
            who = speaker_token(tok)
            if not ok or who is None or who.idx >= q.start:
                return None
            return tok, cue, who
        between.add(j)
    return None


def _quote_pass(ctx: _Ctx) -> list[Statement]:
    out: list[Statement] = []
    for q in ctx.quotes:
        if not ctx.in_body(q.start) or not ctx.text[q.inner_start : q.inner_end].strip():
            continue
        hit = _cue_after(ctx, q) or _cue_before(ctx, q)
        if hit is None:
            continue
        verb, cue, who = hit
        if verb.idx < q.start and _reaches_past(verb, cue, q):
            continue  # 'warned that the US would face a "result" if ...': the verb pass makes it mixed
        st = _make(ctx, speaker_mention(who, ctx.actors, ctx.text), _cue_span(ctx, verb, cue), "direct",
                   (q.inner_start, q.inner_end), cue.lemma, cue.stance)
        if st is not None:
            ctx.quoted.append((st.content.start, st.content.end))
            out.append(st)
    return out


def _reaches_past(verb: Any, cue: Cue, q: Quote) -> bool:
    span = verb_content(verb, cue)
    if span is None:
        return False
    doc = verb.doc
    end_char = doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
    return end_char > q.end + 12


# ---- pass 2: reporting verbs ----------------------------------------------------------------


def _kind_and_content(ctx: _Ctx, start: int, end: int) -> tuple[StatementKind, tuple[int, int]]:
    inside = [q for q in ctx.quotes if q.start < end and start < q.end]
    if not inside:
        return "indirect", (start, end)
    if len(inside) == 1 and inside[0].start <= start + 1 and inside[0].end >= end - 1:
        return "direct", (inside[0].inner_start, inside[0].inner_end)
    return "mixed", (start, end)


def _negated(doc: Any, start: int, end: int) -> bool:
    """The content's main verb is negated ('Iran has not supplied ...')."""
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return any(c.dep_ == "neg" for c in tok.children)
    return False


def _verb_statement(ctx: _Ctx, tok: Any, cue: Cue) -> Statement | None:
    who = speaker_token(tok)
    span = verb_content(tok, cue) if who is not None else None
    if who is None or span is None or span[0] <= who.i < span[1]:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if cue.lemma == "cite" and obj is not None and ctx.actors.for_token(obj) is not None:
        return None  # 'cited a senior official': a source, not a claim
    doc = ctx.doc
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
    if any(a < end and start < b for a, b in ctx.quoted):
        return None  # the quote pass already has these words, verbatim
    kind, content = _kind_and_content(ctx, start, end)
    stance: Stance = cue.stance
    if stance in ("asserts", "repeats") and _negated(doc, *span):
        stance = "denies"
    return _make(ctx, speaker_mention(who, ctx.actors, ctx.text), _cue_span(ctx, tok, cue), kind, content, cue.lemma, stance)


def _hypothetical(verb: Any) -> bool:
    """'if it continued to spread the rumor': a speech act under 'if'/'unless' did not happen."""
    t = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
        if t.dep_ not in ("xcomp", "conj", "advcl") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _verb_pass(ctx: _Ctx) -> list[Statement]:
    out: list[Statement] = []
    for tok in ctx.doc:
        if not ctx.in_body(tok.idx) or quote_at(ctx.quotes, tok.idx) is not None:
            continue
        cue = verb_cue(tok)
        if cue is None:
            continue
        if _hypothetical(tok):
            continue
        st = _verb_statement(ctx, tok, cue)
        if st is not None:
            out.append(st)
    return out


# ---- pass 3: attribution phrases ------------------------------------------------------------


def _phrase_statement(ctx: _Ctx, tok: Any) -> Statement | None:
    doc = ctx.doc
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        prep, lemma, cue_end = doc[tok.i + 1], "according to", tok.i + 2
    elif tok.lower_ == "per" and tok.i > 0 and doc[tok.i - 1].text == ",":
        prep, lemma, cue_end = tok, "per", tok.i + 1
    else:
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or (lemma == "per" and pobj.pos_ != "PROPN"):
        return None
    phrase = (tok.i, max(cue_end, pobj.i + 1, max(t.i for t in pobj.subtree) + 1))
    content = clause_without(tok, phrase)
    if content is None or content[0] <= pobj.i < content[1]:
        return None
    cue = lexicon().phrases.get(lemma)
    start, end = doc[content[0]].idx, doc[content[1] - 1].idx + len(doc[content[1] - 1].text)
    kind, chars = _kind_and_content(ctx, start, end)
    cue_span = ctx.span(tok.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
    return _make(ctx, speaker_mention(pobj, ctx.actors, ctx.text), cue_span, kind, chars, lemma,
                 cue.stance if cue else "asserts")


def _phrase_pass(ctx: _Ctx) -> list[Statement]:
    out: list[Statement] = []
    for tok in ctx.doc:
        if tok.lower_ in ("according", "per") and ctx.in_body(tok.idx) and quote_at(ctx.quotes, tok.idx) is None:
            st = _phrase_statement(ctx, tok)
            if st is not None:
                out.append(st)
    return out


# ---- pass 4: headline attribution -----------------------------------------------------------

MAX_HEAD_WORDS = 6


def _headline_pass(ctx: _Ctx) -> list[Statement]:
    out: list[Statement] = []
    for s in ctx.sentences:
        if s.zone not in ("headline", "dek"):
            continue
        line = ctx.text[s.start : s.end]
        colon = line.find(": ")
        if colon <= 0 or len(line[:colon].split()) > MAX_HEAD_WORDS:
            continue
        who = ctx.actors.at(s.start, s.start + colon)
        if who is None or (who.end - who.start) * 2 < colon:
            continue
        kind, chars = _kind_and_content(ctx, s.start + colon + 2, s.end)
        cue = ctx.span(s.start + colon, s.start + colon + 1)
        st = _make(ctx, who, cue, "direct", chars, ":", "asserts")
        if st is not None:
            out.append(st)
    return out
