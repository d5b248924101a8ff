"""Corroborations: a third party backing an allegation already contested in the article repeats it.

'Romania said it had *credible information* that Russian funds were stirring unrest in
Moldova': a statement with an allegation or evidence word that codes no deed of its
own, names both the accused party and the party acted on, and fits exactly one
contested deed alleged earlier by someone else, from a speaker who is neither party.
"""

from __future__ import annotations

from typing import Sequence

from ..records import ActorMention, Document, Event, Statement
from ..statements.cues import is_directive
from .lexicon import ALLEGATION_WORDS, EVIDENCE_WORDS, LACKING, NEGATORS
from .mention import Mention, allegeable, content_words, is_deed, make_stance
from .propositions import Signature, party


def corroborations(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                   mentions: list[Mention], actors: Sequence[ActorMention]) -> list[Mention]:
    """'Romania said it had *credible information* that Russian funds were stirring unrest in Moldova':
    a third party that backs, with an allegation or evidence word, an allegation already contested in
    the article relays it. The statement codes no deed of its own, names both the accused party and
    the party acted on, and that pair fits exactly one contested deed alleged earlier by someone else;
    the speaker is neither of the two parties nor already a holder of it."""
    contested = _contested(mentions)
    if not contested or not actors:
        return []
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    first: dict[Signature, int] = {}
    holders: dict[Signature, set[str | None]] = {}
    for m in mentions:
        if m.sig in contested and allegeable(m):
            holders.setdefault(m.sig, set()).add(party(m.stance.holder))
            if m.stance.stance in ("asserts", "repeats"):
                first[m.sig] = min(first.get(m.sig, m.at), m.at)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.stance != "asserts" or st.speaker is None or not st.speaker.key \
                or is_directive(st.cue_lemma):
            continue
        words = content_words(st)
        backing = [i for i, w in enumerate(words) if w in ALLEGATION_WORDS or w in EVIDENCE_WORDS]
        if not backing or any(w in NEGATORS or w in LACKING for w in words[:backing[0]]):
            continue  # 'said it had *no* evidence that ...' backs nothing
        c = st.content
        if any(c.start <= e.trigger.start < c.end and is_deed(e) for e in events):
            continue  # it codes a deed of its own: that deed is its proposition
        named = {party(a.key) for a in actors if a.key and c.start <= a.start and a.end <= c.end} - {None}
        me = party(st.speaker.key)
        fits = {sig for sig, at in first.items() if at < c.start and sig[2] is not None
                and party(sig[0]) in named and sig[2] in named
                and me not in (party(sig[0]), sig[2]) and me not in holders.get(sig, set())}
        if len(fits) != 1:
            continue
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "repeats", c, si, None)
        out.append(Mention(fits.pop(), cs, c.start, None))
    return out


def _contested(mentions: Sequence[Mention]) -> set[Signature]:
    kinds: dict[Signature, set[str]] = {}
    for m in mentions:
        kinds.setdefault(m.sig, set()).add(m.stance.stance)
    return {sig for sig, ks in kinds.items() if ks & {"asserts", "repeats"} and ks & {"denies", "questions"}}
