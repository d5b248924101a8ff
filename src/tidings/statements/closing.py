"""Attributions the parse missed: a reporting word closing its sentence, or a reporting verb read as a noun.

'Secrecy is nothing new for the campaign, her former doctor maintains.' (a clause, a
comma, a short speaker phrase and a reporting word ending the sentence) and 'Trump
*charges* that ...' (a present-tense verb tagged as a plural noun, right before
'that'): the word order alone marks the attribution. Runs after the other passes and
adds only statements whose content no other statement covers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import Statement
from .context import QUOTE_MARKS, Ctx, kind_and_content, make
from .cues import Cue, lexicon
from .indirect import trim
from .quotes import quote_at
from .speaker import speaker_mention

MAX_CLOSING_SPEAKER = 8  # tokens in ', the Democratic candidate's former doctor maintains.'
_SPEAKER_START = {"DET", "PROPN", "PRON", "ADJ", "NOUN", "NUM"}


def closing_attribution_pass(ctx: Ctx, found: list[Statement]) -> list[Statement]:
    """Attributions the parse missed, where no statement of ``found`` has the cue or the content already."""
    out: list[Statement] = []
    cues = {st.cue.start for st in found}
    for sent in ctx.doc.sents:
        if not ctx.in_body(sent.start_char) or quote_at(ctx.quotes, sent.start_char) is not None:
            continue
        hit = _closing_cue(ctx.doc, sent)
        if hit is None or ctx.doc[hit[0]].idx in cues:
            continue
        st = _closing_statement(ctx, sent)
        if st is not None and st.stance == "denies" and any(_wraps(st, o) for o in found):
            st = _denied_noun(ctx, st)
        if st is not None and not any(_overlaps(o, st) and not _wraps(st, o) for o in found):
            out.append(st)
    for tok in ctx.doc:
        if tok.idx in cues or not ctx.in_body(tok.idx) or quote_at(ctx.quotes, tok.idx) is not None:
            continue
        made = [_misread_verb_statement(ctx, tok)] + headline_verb_statements(ctx, tok)
        out += [st for st in made if st is not None
                and not any(o.content.start < st.content.end and st.content.start < o.content.end for o in found + out)]
    return out


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def headline_verb_statements(ctx: Ctx, tok: Any) -> list[Statement]:
    """'Kenya and Uganda *announce* deal has been reached': a headline's present-tense reporting verb
    read as a noun (or hung as a modifier of the next noun) after the names of the parties, with a clause after it (a finite verb, no verb right
    after the cue: 'UN report says ...' is a report that speaks). Each coded party named speaks."""
    doc = ctx.doc
    lemma = tok.lemma_.lower()
    misread = tok.pos_ == "NOUN" or tok.dep_ in ("compound", "nmod", "amod")  # a noun, or a verb hung as a modifier
    if not misread or tok.lower_ not in (lemma, lemma + "s") or tok.i < 1 or tok.i + 2 >= len(doc):
        return []
    cue = lexicon().verbs.get(lemma)
    prev, nxt = doc[tok.i - 1], doc[tok.i + 1]
    if cue is None or cue.quote_only or cue.directive or prev.pos_ != "PROPN" or nxt.pos_ in ("VERB", "AUX") or nxt.is_punct:
        return []
    sent = tok.sent
    finite = next((t for t in doc[tok.i + 1 : sent.end] if t.tag_ in _FINITE), None)
    if prev.sent.start != sent.start or finite is None:
        return []
    if any(t.pos_ == "SCONJ" or t.dep_ == "mark" for t in doc[tok.i + 1 : finite.i]):
        return []  # 'Japan, EU pledge aid *as* floods displace thousands': a noun object, then an adverbial clause
    parties = _named_parties(ctx, prev, sent.start)
    start, end = trim(doc, tok.i + 1, sent.end)
    if not parties or end - start < 3:
        return []
    kind, content = kind_and_content(ctx, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    cue_span = ctx.span(tok.idx, tok.idx + len(tok.text))
    out = [make(ctx, m, cue_span, kind, content, cue.lemma, cue.stance) for m in parties]
    return [st for st in out if st is not None]


def _named_parties(ctx: Ctx, last: Any, floor: int) -> list[Any]:
    """The coded actors named by the words from the sentence start up to ``last``: one name, or names
    joined by 'and' ('Kenya and Uganda'); none when any other word stands there."""
    words = [t for t in last.doc[floor : last.i + 1] if not t.is_punct]
    if not words or any(t.pos_ not in ("PROPN", "CCONJ", "DET") for t in words):
        return []
    found: list[Any] = []
    for t in words:
        if t.pos_ != "PROPN":
            continue
        m = ctx.actors.for_token(t)
        if m is None or not m.key:
            return []
        if all((m.start, m.end) != (o.start, o.end) for o in found):
            found.append(m)
    return found


def respeak_closing_cues(found: list[Statement], closing: list[Statement]) -> list[Statement]:
    """'..., the army *claim*, further highlighting ...': the parser takes the closing reporting word for
    a noun and makes it the subject of the participle after it; a statement whose speaker is that
    word is the closing attribution's speaker's."""
    by_cue = {st.cue.start: st.speaker for st in closing if st.speaker is not None}
    out = []
    for st in found:
        sp = st.speaker
        if sp is not None and not sp.key and sp.start in by_cue:
            st = replace(st, speaker=replace(by_cue[sp.start], start=sp.start, end=sp.end, text=sp.text))
        out.append(st)
    return out


def _overlaps(a: Statement, b: Statement) -> bool:
    return a.content.start < b.content.end and b.content.start < a.content.end


def _wraps(outer: Statement, inner: Statement) -> bool:
    """'Odinga said the vote had been rigged, *the newspaper reported*': the closing attribution's
    content holds a whole statement, cue and all; it relays that statement rather than repeat it (a
    closing denial does not: see ``_denied_noun``)."""
    return outer.content.start <= inner.cue.start and inner.content.end <= outer.content.end


def _denied_noun(ctx: Ctx, st: Statement) -> Statement | None:
    """'X accused Y of ..., *a charge* Y flatly denied': a closing denial does not relay the accusation it
    follows, it answers it; what it denies is the noun its clause hangs on ('a charge', 'an allegation',
    'claims'). None when the denial hangs on no noun."""
    cue = next((t for t in ctx.doc if t.idx == st.cue.start), None)
    if cue is None or cue.dep_ not in ("relcl", "acl") or cue.head.pos_ != "NOUN":
        return None
    noun = cue.head
    start = min([c.idx for c in noun.lefts if c.i < noun.i] + [noun.idx])
    end = noun.idx + len(noun.text)
    return replace(st, content=replace(st.content, start=start, end=end, text=ctx.doc.text[start:end]))


def _skip_time(doc: Any, k: int, start: int) -> int:
    """The last token before a closing time phrase: '..., he said *on Monday*', '..., it reported
    *late on Friday*', '..., he said *today*'."""
    j = k
    while j > start and (doc[j].ent_type_ in ("DATE", "TIME") or doc[j].lower_ in ("today", "yesterday")):
        j -= 1
    if j < k and j > start and doc[j].pos_ == "ADP" and doc[j].lower_ in ("on", "in", "at", "during"):
        j -= 1  # the preposition of the time phrase
    return j


