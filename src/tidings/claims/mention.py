"""Mentions: one stance on one proposition signature, and the helpers every kind of mention shares.

A ``Mention`` is what each mechanism produces and what assembly groups into claims:
the signature, the ``ClaimStance`` (made by ``make_stance``) and where it sits in the
text. Also here: the surface forms of the document's coded parties ('germany' ->
'DEU') and the names they start or end a run of words with, a statement's content
words, and what counts as a deed (material cooperation or conflict) that can be alleged.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..errors import DataError
from ..events import codebook
from ..records import ActorMention, ClaimStance, Document, Event, Stance, Statement, TextSpan
from .lexicon import WITHHOLDING
from .propositions import Signature, party

MAX_NAME_WORDS = 4
MATERIAL_QUADS = (2, 4)  # CAMEO quad classes of deeds: material cooperation, material conflict


@dataclass(frozen=True, slots=True)
class Mention:
    """One stance on one signature, with where it sits in the text (for ordering)."""

    sig: Signature
    stance: ClaimStance
    at: int
    event: Event | None = None


def make_stance(document: Document, st: Statement | None, holder: str | None, name: str | None, stance: Stance,
                content: TextSpan | None, statement: int | None, event: int | None) -> ClaimStance:
    """A stance of this document (its date and id), held by ``holder``."""
    return ClaimStance(holder, name, stance, content, statement, event, date=document.date, document=document.id)


def content_words(st: Statement) -> list[str]:
    """The statement's content, lower-cased, split into words stripped of punctuation."""
    return [w.strip(".,;:\"'") for w in st.content.text.lower().replace("’", "'").split()]


WITHHELD_LEAD = 4  # words before a denial cue that take it back: 'has *not* denied', 'refused to confirm *or* deny'


def withheld_denial(text: str, st: Statement) -> bool:
    """'Moscow has *not* denied the report', 'the Kremlin *refused* to confirm *or* deny it', '*neither*
    confirmed *nor* denied': a denial cue negated or left open is no denial (nor an assertion)."""
    return st.stance == "denies" and withheld_cue(text, st)


def withheld_cue(text: str, st: Statement) -> bool:
    """'Reuters *has not* confirmed the arrest', 'the ministry *declined to* comment on the strike', 'Moscow
    has *not* denied the report': a cue negated or left open in its own clause says neither yes nor no."""
    before = text[max(0, st.cue.start - 60) : st.cue.start].replace("’", "'")
    before = before[max(before.rfind(","), before.rfind(";"), before.rfind(".")) + 1 :]  # the cue's own clause
    lead = [w.strip(".,;:\"'“”").lower() for w in before.split()]
    return any(w in WITHHOLDING or w.endswith("n't") for w in lead[-WITHHELD_LEAD:])


def known_parties(events: Sequence[Event], statements: Sequence[Statement],
                  actors: Sequence[ActorMention] = ()) -> dict[str, str]:
    """Surface forms of coded actors in this document ('germany' -> 'DEU'): the parties of its events and
    speakers first, then any other coded mention of the actors stage ('denied *Nairobi's* report', where
    Nairobi is neither a doer nor a speaker)."""
    out: dict[str, str] = {}
    mentions = [m for e in events for m in (e.source, e.target) if m is not None]
    mentions += [st.speaker for st in statements if st.speaker is not None]
    mentions += list(actors)
    for m in mentions:
        p = party(m.key)
        if p is None:
            continue
        for form in (m.text, m.name):
            if form:
                out.setdefault(form.lower().removeprefix("the "), p)
    return out


def party_ending(words: list[str], known: dict[str, str]) -> str | None:
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        form = " ".join(words[-n:]).lower().strip(".,;:\"'").removeprefix("the ")
        if form in known:
            return known[form]
    return None


def party_starting(words: list[str], known: dict[str, str]) -> str | None:
    for n in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        form = " ".join(words[:n]).lower().strip(".,;:\"'").removeprefix("the ")
        if form in known:
            return known[form]
    return None


def allegeable(m: Mention) -> bool:
    """An allegation is about a deed (aid, arms, attacks, seizures), not about talk or meetings."""
    return m.event is None or is_deed(m.event)


def is_deed(e: Event) -> bool:
    """A deed is material cooperation or conflict (CAMEO quad classes 2 and 4)."""
    quad = e.quad_class
    if quad is None and e.cameo:
        try:
            quad = codebook.info(e.cameo).quad_class
        except DataError:
            return True
    return quad in MATERIAL_QUADS
