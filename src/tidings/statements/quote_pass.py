"""Pass 1, quotes: a quoted passage attributed by a reporting verb next to it.

The verb may stand right after the quote ('"...," said X', '"...," she added',
'"...," tweeted the ombudsman', a misparsed '"...," Tulsa police Chief Chuck Jordan
said') or right before it ('X said: "..."', 'X called it "..."', 'X continued:' closing
the paragraph before). The quote is direct, or mixed when it closes a longer reported
clause; a quote with no verb near it may still be signed after a dash (signatures.py).
"""

from __future__ import annotations

from typing import Any

from ..records import Statement, StatementKind
from .context import QUOTE_MARKS, Ctx, cue_span_of, make
from .cues import Cue, verb_cue
from .indirect import verb_content
from .quotes import Quote, quote_at, wrapped_line
from .signatures import signed_quote
from .speaker import passive_frame_subject, speaker_token, speakers

WINDOW = 8  # tokens searched for a reporting verb next to a quote
MIN_LEAD_WORDS = 4  # unquoted words before a closing quote that make the attribution mixed
_FINAL = {".", "!", "?"}
_SUBORDINATORS = {"though", "although", "because", "whereas", "while", "unless", "if"}
_CLOSING_PUNCT = {",", ".", "!", "?", "—", "–", "-", "…"}


def quote_pass(ctx: Ctx) -> list[Statement]:
    """Every attributed or signed quote in the body; records the quoted words in ``ctx.quoted``."""
    out: list[Statement] = []
    for q in ctx.quotes:
        if not ctx.in_body(q.start) or not ctx.text[q.inner_start : q.inner_end].strip():
            continue
        hit = _cue_after(ctx, q) or _cue_before(ctx, q)
        if hit is None:
            st = signed_quote(ctx, q)
            if st is not None:
                ctx.quoted.append((st.content.start, st.content.end, st.cue.start))
                out.append(st)
            continue
        verb, cue, who = hit
        if verb.idx < q.start and (_reaches_past(verb, cue, q) or _reported_inside(verb)):
            continue  # 'warned that the US would face a "result" if ...': the verb pass makes it mixed
        kind: StatementKind = "direct"
        content = (q.inner_start, q.inner_end)
        lead = _lead_in(ctx, q) if verb.idx > q.start else None
        if lead is not None:
            # 'Both leaders will meet again in Brussels "by the end of November," Michel said.'
            kind, content = "mixed", (lead, q.end)
        for sp in speakers(ctx.actors, ctx.text, who, verb):
            st = make(ctx, sp, cue_span_of(ctx, verb, cue), kind, content, cue.lemma, cue.stance)
            if st is not None:
                ctx.quoted.append((st.content.start, st.content.end, st.cue.start))
                out.append(st)
    return out


def _token_index(ctx: Ctx, char: int) -> int:
    """Index of the first token starting at or after ``char``."""
    lo, hi = 0, len(ctx.doc)
    while lo < hi:
        mid = (lo + hi) // 2
        if ctx.doc[mid].idx < char:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _cue_after(ctx: Ctx, q: Quote) -> tuple[Any, Cue, Any] | None:
    """'"...," said Kwon' / '"...," she added': verb soon after the quote, speaker after the quote."""
    i = _token_index(ctx, q.end)
    inner = ctx.text[q.inner_start : q.inner_end].rstrip()
    if not (inner[-1:] in _CLOSING_PUNCT or (i < len(ctx.doc) and ctx.doc[i].text in _CLOSING_PUNCT)):
        return None  # a scare quote inside running text ('a "result" if it continued to spread')
    ended = inner[-1:] in _FINAL
    new_sentence = False
    for n, tok in enumerate(_outside_parens(ctx.doc, i, WINDOW)):
        if tok.text in _FINAL or tok.text in QUOTE_MARKS or _line_ends(ctx, tok):
            return None
        if tok.is_space:
            continue  # a wrapped line of hard-wrapped text ('"...," Clinton\nsaid.')
        if tok.lower_ in _SUBORDINATORS and tok.dep_ == "mark":
            return None  # '... because "...," though she noted ...': a clause of its own, not the quote's tag
        if n == 0 and ended and tok.text[:1].isupper() and verb_cue(tok) is None:
            new_sentence = True  # '... shells." These rumors were ...': a new sentence, unless a bare 'Clinton said.'
        cue = verb_cue(tok)
        if cue is None or cue.clause_only:
            continue
        framed = _framed_speech(tok)
        if framed is not None:
            return framed  # '"...," Wong was quoted as saying.'
        who = _subject_after(tok, q.end) or _inverted_subject(tok)
        if who is None or who.idx < q.end or _quoted_title(ctx, who, tok):
            who = _name_between(ctx, i, tok)
        if who is None:
            return None
        if new_sentence and not _bare_attribution(ctx, tok, i):
            return None
        return tok, cue, who
    return None


