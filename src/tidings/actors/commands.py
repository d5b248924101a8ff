"""Addressed forces: "Maduro ordered soldiers to hold the border", "Guaido urged soldiers to abandon Maduro".

A force noun with no country of its own ("soldiers", "troops", "police") gets
the article's home country as a guess. Addressed by a verb of command
(``command_verbs`` in actors_sectors.json: order, urge, instruct, call on ...)
whose subject is a state's actor, it is that state's force: a leader or an
opposition leader addresses their own country's soldiers. Verbs that move a
force (deploy, send) are not listed: their object is what is moved, and the
event's other party is elsewhere. Only armed forces and police are re-keyed,
and only when their key was the home-country guess.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import Draft, rehome, state_code
from .lexicon import lexicon

FORCE_SECTORS = {"MIL", "COP"}
RELATIVES = {"who", "which", "that"}


def _subject_of(verb: Any) -> Any | None:
    """The subject of a verb, or of the verb it is coordinated with ("Maduro met them and ordered troops")."""
    while True:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subj
        verb = verb.head


def _commander(doc: Any, d: Draft, by_token: dict[int, Draft]) -> Draft | None:
    """The state actor whose verb of command takes the force noun as its object."""
    root = doc[d.start : d.end].root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in lexicon().command_verbs:
        return None
    subj = _subject_of(verb)
    if subj is not None and subj.lower_ in RELATIVES and verb.dep_ == "relcl":
        subj = verb.head  # "Guaido, who urged soldiers to ...": the noun the relative clause describes
    return by_token.get(subj.i) if subj is not None else None


def commanded(doc: Any, drafts: Sequence[Draft]) -> None:
    """Re-key home-guessed force nouns that are the object of a state actor's verb of command."""
    if not lexicon().command_verbs:
        return
    by_token = {t: p for p in drafts if p.key and state_code(p.key) and p.kind != "place" for t in range(p.start, p.end)}
    for d in drafts:
        if not d.key or "+home:" not in d.evidence or d.key.split(".")[-1] not in FORCE_SECTORS:
            continue
        rehome(d, _commander(doc, d, by_token), "commanded by")
