"""Statements: who said what, in passes over one parsed document.

1. quotes: a quoted passage with a reporting verb right after it ('"...," said X')
   or right before it ('X said: "..."', 'X called it "..."', 'X continued:' closing the
   paragraph before) -> direct; a quote signed after a dash ('"..." ― Name') -> direct;
2. verbs: every other reporting verb with a speaker and a content span from the
   parse -> indirect, or mixed when the content holds quoted words;
3. phrases: "according to X, ..." and "..., per X"; then attributions the parse
   missed: '..., her doctor maintains.' closing a sentence, 'Trump charges that ...'
   with the verb tagged as a noun;
4. headlines: "X: ..." where X is an actor or a person's name; transcript lines
   'PENCE: ...' whose label names a person of the article.
Then: speech another speaker relays ("the ministry said *Ethiopia rejected ...*")
is dropped, and so is a pronoun's restatement inside a named speaker's words
('Fowler said *he expects ...*' is one statement); a quote standing right after an attribution continues it; a
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
from .cues import Cue, lexicon, particle_of, verb_cue
from .indirect import clause_without, trim, verb_content
from .quotes import Quote, find_quotes, quote_at
from .speaker import at_relative, relative_subject, speaker_mention, speaker_token

WINDOW = 8  # tokens searched for a reporting verb next to a quote
MAX_ATTRIBUTION_TAIL = 8  # words closing an attribution sentence: 'told reporters before entering the station'
MIN_CONTINUED_WORDS = 4
MIN_LEAD_WORDS = 4  # unquoted words before a closing quote that make the attribution mixed  # a bare quoted phrase after an attribution is a scare quote, not more words
_FINAL = {".", "!", "?"}
_QUOTE_MARKS = set("\"“”«»‘’'") | {"''", "``"}
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
    found = _quote_pass(ctx) + _verb_pass(ctx) + _phrase_pass(ctx) + _headline_pass(ctx) + _transcript_pass(ctx)
    found += _closing_attribution_pass(ctx, found)
    found = _drop_relayed(found)
    found += _continued_quotes(ctx, found)
    seen: set[tuple[int, int, int, int]] = set()
    out: list[Statement] = []
    for st in sorted(_named(_headline_speakers(ctx, carry_speakers(found))), key=lambda s: (s.content.start, s.cue.start)):
        key = (st.content.start, st.content.end, st.cue.start, st.speaker.start if st.speaker else -1)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out


# speakers named by what they are: their name is the words that name them ("Saudi Arabia", "the Kremlin")
NAMED_KINDS = frozenset(("state", "region", "group", "organisation"))


def _named(found: list[Statement]) -> list[Statement]:
    """A state or body that speaks is named by its own words when it has no other name."""
    out = []
    for st in found:
        sp = st.speaker
        if sp is not None and not sp.name and sp.kind in NAMED_KINDS and sp.text.strip():
            words = sp.text.strip().split()
            name = " ".join(words[1:] if len(words) > 1 and words[0].lower() == "the" else words)
            st = replace(st, speaker=replace(sp, name=name))
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


def _speakers(ctx: _Ctx, who: Any, verb: Any = None) -> list[ActorMention]:
    """One speaker, or each party of a coordinated subject ('Moscow and Tehran rejected ...',
    'Germany, France and Britain said in a joint statement') when every conjunct is a
    distinct coded actor; otherwise the phrase as one speaker."""
    first = speaker_mention(who, ctx.actors, ctx.text)
    rel = relative_subject(verb, who) if verb is not None else None
    if rel is not None:
        return [at_relative(first, rel, ctx.text)]  # 'Trump, *who* said ...': the clause's own word, the antecedent's identity
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


_SELF_PRONOUNS = {"he", "she", "they", "we", "i"}
MAX_RESTATED_GAP = 20  # characters between the pronoun and its verb: 'he did not believe'



def _restates(outer: Statement, inner: Statement) -> bool:
    """'Fowler said *he expects Clinton to recover*': the inner cue's speaker is the pronoun that opens
    the outer statement's content, so the inner verb is part of what the outer speaker said (the
    same act of saying, reported once, by the named speaker)."""
    sp, by = inner.speaker, outer.speaker
    if outer is inner or sp is None or by is None or sp.start != outer.content.start:
        return False
    if not (outer.content.start < inner.cue.start < outer.content.end and inner.cue.start - sp.end <= MAX_RESTATED_GAP):
        return False
    word, who = sp.text.lower(), by.text.lower()
    if word in _SELF_PRONOUNS:
        return who == word or who not in _SELF_PRONOUNS | {"it"}  # 'he said he ...', 'Fowler said he ...'
    # 'The White House said it believes ...': an institution restating its own view
    return word == "it" and by.kind in ("organisation", "state", "group") and who not in _SELF_PRONOUNS


def _drop_relayed(found: list[Statement]) -> list[Statement]:
    return [st for st in found if not any(_relays(o, st) or _restates(o, st) for o in found)]


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
    particle = particle_of(verb) if " " in cue.lemma else None
    if particle is not None:
        end = _token_span(particle)[1]
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
    new_sentence = False
    for n, tok in enumerate(_outside_parens(ctx.doc, i, WINDOW)):
        if tok.text in _FINAL or tok.text in _QUOTE_MARKS or "\n" in tok.text:
            return None
        if n == 0 and ended and tok.text[:1].isupper() and verb_cue(tok) is None:
            new_sentence = True  # '... shells." These rumors were ...': a new sentence, unless a bare 'Clinton said.'
        cue = verb_cue(tok)
        if cue is None or cue.clause_only:
            continue
        who = _subject_after(tok, q.end) or _inverted_subject(tok)
        if who is None or who.idx < q.end:
            who = _name_between(ctx, i, tok)
        if who is None:
            return None
        if new_sentence and not _bare_attribution(ctx, tok, i):
            return None
        return tok, cue, who
    return None


def _subject_after(verb: Any, quote_end: int) -> Any | None:
    """The speaker of a cue that follows a quote. When the parser also hangs a word of the quote
    on the verb as its subject ('"... Full panic *mode*," said Leslie Wimes'), the subject standing
    after the quote is the speaker."""
    who = speaker_token(verb)
    if who is not None and who.idx < quote_end:
        later = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx >= quote_end]
        return later[0] if later else who
    return who


MAX_NAME_BETWEEN = 6
MAX_PARENS = 6  # tokens inside '(D-Md.)' after a name


def _outside_parens(doc: Any, start: int, limit: int) -> list[Any]:
    """Up to ``limit`` tokens from ``start``, leaving out a short parenthesis ('Rep. Jane Doe (D-Ohio) said')."""
    out: list[Any] = []
    j = start
    while j < len(doc) and len(out) < limit:
        if doc[j].text == "(":
            close = next((k for k in range(j + 1, min(len(doc), j + MAX_PARENS + 2)) if doc[k].text == ")"), None)
            if close is not None:
                j = close + 1
                continue
        out.append(doc[j])
        j += 1
    return out


def _name_between(ctx: _Ctx, first: int, verb: Any) -> Any | None:
    """'"...," Tulsa police Chief Chuck Jordan said Monday.' with the name misparsed (a word read as a
    verb, the cue as a conjunct of the quote's verb): the words standing between the quote and the
    cue are the speaker when they are a short run of names and nouns. Returns its last word."""
    while first < verb.i and ctx.doc[first].is_punct:
        first += 1
    run = [t for t in _outside_parens(ctx.doc, first, MAX_NAME_BETWEEN + 1) if t.i < verb.i]
    if not 0 < len(run) <= MAX_NAME_BETWEEN or any(t.is_punct or t.is_space for t in run):
        return None
    if not run[-1].text[:1].isupper() and run[-1].pos_ not in ("NOUN", "PRON"):
        return None
    if any(t.lower_ in ("and", "or", "but", "that", "which", "who") for t in run):
        return None
    found = ctx.actors.at(run[0].idx, run[-1].idx + len(run[-1].text))
    if found is None and not all(t.text[:1].isupper() or t.pos_ in ("DET", "NOUN", "ADJ") for t in run):
        return None
    return run[-1]


def _bare_attribution(ctx: _Ctx, verb: Any, first: int) -> bool:
    """'"How many times must we see this?" Clinton said.': after a quote that ends its own
    sentence, a short clause of just a speaker and a reporting verb (no content of its own)
    attributes the quote; anything longer is a new sentence."""
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") or c.dep_ == "dobj" and verb.lemma_ != "tell" for c in verb.children):
        return False  # '"...!" The mayor told reporters.' still attributes; 'The mayor said the plan ...' does not
    if any(not (t.is_punct or t.head.i == verb.i or t.head.head.i == verb.i) for t in ctx.doc[first : verb.i]):
        return False
    nxt = verb.i + 1
    while nxt < len(ctx.doc) and ctx.doc[nxt].dep_ in ("npadvmod", "advmod") and ctx.doc[nxt].head.i == verb.i:
        nxt += 1
    return nxt >= len(ctx.doc) or ctx.doc[nxt].text in _FINAL or ctx.doc[nxt].text in (",", ";") or ctx.doc[nxt].lower_ in ("in", "on", "at", "to")


def _inverted_subject(verb: Any) -> Any | None:
    """'"...," tweeted the ombudsman': after a quote the speaker follows the verb, and the parser may
    read it as the verb's object."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _cue_before(ctx: _Ctx, q: Quote) -> tuple[Any, Cue, Any] | None:
    """'X said: "..."' / 'Kwon called it "..."': verb just before the quote, nothing of the quote's between."""
    i = _token_index(ctx, q.start)
    if i >= 2 and ctx.doc[i - 1].is_space and "\n" in ctx.doc[i - 1].text and ctx.doc[i - 2].text == ":":
        i -= 1  # 'Caddell continued:' closing one paragraph, the quote opening the next
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
            st = _signed_quote(ctx, q)
            if st is not None:
                ctx.quoted.append((st.content.start, st.content.end))
                out.append(st)
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
        for sp in _speakers(ctx, who, verb):
            st = _make(ctx, sp, _cue_span(ctx, verb, cue), kind, content, cue.lemma, cue.stance)
            if st is not None:
                ctx.quoted.append((st.content.start, st.content.end))
                out.append(st)
    return out


_SIGNATURE_DASHES = "―—–"
MAX_SIGNATURE_WORDS = 6


def _signed_quote(ctx: _Ctx, q: Quote) -> Statement | None:
    """'"We deserve better than this." ― Maria Lopez': a quote that opens its line and is signed
    after a dash by a name closing the line (testimonies, epigraphs, reader responses)."""
    if not _opens_sentence(ctx.text, q.start):
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
    if not words or len(words) > MAX_SIGNATURE_WORDS or any(ch in _QUOTE_MARKS for ch in name):
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
    out = [_make(ctx, sp, cue_span, kind, content, cue.lemma, stance) for sp in _speakers(ctx, who, tok)]
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
    kind, chars = _kind_and_content(ctx, start, end)
    cue_span = ctx.span(tok.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1].text))
    return _make(ctx, speaker_mention(pobj, ctx.actors, ctx.text), cue_span, kind, chars, lemma,
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


def _phrase_pass(ctx: _Ctx) -> list[Statement]:
    out: list[Statement] = []
    for tok in ctx.doc:
        if tok.lower_ in ("according", "per") and ctx.in_body(tok.idx) and quote_at(ctx.quotes, tok.idx) is None:
            st = _phrase_statement(ctx, tok)
            if st is not None:
                out.append(st)
    return out


# ---- pass 3b: attributions the parse missed -------------------------------------------------

MAX_CLOSING_SPEAKER = 8  # tokens in ', the Democratic candidate's former doctor maintains.'
_SPEAKER_START = {"DET", "PROPN", "PRON", "ADJ", "NOUN", "NUM"}


def _closing_cue(doc: Any, sent: Any) -> tuple[int, Cue] | None:
    """The reporting word that ends a sentence ('..., her former doctor *maintains*.', '..., he *said*
    Monday.'), whatever part of speech the tagger gave it; None when the sentence ends otherwise."""
    k = sent.end - 1
    while k > sent.start and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    while k > sent.start and (doc[k].ent_type_ in ("DATE", "TIME") or doc[k].lower_ in ("today", "yesterday")):
        k -= 1
    tok = doc[k]
    if not tok.is_lower or not tok.lower_.endswith(("s", "ed", "id", "ld", "te")):
        return None
    cue = lexicon().verbs.get(tok.lemma_.lower())
    if cue is None or cue.quote_only or cue.directive or " " in cue.lemma:
        return None
    return k, cue


def _closing_statement(ctx: _Ctx, sent: Any) -> Statement | None:
    """'Secrecy is nothing new for the campaign, her former doctor maintains.' / 'People like Scott,
    he said.': a clause, a comma, then a short speaker phrase and a reporting word closing the
    sentence. The parser often misreads the pattern (the verb as a plural noun, the clause as a
    fragment); the word order alone marks the attribution."""
    doc = ctx.doc
    hit = _closing_cue(doc, sent)
    if hit is None:
        return None
    k, cue = hit
    comma = next((j for j in range(k - 1, max(sent.start, k - 1 - MAX_CLOSING_SPEAKER) - 1, -1) if doc[j].text == ","), None)
    if comma is None or comma == k - 1 or comma - sent.start < 3:
        return None
    np = doc[comma + 1 : k]
    if np[0].pos_ not in _SPEAKER_START or any(t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.is_punct for t in np):
        return None  # ', which the ministry denied', ', and officials said': not a bare speaker phrase
    if any(t.text in _QUOTE_MARKS for t in doc[sent.start : comma]):
        return None  # quotes are the quote pass's
    start, end = trim(doc, sent.start, comma)
    if end - start < 3:
        return None
    head = next((t for t in reversed(np) if t.pos_ in ("PROPN", "PRON", "NOUN")), np[-1])
    who_start, who_end = np[0].idx, np[-1].idx + len(np[-1].text)
    speaker = ctx.actors.at(who_start, who_end)
    if speaker is None:
        speaker = speaker_mention(head, ctx.actors, ctx.text)
        speaker = replace(speaker, start=who_start, end=who_end, text=ctx.text[who_start:who_end],
                          name=speaker.name if speaker.name != speaker.text else ctx.text[who_start:who_end])
    chars = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    kind, content = _kind_and_content(ctx, *chars)
    return _make(ctx, speaker, ctx.span(doc[k].idx, doc[k].idx + len(doc[k].text)), kind, content, cue.lemma, cue.stance)


def _misread_verb_statement(ctx: _Ctx, tok: Any) -> Statement | None:
    """'Trump *charges* that countries donated millions ...': a present-tense reporting verb right
    after its subject and right before 'that', tagged as a plural noun by the parser."""
    doc = ctx.doc
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.lower_.endswith("s") or tok.i < 1 or tok.i + 2 >= len(doc):
        return None
    cue = lexicon().verbs.get(tok.lemma_.lower())
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if cue is None or cue.quote_only or nxt.lower_ != "that" or prev.pos_ not in ("PROPN", "NOUN", "PRON") or prev.is_punct:
        return None
    if prev.sent.start != tok.sent.start:
        return None
    start, end = trim(doc, tok.i + 2, tok.sent.end)
    if end - start < 3:
        return None
    chars = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    kind, content = _kind_and_content(ctx, *chars)
    return _make(ctx, speaker_mention(prev, ctx.actors, ctx.text), ctx.span(tok.idx, tok.idx + len(tok.text)), kind,
                 content, cue.lemma, cue.stance)


def _closing_attribution_pass(ctx: _Ctx, found: list[Statement]) -> list[Statement]:
    out: list[Statement] = []
    cues = {st.cue.start for st in found}
    for sent in ctx.doc.sents:
        if not ctx.in_body(sent.start_char) or quote_at(ctx.quotes, sent.start_char) is not None:
            continue
        hit = _closing_cue(ctx.doc, sent)
        if hit is None or ctx.doc[hit[0]].idx in cues:
            continue
        st = _closing_statement(ctx, sent)
        if st is not None and not any(o.content.start < st.content.end and st.content.start < o.content.end for o in found):
            out.append(st)
    for tok in ctx.doc:
        if tok.idx in cues or not ctx.in_body(tok.idx) or quote_at(ctx.quotes, tok.idx) is not None:
            continue
        st = _misread_verb_statement(ctx, tok)
        if st is not None and not any(o.content.start < st.content.end and st.content.start < o.content.end for o in found):
            out.append(st)
    return out


# ---- pass 4: headline attribution -----------------------------------------------------------

MAX_HEAD_WORDS = 6


def _named_person(ctx: _Ctx, start: int, end: int) -> ActorMention | None:
    """A person's name that is all of [start, end), coded or not ('Pat Caddell: Voters worry ...')."""
    people = [m for m in ctx.actors.inside(start, end) if m.kind == "person" and m.start == start and m.end == end]
    return people[0] if people and len(people[0].text.split()) >= 2 else None


MAX_LABEL_WORDS = 3


def _label_speaker(ctx: _Ctx, start: int, end: int) -> ActorMention | None:
    """The person a transcript label names: the actor layer's mention of it, else the one person
    of the article whose surname the label is ('KELLERMAN' for Senator Ruth Kellerman)."""
    found = next((m for m in ctx.actors.inside(start, end) if m.kind == "person" and m.start == start and m.end == end), None)
    if found is not None:
        return found
    label = ctx.text[start:end].lower()
    people = {(m.key, m.name, m.entity) for m in ctx.actors.mentions
              if m.kind == "person" and m.name and m.name.split()[-1].lower() == label}
    if len({p[1] for p in people}) != 1:
        return None
    key, name, entity = next(iter(people))
    return ActorMention(start, end, ctx.text[start:end], key, name=name, kind="person", evidence="statements:label", entity=entity)


def _transcript_pass(ctx: _Ctx) -> list[Statement]:
    """'PENCE: Well, look, ...' in a transcript: a line opening with a speaker's name in capitals and a
    colon holds that speaker's words, to the end of the line. The label must be a person the actor
    layer knows (so 'UPDATE:' or 'NOTE:' never speak)."""
    out: list[Statement] = []
    for s in ctx.sentences:
        if s.zone != "body" or ctx.text[: s.start].rstrip(" \t")[-1:] not in ("", "\n"):
            continue  # the label opens a line
        i = s.start
        if i < len(ctx.text) and ctx.text[i] in _QUOTE_MARKS:
            i += 1
        line_end = ctx.text.find("\n", i)
        line_end = len(ctx.text) if line_end < 0 else line_end
        colon = ctx.text.find(": ", i, line_end)
        label = ctx.text[i:colon] if colon > i else ""
        words = label.split()
        if not words or len(words) > MAX_LABEL_WORDS or not all(w.isalpha() and w.isupper() and len(w) > 1 for w in words):
            continue
        who = _label_speaker(ctx, i, colon)
        if who is None:
            continue
        st = _make(ctx, who, ctx.span(colon, colon + 1), "direct", (colon + 2, line_end), ":", "asserts")
        if st is not None:
            out.append(st)
    return out


def _headline_pass(ctx: _Ctx) -> list[Statement]:
    out: list[Statement] = []
    for s in ctx.sentences:
        if s.zone not in ("headline", "dek"):
            continue
        line = ctx.text[s.start : s.end]
        colon = line.find(": ")
        if colon <= 0 or len(line[:colon].split()) > MAX_HEAD_WORDS:
            continue
        who = ctx.actors.at(s.start, s.start + colon) or _named_person(ctx, s.start, s.start + colon)
        if who is None or (who.end - who.start) * 2 < colon:
            continue
        kind, chars = _kind_and_content(ctx, s.start + colon + 2, s.end)
        cue = ctx.span(s.start + colon, s.start + colon + 1)
        st = _make(ctx, who, cue, "direct", chars, ":", "asserts")
        if st is not None:
            out.append(st)
    return out
