"""Doubts: a statement that tells a deed only to doubt, disprove or dismiss it.

'Tehran said there was *no evidence* that it had sent drones', 'officials said they
*doubted* Iran had sent drones': the deed is told inside the statement, but what the
speaker says of it is that it is unproven: the speaker questions it. 'said *reports*
that it had sent drones were *unfounded*': the deed is an allegation the speaker names
and then calls false: the speaker denies it. A canceller keeps the assertion: 'there is *no*
doubt that Iran sent drones', 'proved *beyond* doubt'. Only the words between the
content's start and the deed, in the same clause, count.
"""

from __future__ import annotations

import re

from ..records import Event, Stance, Statement
from .lexicon import ALLEGATION_WORDS, DISMISSIVE_WORDS, DOUBT_CANCELLERS, DOUBT_WORDS, EVIDENCE_WORDS, LACKING, NEGATORS

MAX_DOUBT_LEAD = 8  # words from the doubting word to the deed: 'no evidence that the government had ever *sent*'
MAX_LACK_LEAD = 3  # words from a lack to the proof it lacks: 'had *not* presented any *evidence*'
_CLAUSE_BREAK = re.compile(r"[.,;!?]|\bbut\b|\bwhile\b")  # a comma too: "no evidence of wrongdoing, which had attacked"


def doubted(text: str, st: Statement, e: Event) -> Stance | None:
    """The speaker's stance on a deed its statement tells under a doubt: 'questions' after a lack of
    proof or a doubting word, 'denies' when the deed is a named allegation the content calls false,
    else None (the statement's own stance stands)."""
    c = st.content
    if not (c.start <= e.trigger.start < c.end):
        return None
    lead = text[c.start : e.trigger.start]
    breaks = list(_CLAUSE_BREAK.finditer(lead))
    lead = lead[breaks[-1].end() :] if breaks else lead
    words = _words(lead)[-MAX_DOUBT_LEAD:]
    rest = text[e.trigger.end : c.end]
    stop = _CLAUSE_BREAK.search(rest)
    if _dismissed_allegation(words, _words(rest[: stop.start()] if stop else rest)):
        return "denies"
    if _lacks_proof(words) or _doubts(words):
        return "questions"
    return None


def _words(s: str) -> list[str]:
    return [w.strip(".,;:\"'“”()") for w in s.lower().replace("’", "'").split()]


def _lacks_proof(words: list[str]) -> bool:
    """'there was *no evidence* that', 'had *not* presented any *proof*': proof said to be lacking."""
    return any(w in EVIDENCE_WORDS and any(n in LACKING or n in NEGATORS for n in words[max(0, j - MAX_LACK_LEAD) : j])
               for j, w in enumerate(words))


def _doubts(words: list[str]) -> bool:
    """'*doubted* that', 'was *sceptical* that': a doubting word not cancelled right before it ('no doubt')."""
    return any(w in DOUBT_WORDS and (j == 0 or words[j - 1] not in DOUBT_CANCELLERS) for j, w in enumerate(words))


def _dismissed_allegation(before: list[str], after: list[str]) -> bool:
    """'*reports* that it had sent drones were *unfounded*': the deed is told as an allegation (an
    allegation word before it) of which the rest of the clause says it is false (a dismissive word
    after the deed). A dismissive word before it ('spread *fake* information that ...') may be the
    article's word for the speaker's own claim, so it does not count."""
    if not any(w in ALLEGATION_WORDS and w not in DISMISSIVE_WORDS for w in before):
        return False
    return any(w in DISMISSIVE_WORDS for w in after)