def _quoted_title(ctx: Ctx, who: Any, verb: Any) -> bool:
    """'"...," Flynn, a surrogate, said on Fox News's *"Fox and Friends."*': a subject the parser finds
    after the cue inside quotation marks is a title the speaker appeared on, not the speaker."""
    return who.i > verb.i and quote_at(ctx.quotes, who.idx) is not None


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


def _name_between(ctx: Ctx, first: int, verb: Any) -> Any | None:
    """'"...," Tulsa police Chief Chuck Jordan said Monday.' with the name misparsed (a word read as a
    verb, the cue as a conjunct of the quote's verb): the words standing between the quote and the
    cue are the speaker when they are a short run of names and nouns. Returns its last word."""
    while first < verb.i and ctx.doc[first].is_punct:
        first += 1
    run = _before_apposition(ctx.doc, [t for t in _outside_parens(ctx.doc, first, MAX_APPOSED + 1) if t.i < verb.i], verb)
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


MAX_APPOSED = 16  # tokens in 'Flynn, a top Trump surrogate and retired general,' before the cue


def _before_apposition(doc: Any, run: list[Any], verb: Any) -> list[Any]:
    """'Flynn, a top Trump surrogate, said': of words between the quote and the cue that hold an
    apposition set off by commas right before the cue, the name is the words before the first comma."""
    if len(run) <= MAX_NAME_BETWEEN and not any(t.text == "," for t in run):
        return run
    if verb.i == 0 or doc[verb.i - 1].text != "," or not run or run[-1].i != verb.i - 1:
        return run
    comma = next(k for k, t in enumerate(run) if t.text == ",")
    inner = run[comma + 1 : -1]
    if not inner or inner[0].pos_ != "DET" or any(t.text == "," for t in inner):
        return run  # 'Smith, Jones, said' or a run with more commas: not one apposition
    return run[:comma]


def _bare_attribution(ctx: Ctx, verb: Any, first: int) -> bool:
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


