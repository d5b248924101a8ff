"""Speaker continuity: 'he said' / 'the official added' right after a named speaker's statement.

News quotes run in chains: a named speaker, then 'he added', 'the minister
said'. When the actor layer could not name such a pronoun or description, the
nearest preceding named speaker of a compatible kind (a person for he/she, an
organisation for 'it') within a few sentences is taken as the referent.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..records import ActorMention, Statement

MAX_GAP = 3  # sentences between the named statement and the pronoun one
_PERSONAL = {"he", "she", "him", "her"}
_IMPERSONAL = {"it"}
_PLURAL = {"they", "we"}


def _is_named(m: ActorMention) -> bool:
    return bool(m.key and m.name and m.name != m.text or m.kind == "person" and m.key)


def _is_person(m: ActorMention) -> bool:
    return m.kind == "person" or bool(m.name and len(m.name.split()) >= 2 and m.name.istitle())


def _needs_referent(m: ActorMention) -> bool:
    if m.name and m.name != m.text:
        return False
    return m.kind in ("pronoun", "description") or m.text.lower() in _PERSONAL | _IMPERSONAL | _PLURAL


def _compatible(m: ActorMention, prior: ActorMention, gap: int) -> bool:
    word = m.text.lower()
    if word in _PERSONAL:
        return _is_person(prior)
    if word in _IMPERSONAL:
        return not _is_person(prior)
    if word in _PLURAL:
        return True
    if word.endswith("s"):
        return False  # 'the allies', 'reports': a plural description is not the last speaker
    # a description ('the official', 'the minister'): the same party when the actor layer coded one,
    # or any party when it follows the named speaker's statement directly
    same = m.key is None or m.key.split(".")[0] == (prior.key or "").split(".")[0]
    return _is_person(prior) and (same or gap <= 1)


def carry_speakers(statements: Sequence[Statement]) -> list[Statement]:
    """Statements in text order, unnamed pronoun/description speakers filled from the chain."""
    out: list[Statement] = []
    prior: tuple[ActorMention, int] | None = None
    for st in sorted(statements, key=lambda s: s.cue.start):
        sp = st.speaker
        if sp is not None and _needs_referent(sp) and prior is not None and st.sentence - prior[1] <= MAX_GAP:
            if _compatible(sp, prior[0], st.sentence - prior[1]):
                sp = replace(sp, key=prior[0].key, name=prior[0].name, entity=prior[0].entity)
                st = replace(st, speaker=sp)
        if sp is not None and _is_named(sp):
            prior = (sp, st.sentence)
        out.append(st)
    return out
