"""The party of the scene: an uncoded speaker takes the country its sentence opens with.

'In Kenya, *negotiators* said ...', 'After the Ethiopian army shelled the town, *witnesses*
said ...', 'Mali will expel the envoy, *sources* said': a description or name the actor layer
could not code (no country word of its own, no role it knows) and no earlier speaker of the
chain named speaks from the scene its sentence sets up before it, so it is given the party
(country or organisation, not the sector) of the first coded mention ahead of it in that
sentence. A pronoun is left to the chain of speakers (continuity); a speaker with nothing
coded before it in its sentence stays uncoded.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..records import ActorMention, Statement
from .context import Ctx

_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "this", "these", "those"}


def _uncoded(sp: ActorMention | None) -> bool:
    """A speaker with no key that is no pronoun (those look back along the chain of speakers)."""
    return sp is not None and not sp.key and sp.kind != "pronoun" and sp.text.lower() not in _PRONOUNS


def _first_party_before(ctx: Ctx, sp: ActorMention) -> ActorMention | None:
    """The first coded mention in the speaker's sentence that ends before the speaker starts."""
    sent = ctx.sentence_at(sp.start)
    if sent is None:
        return None
    before = [m for m in ctx.actors.inside(sent.start, sp.start) if m.key and m.kind != "pronoun"]
    return min(before, key=lambda m: m.start) if before else None


def scene_parties(ctx: Ctx, statements: Sequence[Statement]) -> list[Statement]:
    """Statements with each uncoded non-pronoun speaker given the party its sentence names first."""
    out: list[Statement] = []
    for st in statements:
        sp = st.speaker
        party = _first_party_before(ctx, sp) if sp is not None and _uncoded(sp) else None
        if sp is not None and party is not None and party.key:
            key = party.key.split(".")[0]
            sp = replace(sp, key=key, evidence=f"{sp.evidence}; statements:scene {party.text!r} ({key})")
            st = replace(st, speaker=sp)
        out.append(st)
    return out
