"""The party of the scene: an uncoded speaker takes the country its sentence opens with.

'In Kenya, *negotiators* said ...', 'After the Ethiopian army shelled the town, *witnesses*
said ...', 'Mali will expel the envoy, *sources* said': a description or name the actor layer
could not code (no country word of its own, no role it knows) and no earlier speaker of the
chain named speaks from the scene its sentence sets up before it, so it is given the party
(country or organisation, not the sector) of the first coded mention ahead of it in that
sentence; when its sentence names none, the party last named in the few sentences before
('Kenya closed its border. *Negotiators* said ...'). A pronoun is left to the chain of speakers
(continuity); a speaker with nothing coded before it stays uncoded.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import Sequence

from ..records import ActorMention, Statement
from .context import Ctx
from .cues import lexicon

SCENE_WINDOW = 6  # sentences back in which the party last named sets the scene (a paragraph or two)
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


def _names_a_body(sp: ActorMention) -> bool:
    """'the nine-member panel', 'the board': a body's description looks for the organisation named
    before it (speaker._body_named_before), which leaves it uncoded when that is ambiguous."""
    head = (sp.text.lower().split() or [""])[-1]
    return head in lexicon().body_nouns or head.removesuffix("s") in lexicon().body_nouns


def _last_party_named(ctx: Ctx, sp: ActorMention) -> ActorMention | None:
    """The last coded mention (no pronoun) in the few sentences before the speaker's: the party the
    story was last about, which a speaker the sentence does not place belongs to (not a body's
    description, which names an organisation of its own)."""
    sent = ctx.sentence_at(sp.start)
    if sent is None or _names_a_body(sp):
        return None
    here = bisect_right(ctx.starts, sent.start) - 1
    since = ctx.sentences[max(0, here - SCENE_WINDOW)].start
    before = [m for m in ctx.actors.inside(since, sent.start) if m.key and m.kind != "pronoun"]
    return max(before, key=lambda m: m.start) if before else None


def scene_parties(ctx: Ctx, statements: Sequence[Statement]) -> list[Statement]:
    """Statements with each uncoded non-pronoun speaker given the party its sentence names first before
    it, else (not for a body's description) the party last named in the sentences before."""
    out: list[Statement] = []
    for st in statements:
        sp = st.speaker
        party = (_first_party_before(ctx, sp) or _last_party_named(ctx, sp)) if sp is not None and _uncoded(sp) else None
        if sp is not None and party is not None and party.key:
            key = party.key.split(".")[0]
            sp = replace(sp, key=key, evidence=f"{sp.evidence}; statements:scene {party.text!r} ({key})")
            st = replace(st, speaker=sp)
        out.append(st)
    return out
