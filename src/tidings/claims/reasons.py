"""Cited reasons: an act against a party, done 'citing' a wrong, asserts the wrong that party is alleged to do.

'Four states cut ties with Qatar, *citing terrorism* ... Bahrain accused the Qataris of
*backing terrorism*': the reason cited for an act against Qatar is named by the words an
allegation against Qatar was told with, so each state citing it asserts that allegation.
The cited words must share a word (by its stem) with the alleged deed's phrase (its
trigger and the few words after it), the deed's doer must be the party the citing
speaker acts against in the same sentence, and only one such deed may fit.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..records import Document, Event, Statement
from .echoes import stem
from .lexicon import REASON_CUES
from .mention import Mention, allegeable, content_words, make_stance
from .propositions import Signature, party

PHRASE_WORDS = 3  # words after a deed's trigger that name what it is about: 'backing *terrorism*'
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
        sigs = {m.sig for m in mentions if m.event is not None and allegeable(m) and party(m.sig[0]) in against
                and m.stance.stance in ("asserts", "repeats") and party(m.stance.holder) != me
                and cited & _phrase(document.text, m.event)}
        if len(sigs) != 1:
            continue
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "asserts", st.content, si, None)
        out.append(Mention(_one(sigs), cs, st.content.start, None))
    return out


def _one(sigs: set[Signature]) -> Signature:
    return next(iter(sigs))


def _phrase(text: str, e: Event) -> set[str]:
    """Stems of a deed's trigger and the words right after it, up to the clause's end: 'backing terrorism'."""
    rest = re.split(r"[.,;:!?\n]", text[e.trigger.end :], maxsplit=1)[0]
    words = e.trigger.text.split() + _WORD.findall(rest)[:PHRASE_WORDS]
    return {stem(w) for w in words if len(w) >= MIN_REASON_WORD}
