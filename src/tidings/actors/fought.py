"""Armed groups a state's forces act on: "Ethiopian troops attacked rebels in the north".

A bare armed-group noun ("rebels", "militants", "insurgents") with no country of its
own gets the article's home country as a guess. When the subject of the verb it is
the object of (directly, or through a preposition of that verb: "launched strikes on
rebel positions") is a state's armed force, the group is that state's rebels: an army
fights its own country's insurgents (CAMEO keys an insurgency by the state it
fights). Only groups whose key was the home guess are re-keyed.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import Draft, rehome, state_code

ARMED_SECTOR = "REB"
FORCE_SECTORS = {"MIL"}
OBJECT_DEPS = {"dobj", "pobj", "compound", "amod"}


def _governing_verb(tok: Any, depth: int = 4) -> Any | None:
    """The verb whose object phrase holds ``tok`` ("rebel" in "launched strikes on rebel positions")."""
    for _ in range(depth):
        if tok.dep_ not in OBJECT_DEPS and tok.dep_ != "prep":
            return None
        tok = tok.head
        if tok.pos_ == "VERB":
            return tok
    return None


def _force_subject(verb: Any, by_token: dict[int, Draft]) -> Draft | None:
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    d = by_token.get(subj.i) if subj is not None else None
    return d if d is not None and (d.key or "").split(".")[-1] in FORCE_SECTORS else None


def fought_groups(doc: Any, drafts: Sequence[Draft]) -> None:
    """Re-key home-guessed armed groups that a state's force acts on with that force's state."""
    by_token = {t: p for p in drafts if p.key and state_code(p.key) for t in range(p.start, p.end)}
    for d in drafts:
        if not d.key or "+home:" not in d.evidence or d.key.split(".")[-1] != ARMED_SECTOR:
            continue
        verb = _governing_verb(doc[d.start : d.end].root)
        if verb is not None:
            rehome(d, _force_subject(verb, by_token), "fought by")