def _framed_speech(frame: Any) -> tuple[Any, Cue, Any] | None:
    """'"...," Wong was quoted as saying' / '... was reported to have said': a passive framing verb
    (data: passive_frames) governing a speech verb; that verb is the cue, the passive subject speaks."""
    who = passive_frame_subject(frame)
    if who is None:
        return None
    governed = [c for c in frame.children if c.dep_ == "xcomp"]
    governed += [g for p in frame.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    for verb in governed:
        cue = verb_cue(verb)
        if cue is not None and not cue.clause_only:
            return verb, cue, who
    return None


def _inverted_subject(verb: Any) -> Any | None:
    """'"...," tweeted the ombudsman': after a quote the speaker follows the verb, and the parser may
    read it as the verb's object."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)


def _cue_before(ctx: Ctx, q: Quote) -> tuple[Any, Cue, Any] | None:
    """'X said: "..."' / 'Kwon called it "..."': verb just before the quote, nothing of the quote's between."""
    i = _token_index(ctx, q.start)
    if i >= 2 and ctx.doc[i - 1].is_space and "\n" in ctx.doc[i - 1].text and ctx.doc[i - 2].text == ":":
        i -= 1  # 'Caddell continued:' closing one paragraph, the quote opening the next
    between: set[int] = set()
    for j in range(i - 1, max(-1, i - 1 - WINDOW // 2 - 2), -1):
        tok = ctx.doc[j]
        if tok.text in _FINAL or tok.text in QUOTE_MARKS or _line_ends(ctx, tok):
            return None
        cue = verb_cue(tok)
        if cue is not None and cue.clause_only:
            return None  # 'agreed on "principles of ..."': an act with a quoted phrase, not a quotation
        if cue is not None:
            if _relative_aside(ctx, tok, q):
                return None  # 'saying anyone who complains "is not ...": the quote is the clause's, mixed
            ok = all(ctx.doc[k].is_punct or ctx.doc[k].head.i == j or ctx.doc[k].head.i in between for k in between)
            who = speaker_token(tok)
            if not ok or who is None or who.idx >= q.start:
                return None
            return tok, cue, who
        between.add(j)
    return None


def _relative_aside(ctx: Ctx, verb: Any, q: Quote) -> bool:
    """'saying that anyone *who complains* about it "is not paying attention"': a cue inside a relative
    clause on the quote's own subject does not govern the quote; the quoted words are the predicate of
    the clause that noun opens, said by whoever speaks that clause."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    inside = [t for t in ctx.doc if q.inner_start <= t.idx < q.inner_end and not t.is_punct]
    return bool(inside) and noun.head.i != noun.i and any(t.i == noun.head.i for t in inside)


_INSIDE_CLAUSE = ("ccomp", "xcomp", "advcl", "pcomp", "prep", "pobj", "acomp")
MAX_CLAUSE_DEPTH = 4  # links from the verb up to the reporting verb whose clause holds it


def _reported_inside(verb: Any) -> bool:
    """'She says *it underscores* that Trump is "unfit"', 'the governor said the press is *to blame* for
    repeating "..."': the verb before the quote is itself part of the clause another reporting verb
    reports (its complement, however deep), so the quote is that outer speaker's words (the verb pass
    reports it, mixed, with the whole clause)."""
    t = verb
    for _ in range(MAX_CLAUSE_DEPTH):
        head = t.head
        if t.dep_ not in _INSIDE_CLAUSE or head.i == t.i or head.i > verb.i:
            return False
        outer = verb_cue(head) if head.pos_ in ("VERB", "AUX") else None
        if outer is not None and t.dep_ == "ccomp" and not outer.clause_only:
            who = speaker_token(head)
            if who is None:
                return False
            span = verb_content(head, outer)
            return span is not None and span[0] <= verb.i < span[1] and not span[0] <= who.i < span[1]
        t = head
    return False


def _line_ends(ctx: Ctx, tok: Any) -> bool:
    """A token holding a line break that ends a paragraph (not one wrapping a line mid-sentence)."""
    at = tok.text.find("\n")
    return at >= 0 and not wrapped_line(ctx.text, tok.idx + at)


def _lead_in(ctx: Ctx, q: Quote) -> int | None:
    """Start of the unquoted words that open the quote's sentence, when the quote closes a longer
    reported clause rather than standing alone (then the whole clause is what was said)."""
    sent = ctx.sentence_at(q.start)
    if sent is None:
        return None
    before = ctx.text[sent.start : q.start]
    if len(before.split()) < MIN_LEAD_WORDS or before.rstrip()[-1:] in _FINAL:
        return None  # '... for tax lawyers. "There's a lot," said Burman': a full stop ends the clause before it
    if before.rstrip()[-1:] == ":":
        return None  # 'The senator scolded him: "...," she said': the words before a colon introduce the quote
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
