"""Receipts: an aid proposition seen from the receiving end.

'Russia has received a new batch of drones from Tehran' (IRN AID RUS), 'denied
receiving any money from abroad' (? AID speaker), 'Yerevan said it had bought
artillery from India' (IND AID ARM: a purchase is the seller's supply): a statement with no coded
proposition whose content says its subject received something joins the aid
proposition already in the article with that receiver (and that giver, when named);
it never starts one.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..records import Document, Event, Stance, Statement
from ..statements.cues import is_directive
from .lexicon import NEGATORS, RECEIPT_AUXILIARIES, RECEIVE, SPEAKER_PRONOUNS
from .mention import Mention, known_parties, make_stance, party_ending, party_starting
from .propositions import party

MAX_RECEIPT_SPAN = 120  # characters from the verb to 'from <giver>'
AID_TYPE = "AID"
_FROM = re.compile(r"\bfrom\s+")


def receipts(document: Document, events: Sequence[Event], statements: Sequence[Statement],
             mentions: list[Mention]) -> list[Mention]:
    """'Russia has received a new batch of drones from Tehran' (IRN AID RUS); 'denied receiving any
    money from abroad' (? AID speaker): a statement with no coded proposition whose content says its
    subject received something joins the aid proposition, already in the article, that has that
    receiver (and that giver, when named); an unnamed giver must leave only one such proposition."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    aid = {m.sig for m in mentions if m.sig[1] == AID_TYPE and m.sig[2] is not None}
    if not aid:
        return []
    known = known_parties(events, statements)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.speaker is None or not st.speaker.key or is_directive(st.cue_lemma):
            continue
        verb = RECEIVE.search(st.content.text)
        if verb is None:
            continue
        found = _receipt_parties(st.content.text, verb.start(), party(st.speaker.key), known)
        if found is None:
            continue
        giver, receiver, negated = found
        fits = {sig for sig in aid if sig[2] == receiver and (giver is None or party(sig[0]) == giver)}
        if len(fits) != 1 or party(next(iter(fits))[0]) == receiver:
            continue
        stance: Stance = st.stance
        if negated and stance in ("asserts", "repeats"):
            stance = "denies"
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, stance, st.content, si, None)
        out.append(Mention(fits.pop(), cs, st.content.start, None))
    return out


def _receipt_parties(text: str, at: int, speaker: str | None,
                     known: dict[str, str]) -> tuple[str | None, str | None, bool] | None:
    """(giver or None, receiver, negated) of 'X has (not) received ... from Y' or 'X bought ... from Y' in a
    statement's content; a content that opens with the verb ('denied *receiving* any money') or with a
    pronoun for the speaker ('said *it* had purchased artillery from India') has the speaker as receiver."""
    words = text[:at].replace("’", "'").split()
    negated = any(w.lower() in NEGATORS for w in words[-3:])
    while words and words[-1].lower().strip(",") in RECEIPT_AUXILIARIES:
        words.pop()
    receiver = speaker if not words or _speaker_pronoun(words) else party_ending(words, known)
    if receiver is None:
        return None
    giver = None
    for m in _FROM.finditer(text, at, min(len(text), at + MAX_RECEIPT_SPAN)):
        after = text[m.end():].split()
        giver = party_starting(after, known)
        if giver is not None:
            break
        named = [w for w in after[:2] if w.lower() != "the"][:1]
        if named and named[0][:1].isupper():
            return None  # 'from Slovakia', a giver not coded here: some other proposition
    return giver, receiver, negated


def _speaker_pronoun(words: list[str]) -> bool:
    """The subject before the verb is one pronoun standing for the speaker ('*it* had bought')."""
    return len(words) == 1 and words[0].lower().strip(",\"'“”") in SPEAKER_PRONOUNS
