"""State media relaying a state's words: "Egypt said it would cut ties, the state news agency reported".

"State media" with no country in its phrase gets the article's home country
as a guess. When it reports a state's own statement ("<state> said / announced
that ...", the relayed clause itself reporting a clause), it is that state's
voice: the state whose words it carries, whatever country the article is
mostly about. The reporting frame is read from the parse: the state media is
the subject of the reporting verb, or the object of "according to" on it, and
the clause it reports has a named state as its subject and a clause of its own.
A state it merely reports about ("state television said Israel struck ...")
is not its owner, and a pronoun subject is left alone. When two states speak
together ("Egypt and Bahrain said they would cut ties, state media reported")
the media is one of theirs, neither more likely: it stays unresolved rather
than take either, or the home guess.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import Draft, state_code
from .lexicon import lexicon

SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = ("ccomp", "parataxis")


def _reporting_verb(tok: Any) -> Any | None:
    """The verb whose report the state media gives: its subject ("..., state media said") or "according to" it."""
    if tok.dep_ in SUBJECTS:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return tok.sent.root  # "X said ..., according to state media": the parse hangs "according" anywhere
    return None


def _speaking_state(verb: Any, own: Any, states: Sequence[Draft]) -> Draft | None:
    """The named state that is the subject of a reported clause which itself reports a clause."""
    clauses = [verb] if own.dep_ == "pobj" else [c for c in verb.children if c.dep_ in CLAUSES]
    for clause in clauses:
        if not any(c.dep_ in CLAUSES for c in clause.children):
            continue  # "state media said Israel struck ...": a report about a state, not its words
        subj = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if subj is None or subj.i == own.i:
            continue
        hit = next((d for d in states if d.start <= subj.i < d.end), None)
        if hit is not None:
            return hit
    return None


def _joint(subj_state: Draft, doc: Any, states: Sequence[Draft]) -> bool:
    """"Egypt and Bahrain said ...": the voice is one of two states, neither more likely than the other."""
    tok = doc[subj_state.start : subj_state.end].root
    own = state_code(subj_state.key)
    for c in tok.children:
        if c.dep_ == "conj" and any(d.start <= c.i < d.end and state_code(d.key) != own for d in states):
            return True
    return False


def relayed(doc: Any, drafts: Sequence[Draft]) -> None:
    """Re-key unanchored state media that relay a named state's statement to that state."""
    voices = lexicon().state_voices
    if not voices:
        return
    states = [d for d in drafts if d.kind == "state" and state_code(d.key) and not d.boiler]
    for d in drafts:
        if (d.role or "") not in voices or "+home:" not in d.evidence or not d.key:
            continue
        own = doc[d.start : d.end].root
        verb = _reporting_verb(own)
        if verb is None:
            continue
        state = _speaking_state(verb, own, states)
        code = state_code(state.key) if state is not None else None
        if state is None or code is None:
            continue
        if _joint(state, doc, states):  # two states speak: the relaying media is either's, so neither is guessed
            d.key, d.anaphor = None, None
            d.evidence = f"{d.evidence.split('+home:')[0]}+relays two states: unresolved"
            continue
        sector = d.key.split(".", 1)[1] if "." in d.key else "GOV"
        d.key, d.strength, d.anaphor = f"{code}.{sector}", 2, None
        d.evidence = f"{d.evidence.split('+home:')[0]}+relays:{state.text!r} ({state.key})"
