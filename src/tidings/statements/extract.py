"""Statements: who said what, in four passes over one parsed document.

1. quotes: a quoted passage with a reporting verb right after it ('"...," said X')
   or right before it ('X said: "..."', 'X called it "..."') -> direct;
2. verbs: every other reporting verb with a speaker and a content span from the
   parse -> indirect, or mixed when the content holds quoted words;
3. phrases: "according to X, ..." and "..., per X";
4. headlines: "X: ..." where X is an actor.
Then: speech another speaker relays ("the ministry said *Ethiopia rejected ...*")
is dropped; a quote standing right after an attribution continues it; a
coordinated subject ("Moscow and Tehran rejected ...") speaks once per party;
a headline's country speaker is the person quoted first below it.
Boilerplate sentences ("Read more:", captions) produce nothing.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Document, Sentence, Stance, Statement, StatementKind, TextSpan
from .continuity import carry_speakers
from .cues import Cue, lexicon, verb_cue
from .indirect import clause_without, verb_content
from .quotes import Quote, find_quotes, quote_at
from .speaker import speaker_mention, speaker_token

WINDOW = 8  # tokens searched for a reporting verb next to a quote
MAX_ATTRIBUTION_TAIL = 8  # words closing an attribution sentence: 'told reporters before entering the station'
MIN_CONTINUED_WORDS = 4
MIN_LEAD_WORDS = 4  # unquoted words before a closing quote that make the attribution mixed  # a bare quoted phrase after an attribution is a scare quote, not more words
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
    found = _drop_relayed(found)
    found += _continued_quotes(ctx, found)
    seen: set[tuple[int, int, int, int]] = set()
    out: list[Statement] = []
    for st in sorted(_headline_speakers(ctx, carry_speakers(found)), key=lambda s: (s.content.start, s.cue.start)):
        key = (st.content.start, st.content.end, st.cue.start, st.speaker.start if st.speaker else -1)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


def _headline_speakers(ctx: _Ctx, found: list[Statement]) -> list[Statement]:
    """'Russia warns of retaliation' over a lede '..., Deputy Foreign Minister Sergei Ryabkov said':
    a headline or dek that has a country or body speak summarises the lede, so its speaker is the
    person of that party quoted first in the body (when the first body statement is theirs)."""
    zone = {s.index: s.zone for s in ctx.sentences}
    out: list[Statement] = []
    for st in found:
        sp = st.speaker
        if zone.get(st.sentence) in ("headline", "dek") and sp is not None and sp.key and sp.kind in ("state", "organisation"):
            later = sorted((x for x in found if x.sentence > st.sentence and zone.get(x.sentence) in ("dek", "body")),
                           key=lambda x: x.cue.start)
            lede = later[0].speaker if later else None
            if lede is not None and lede.kind == "person" and lede.key and lede.key.split(".")[0] == sp.key.split(".")[0]:
                st = replace(st, speaker=replace(sp, key=lede.key, name=lede.name, entity=lede.entity))
        out.append(st)
    return out


def _speakers(ctx: _Ctx, who: Any) -> list[ActorMention]:
    """One speaker, or each party of a coordinated subject ('Moscow and Tehran rejected ...',
    'Germany, France and Britain said in a joint statement') when every conjunct is a
    distinct coded actor; otherwise the phrase as one speaker."""
    first = speaker_mention(who, ctx.actors, ctx.text)
    conj = [c for c in who.conjuncts if c.i > who.i]
    if not conj or who.pos_ != "PROPN" or any(c.pos_ != "PROPN" for c in conj):
        return [first]  # 'Armenian media and Telegram channels': one description, not two named parties
    found = [ctx.actors.for_token(c) for c in conj]
    keys = {first.key} | {m.key for m in found if m is not None}
    if not first.key or any(m is None or not m.key for m in found) or len(keys) < len(conj) + 1:
        return [first]
    return [first] + [m for m in found if m is not None]


def _relays(outer: Statement, inner: Statement) -> bool:
    """``inner``'s reporting verb sits in the that-clause of another speaker's ``outer`` statement:
    'the ministry said *Ethiopia had rejected the proposal*' reports the ministry's words; that
    Ethiopia rejected it is part of what the ministry says, not a statement of Ethiopia's.
    A denial keeps what it denies, and a news outlet's report keeps the statements it relays."""
    if outer is inner or outer.kind == "direct" or outer.stance in ("denies", "questions"):
        return False  # 'X accuses Y of Z, Moscow denies': what is denied was still said by X
    if outer.speaker is not None and ".MED" in (outer.speaker.key or ""):
        return False  # 'Russia discredits the report, Trend reports': a news outlet relays the statement
    if not (outer.content.start <= inner.cue.start and inner.cue.end <= outer.content.end):
        return False
    a, b = outer.speaker, inner.speaker
    if a is None or b is None or not a.key:
        return False  # an uncoded reporter ('officials said') does not swallow a coded speaker's statement
    same = a.key is not None and a.key == b.key or (a.name or a.text) == (b.name or b.text)
    return not same


def _drop_relayed(found: list[Statement]) -> list[Statement]:
    return [st for st in found if not any(_relays(o, st) for o in found)]


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
    ended = inner[-1:] in _FINAL
    for n, tok in enumerate(ctx.doc[i : i + WINDOW]):
        if tok.text in _FINAL or tok.text in _QUOTE_MARKS or "\n" in tok.text:
            return None
        if n == 0 and ended and tok.text[:1].isupper() and verb_cue(tok) is None:
            return None  # '... shells." These rumors were rejected by ...': a new sentence, not an attribution
        cue = verb_cue(tok)
        if cue is None or cue.clause_only:
            continue
        who = speaker_token(tok) or _inverted_subject(tok)
        if who is not None and who.idx >= q.end:
            return tok, cue, who
        return None
    return None


