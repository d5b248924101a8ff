"""Cited reasons: an act against a party, done 'citing' a wrong, asserts the wrong that party is alleged to do.

'Four states cut ties with Qatar, *citing terrorism* ... Bahrain accused the Qataris of
*backing terrorism*': the reason cited for an act against Qatar is named by the words an
allegation against Qatar was told with, so each state citing it asserts that allegation.
The cited words must share a word (by its stem) with the alleged deed's phrase (its
trigger and the few words after it), the deed's doer must be the party the citing
speaker acts against in the same sentence, and only one such deed may fit. An act told in the
article's own voice with a reason marker after it ('expelled two diplomats *over* smuggling')
is its doer's word on the same terms.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..records import Document, Event, Statement
from .echoes import stem
from .lexicon import REASON_CUES, REASON_MARKERS
from .mention import Mention, allegeable, content_words, make_stance
from .propositions import Signature, party

PHRASE_WORDS = 3  # words after a deed's trigger that name what it is about: 'backing *terrorism*'
MAX_REASON_LEAD = 8  # words from an act to its reason marker: 'recalled its ambassador from Minsk last week *over*'
MIN_REASON_WORD = 5  # characters of a cited word that can name a deed ('terrorism', not 'and' or 'law')
_WORD = re.compile(r"[\w'’-]+")


def cited_reasons(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                  mentions: list[Mention]) -> list[Mention]:
    """Each 'citing ...' statement whose cited words name the one deed alleged of the party its speaker acts
    against asserts that deed."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.speaker is None or not st.speaker.key or st.cue.text.lower() not in REASON_CUES:
            continue
        me = party(st.speaker.key)
        against = {party(e.target.key) for e in events if e.target is not None and e.source is not None
                   and party(e.source.key) == me and e.trigger.end <= st.cue.start
                   and "." not in document.text[e.trigger.end : st.cue.start]} - {None, me}
        cited = {stem(w) for w in content_words(st) if len(w) >= MIN_REASON_WORD}
        sig = _the_deed_alleged(document, mentions, against, me, cited)
        if sig is None:
            continue
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "asserts", st.content, si, None)
        out.append(Mention(sig, cs, st.content.start, None))
    return out


def act_reasons(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                mentions: list[Mention]) -> list[Mention]:
    """'Latvia expelled two Belarusian diplomats *over smuggling*': an act against a party told in the
    article's own voice, with a reason marker after it in the same clause, asserts (as the act's doer)
    the one deed alleged of that party whose phrase the reason's words share a word with."""
    out: list[Mention] = []
    for ei, e in enumerate(events):
        if e.source is None or e.target is None or not e.source.key or e.status != "asserted":
            continue
        if any(st.content.start <= e.trigger.start < st.content.end or st.cue.start <= e.trigger.start < st.cue.end
               for st in statements):
            continue  # told in a statement: the 'citing' statement, if any, carries it
        me, them = party(e.source.key), party(e.target.key)
        reason = _reason_words(document.text, e)
        if not reason or them in (None, me):
            continue
        sig = _the_deed_alleged(document, mentions, {them}, me, reason)
        if sig is None:
            continue
        cs = make_stance(document, None, e.source.key, e.source.name or e.source.text, "asserts", e.trigger, None, ei)
        out.append(Mention(sig, cs, e.trigger.start, None))
    return out


def _the_deed_alleged(document: Document, mentions: list[Mention], accused: set[str | None], me: str | None,
                      words: set[str]) -> Signature | None:
    """The signature of the one deed alleged of one of ``accused`` by a holder other than ``me`` whose phrase
    shares a word with ``words``; None when there is no such deed or more than one."""
    sigs = {m.sig for m in mentions if m.event is not None and allegeable(m) and party(m.sig[0]) in accused
            and m.stance.stance in ("asserts", "repeats") and party(m.stance.holder) != me
            and words & _phrase(document.text, m.event)}
    return _one(sigs) if len(sigs) == 1 else None


def _reason_words(text: str, e: Event) -> set[str]:
    """Stems of the words after a reason marker following an act in its clause ('expelled diplomats *over*
    alleged smuggling'), or none."""
    clause = re.split(r"[.;:!?\n]", text[e.trigger.end :], maxsplit=1)[0]
    words = _WORD.findall(clause)[:MAX_REASON_LEAD]
    for j, w in enumerate(words):
        if w.lower() in REASON_MARKERS:
            return {stem(x) for x in words[j + 1 : j + 1 + PHRASE_WORDS + 1] if len(x) >= MIN_REASON_WORD}
    return set()


def _one(sigs: set[Signature]) -> Signature:
    return next(iter(sigs))


def _phrase(text: str, e: Event) -> set[str]:
    """Stems of a deed's trigger and the words right after it, up to the clause's end: 'backing terrorism'."""
    rest = re.split(r"[.,;:!?\n]", text[e.trigger.end :], maxsplit=1)[0]
    words = e.trigger.text.split() + _WORD.findall(rest)[:PHRASE_WORDS]
    return {stem(w) for w in words if len(w) >= MIN_REASON_WORD}
