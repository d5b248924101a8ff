"""Pass 2, reporting verbs: every reporting verb outside a quote with a speaker and a content span.

The speaker and the content come from the parse (speaker.py, indirect.py); the
statement is indirect, or mixed when the content holds quoted words, and words the
quote pass already reported are not reported again. A negated content ('said Iran
had *not* supplied ...') or a naming cue with a word of dismissal ('called the claims
*unfounded*') turns an assertion into a denial; a speech act under 'if' did not happen.
"""

from __future__ import annotations

from typing import Any

from ..records import Stance, Statement
from .animacy import can_speak, names_someone
from .conjoined import end_before_conjoined, outer_report
from .context import Ctx, cue_span_of, kind_and_content, make
from .cues import Cue, lexicon, verb_cue
from .indirect import reports_object, verb_content
from .quotes import quote_at
from .speaker import speaker_token, speakers


def verb_pass(ctx: Ctx) -> list[Statement]:
    """The statements of every reporting verb in the body outside a quote."""
    out: list[Statement] = []
    for tok in ctx.doc:
        if not ctx.in_body(tok.idx) or quote_at(ctx.quotes, tok.idx) is not None:
            continue
        cue = verb_cue(tok)
        if cue is None or cue.quote_only:
            continue
        if _hypothetical(tok) or _evidential_adjunct(tok, cue) or _asked_of_subject(tok, cue) or _questioned(tok):
            continue
        out.extend(_verb_statement(ctx, tok, cue))
    return out


def _verb_statement(ctx: Ctx, tok: Any, cue: Cue) -> list[Statement]:
    outer = outer_report(tok, ctx.actors)
    who = speaker_token(tok if outer is None else outer)
    span = verb_content(tok, cue) if who is not None else None
    if span is not None:
        span = end_before_conjoined(tok, span, ctx.actors)
    if who is None or span is None or span[0] <= who.i < span[1]:
        return []
    if reports_object(tok, cue) and not can_speak(who, ctx.actors):
        return []  # 'the heatwave stressed the grid': an act, not speech
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if cue.lemma in lexicon().source_objects and obj is not None and names_someone(obj, ctx.actors):
        return []  # 'cited a senior official', 'quoted the minister': a source, not a claim
    if cue.lemma in lexicon().acts_on_people and _acted_on(tok, obj, span, ctx):
        return []  # 'dismissed his interior minister': an act on a person, not speech
    if _not_a_message(cue, obj, ctx):
        return []  # 'rebels spread chaos': an act, not a message passed on
    if _addressee_only(cue, obj, span, ctx):
        return []  # 'the US urged Iran on Monday': whom it asked, not what
    doc = ctx.doc
    start, end = doc[span[0]].idx, doc[span[1] - 1].idx + len(doc[span[1] - 1].text)
    if any(a < end and start < b and not _nested(tok, cue_at, start, end) and not _reported_within(tok, a, b, cue_at)
           for a, b, cue_at in ctx.quoted):
        return []  # the quote pass already has these words, verbatim (unless their cue is part of this report)
    kind, content = kind_and_content(ctx, start, end)
    stance: Stance = cue.stance
    if stance in ("asserts", "repeats") and (_negated(doc, *span) or _dismissed(doc, tok, span)):
        stance = "denies"
    cue_span = cue_span_of(ctx, tok, cue)
    out = [make(ctx, sp, cue_span, kind, content, cue.lemma, stance) for sp in speakers(ctx.actors, ctx.text, who, tok if outer is None else outer)]
    return [st for st in out if st is not None]


def _addressee_only(cue: Cue, obj: Any, span: tuple[int, int], ctx: Ctx) -> bool:
    """A directive cue whose content is nothing but its object, and the object names someone ('urged
    *Iran*', 'pressed *the minister*'): the one asked, with nothing asked of them ('urged *restraint*' asks)."""
    if not cue.directive or obj is None:
        return False
    return _object_only(obj, span) and names_someone(obj, ctx.actors)