def _inverted_subject(verb: Any) -> Any | None:
    """'"...," tweeted the ombudsman': after a quote the speaker follows the verb, and the parser may
    read it as the verb's object."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _cue_before(ctx: _Ctx, q: Quote) -> tuple[Any, Cue, Any] | None:
    """'X said: "..."' / 'Kwon called it "..."': verb just before the quote, nothing of the quote's between."""
    i = _token_index(ctx, q.start)
    between: set[int] = set()
    for j in range(i - 1, max(-1, i - 1 - WINDOW // 2 - 2), -1):
        tok = ctx.doc[j]
        if tok.text in _FINAL or tok.text in _QUOTE_MARKS or "\n" in tok.text:
            return None
        cue = verb_cue(tok)
        if cue is not None and cue.clause_only:
            return None  # 'agreed on "principles of ..."': an act with a quoted phrase, not a quotation
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
        kind: StatementKind = "direct"
        content = (q.inner_start, q.inner_end)
        lead = _lead_in(ctx, q) if verb.idx > q.start else None
        if lead is not None:
            # 'Both leaders will meet again in Brussels "by the end of November," Michel said.'
            kind, content = "mixed", (lead, q.end)
        for sp in _speakers(ctx, who):
            st = _make(ctx, sp, _cue_span(ctx, verb, cue), kind, content, cue.lemma, cue.stance)
            if st is not None:
                ctx.quoted.append((st.content.start, st.content.end))
                out.append(st)
    return out


def _lead_in(ctx: _Ctx, q: Quote) -> int | None:
    """Start of the unquoted words that open the quote's sentence, when the quote closes a longer
    reported clause rather than standing alone (then the whole clause is what was said)."""
    sent = ctx.sentence_at(q.start)
    if sent is None:
        return None
    before = ctx.text[sent.start : q.start]
    if len(before.split()) < MIN_LEAD_WORDS:
        return None
    return sent.start


def _reaches_past(verb: Any, cue: Cue, q: Quote) -> bool:
    """The verb's clause holds more than the quote ('said *the drills were* "a rehearsal"'): mixed."""
    span = verb_content(verb, cue)
    if span is None:
        return False
    doc = verb.doc
    end_char = doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
    start_char = doc[span[0]].idx
    return end_char > q.end + 12 or start_char < q.start - 12 and end_char >= q.inner_end


def _opens_sentence(text: str, i: int) -> bool:
    """Nothing but a sentence end, a line break or the start of the text before ``i``."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def _nothing_said_between(gap: str) -> bool:
    """Between an attribution and the next quote: at most the rest of the attribution's sentence
    ('told reporters before entering the station.', 'said a statement from the general staff.'), then
    only a paragraph break."""
    ends = [gap.find(ch) for ch in ".!?" if ch in gap]
    cut = min(ends) + 1 if ends else 0
    rest, after = gap[:cut], gap[cut:]
    if any(ch.isalnum() for ch in after) or after.count("\n") > 2:
        return False
    return len(rest.split()) <= MAX_ATTRIBUTION_TAIL and not any(ch in _QUOTE_MARKS for ch in rest)


def _continued_quotes(ctx: _Ctx, found: list[Statement]) -> list[Statement]:
    """'"This is not for peace," it warned. "If India cherishes peace, it ought to withdraw."':
    a quote standing as its own sentence right after a quoted speaker's attribution, with
    nothing said in between, continues that speaker's words (newswire quote runs)."""
    out: list[Statement] = []
    ordered = sorted(found, key=lambda st: max(st.cue.end, st.content.end))
    for q in ctx.quotes:
        if not ctx.in_body(q.start) or not _opens_sentence(ctx.text, q.start):
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


def _verb_statement(ctx: _Ctx, tok: Any, cue: Cue) -> list[Statement]:
    who = speaker_token(tok)
    span = verb_content(tok, cue) if who is not None else None
    if who is None or span is None or span[0] <= who.i < span[1]:
        return []
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if cue.lemma == "cite" and obj is not None and ctx.actors.for_token(obj) is not None:
        return []  # 'cited a senior official': a source, not a claim
    doc = ctx.doc
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
    if any(a < end and start < b for a, b in ctx.quoted):
        return []  # the quote pass already has these words, verbatim
    kind, content = _kind_and_content(ctx, start, end)
    stance: Stance = cue.stance
    if stance in ("asserts", "repeats") and (_negated(doc, *span) or _dismissed(doc, tok, span)):
        stance = "denies"
    cue_span = _cue_span(ctx, tok, cue)
    out = [_make(ctx, sp, cue_span, kind, content, cue.lemma, stance) for sp in _speakers(ctx, who)]
    return [st for st in out if st is not None]


_NAMING = ("oprd", "acomp", "attr", "xcomp", "dobj", "ccomp")


def _dismissed(doc: Any, verb: Any, span: tuple[int, int]) -> bool:
    """'called Ukraine's claims *unfounded*', 'labelling it "false"': a naming cue whose complement
    is a word of dismissal rejects what it names."""
    if verb.lemma_.lower() not in ("call", "describe", "label", "term", "brand", "dub", "characterise", "characterize"):
        return False
    words = lexicon().dismissals
    return any(t.lower_ in words and (t.head.i == verb.i or t.head.head.i == verb.i or t.dep_ == "conj")
               for t in doc[span[0] : span[1]])


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
        if cue is None or cue.quote_only:
            continue
        if _hypothetical(tok):
            continue
        out.extend(_verb_statement(ctx, tok, cue))
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
    if pobj is None or (lemma == "per" and pobj.pos_ != "PROPN") or pobj.lemma_.lower() in lexicon().not_sources:
        return None  # 'according to a translation': the words are still someone else's
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