MAX_TRAILING_PARTICIPLE = 12  # tokens in ', further raising fears of a siege around the city'


def _before_trailing_participle(doc: Any, sent: Any, k: int) -> int:
    """'..., the army claims*, further raising fears of a siege*.': a participle clause after a comma
    closes the sentence; the attribution ends before that comma. Returns the token before it, or ``k``."""
    for j in range(k, max(sent.start, k - MAX_TRAILING_PARTICIPLE) - 1, -1):
        if doc[j].text != ",":
            continue
        nxt = next((t for t in doc[j + 1 : k + 1] if t.pos_ != "ADV"), None)
        if nxt is not None and nxt.tag_ == "VBG" and j - 1 > sent.start and not doc[j - 1].is_punct:
            return j - 1
        return k  # the last comma opens something else
    return k


def _after_plural(doc: Any, k: int, start: int) -> bool:
    """'..., aid groups *say*', '..., the Armed Forces (SAF) *claim*': a bare verb form closes the
    sentence as a reporting verb after a plural noun (skipping an acronym in brackets)."""
    j = k - 1
    if j > start and doc[j].text == ")":
        while j > start and doc[j].text != "(":
            j -= 1
        j -= 1
    return j > start and doc[j].tag_ in ("NNS", "NNPS")


def _closing_cue(doc: Any, sent: Any) -> tuple[int, Cue] | None:
    """The reporting word that ends a sentence ('..., her former doctor *maintains*.', '..., he *said*
    Monday.'), whatever part of speech the tagger gave it; None when the sentence ends otherwise."""
    k = sent.end - 1
    while k > sent.start and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    k = _before_trailing_participle(doc, sent, k)
    k = _skip_time(doc, k, sent.start)
    tok = doc[k]
    if not tok.is_lower or not (tok.lower_.endswith(("s", "ed", "id", "ld", "te")) or _after_plural(doc, k, sent.start)):
        return None
    cue = lexicon().verbs.get(tok.lemma_.lower())
    if cue is None or cue.quote_only or cue.directive or " " in cue.lemma:
        return None
    return k, cue


def _closing_statement(ctx: Ctx, sent: Any) -> Statement | None:
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
    if np[0].pos_ not in _SPEAKER_START or any(t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ") or t.is_punct and
                                               t.text not in "()" for t in np):
        return None  # ', which the ministry denied', ', and officials said': not a bare speaker phrase
        # (an acronym in brackets, 'the Sudanese Armed Forces (SAF)', is part of the phrase)
    if any(t.text in QUOTE_MARKS for t in doc[sent.start : comma]):
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
    kind, content = kind_and_content(ctx, *chars)
    return make(ctx, speaker, ctx.span(doc[k].idx, doc[k].idx + len(doc[k].text)), kind, content, cue.lemma, cue.stance)


def _misread_verb_statement(ctx: Ctx, tok: Any) -> Statement | None:
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
    kind, content = kind_and_content(ctx, *chars)
    return make(ctx, speaker_mention(prev, ctx.actors, ctx.text), ctx.span(tok.idx, tok.idx + len(tok.text)), kind,
                content, cue.lemma, cue.stance)