def _not_a_message(cue: Cue, obj: Any, ctx: Ctx) -> bool:
    """A message verb ('spread', 'circulate') whose object is no message noun and holds no quotation:
    'militants spread *fear*' is an act; 'spread *rumours* that ...', 'spread "fakes"' pass words on."""
    if cue.lemma not in lexicon().message_verbs or obj is None:
        return False
    if obj.lemma_.lower() in lexicon().message_nouns or obj.lower_ in lexicon().message_nouns:
        return False
    sub = list(obj.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return not any(q.start < end and start < q.end for q in ctx.quotes)


def _acted_on(verb: Any, obj: Any, span: tuple[int, int], ctx: Ctx) -> bool:
    """'dismissed *his interior minister*': the only content is an object naming someone, with no 'as'
    phrase saying what the speaker called them ('dismissed Estonia *as* a suburb' is speech)."""
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "as" for c in list(verb.children) + list(obj.children)):
        return False
    return _object_only(obj, span) and names_someone(obj, ctx.actors)


def _object_only(obj: Any, span: tuple[int, int]) -> bool:
    """The content span is no more than the object's phrase."""
    sub = list(obj.subtree)
    return span[0] >= sub[0].i and span[1] <= sub[-1].i + 1


def _nested(verb: Any, char: int, start: int, end: int) -> bool:
    """The cue at ``char`` lies inside the content [start, end) of ``verb`` and does not govern ``verb``:
    'the governor said, *most voters have come to believe* "..."' reports the quote its inner cue
    attributes; '"...," Obama *said* ... where Clinton also spoke' is not part of what Clinton said."""
    if not start <= char < end:
        return False
    inner = next((t for t in verb.sent if t.idx == char), None)
    return inner is not None and not inner.is_ancestor(verb)


def _reported_within(verb: Any, start: int, end: int, char: int) -> bool:
    """``verb`` is a report inside the words [start, end) that the quote pass attributed to the cue at
    ``char``, and that cue governs it: 'Moscow *rejects* the claims about "mercenaries", TASS reports'
    holds Moscow's rejection, as TASS's report of it (which of the two stands is for drop_relayed)."""
    if not start <= verb.idx < end:
        return False
    outer = next((t for t in verb.sent if t.idx == char), None)
    return outer is not None and outer.is_ancestor(verb)


def _negated(doc: Any, start: int, end: int) -> bool:
    """The content's main verb is negated ('Iran has not supplied ...')."""
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return any(c.dep_ == "neg" for c in tok.children)
    return False


_NAMING = ("oprd", "acomp", "attr", "xcomp", "dobj", "ccomp")


def _dismissed(doc: Any, verb: Any, span: tuple[int, int]) -> bool:
    """'called Ukraine's claims *unfounded*', 'labelling it "false"': a naming cue whose complement
    is a word of dismissal rejects what it names."""
    if verb.lemma_.lower() not in ("call", "describe", "label", "term", "brand", "dub", "characterise", "characterize"):
        return False
    words = lexicon().dismissals
    return any(t.lower_ in words and (t.head.i == verb.i or t.head.head.i == verb.i or t.dep_ == "conj")
               for t in doc[span[0] : span[1]])


def _evidential_adjunct(verb: Any, cue: Cue) -> bool:
    """'the army shelled the city, *highlighting* the danger', 'rebels took the airport, the government
    said, *underlining* the fragility of the truce': a participle of an evidential verb hung on a clause
    comments on the event, unless that clause is its speaker's own report told first ('the minister spoke
    on Monday, highlighting the need for reform')."""
    if cue.lemma not in lexicon().evidential_verbs or verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return False
    head = verb.head
    if verb_cue(head) is None:
        return True  # an act or an event, not a report, is what highlights
    return any(c.dep_ == "ccomp" and c.i < head.i for c in head.children)  # 'X happened, Y said, highlighting'


def _asked_of_subject(verb: Any, cue: Cue) -> bool:
    """'*Asked* whether talks would resume, the minister said ...', 'when *asked* if he would resign',
    'the envoy *was urged* to leave': a directive cue in the passive names the one asked, not who asked;
    its subject says nothing by it."""
    if not cue.directive or verb.tag_ not in ("VBN", "VBD"):  # the tagger reads a fronted 'Asked' either way
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.dep_ == "advcl" and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children)


def _questioned(verb: Any) -> bool:
    """'*Does* the administration *believe* the ceasefire will hold?', 'Did the minister say ...?': a
    reporting verb whose auxiliary comes before its subject in a question asks; nothing is said."""
    last = next((t for t in reversed(verb.sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ in ("aux", "auxpass") and c.i < subj.i for c in verb.children)


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
