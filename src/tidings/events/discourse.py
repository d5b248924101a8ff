"""What earlier sentences leave for later ones: their parties, the latest accuser and attacker, and the
doer of the latest act of each kind, which definite act nouns ("the decision", "the sanctions") point back to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..records import ActorMention, Event
from .patterns import index


@dataclass(frozen=True, slots=True)
class Discourse:
    """What earlier sentences leave for the next one: their parties and who last accused whom."""

    prior: tuple[tuple[Any, ActorMention], ...] = ()  # coded mentions of the previous sentence
    accuser: ActorMention | None = None  # source of the latest accusation ("the allegations" point back to it)
    attacker: ActorMention | None = None  # source of the latest armed attack ("the shelling continued")
    doers: tuple[tuple[str, ActorMention], ...] = ()  # (CAMEO root, source) of the latest act of each root
    last_act: ActorMention | None = None  # source of the latest material act or agreement ("the decision")
    motion: Any = None  # the latest resolution aimed at a party (resolutions.Motion): "the resolution" points back

    def doer(self, root: str) -> ActorMention | None:
        return next((m for r, m in self.doers if r == root), None)


def fights_alongside(e: Event) -> bool:
    """Military support given by fighting alongside a party: the supporter takes part in the fighting."""
    return e.root == "07" and (e.pattern or "").rpartition(":")[2].split()[:1] == ["fight"]


# nouns that point back at the latest act reported ("welcomed the decision", "criticised the move")
ANAPHORIC_ACTS = frozenset("decision move step measure action announcement deal agreement plan".split())


DEFINITE = frozenset(("the", "this", "that", "these", "those"))


# "would not support the agreement": an agreement noun points back at the last agreement made, not the last act
AGREEMENT_NOUNS = frozenset(("deal", "agreement", "accord", "pact", "treaty"))


# acts that a later "the decision" / "the move" can point back to (not words, requests or accusations;
# an event noun of the same kind, "the request", "the sanctions", points back to any)
REFERABLE = frozenset(("03", "05", "06", "07", "08", "13", "14", "15", "16", "17", "18", "19", "20"))


def earlier_doer(cands: Sequence[Any], discourse: Discourse) -> ActorMention | None:
    """"Poland welcomed the decision", "Minsk condemned the sanctions": a definite act noun with no
    party of its own is the act last reported, and its doer is the target."""
    from .match import match_noun

    for t in cands:
        if t.dep_ not in ("dobj", "nsubjpass", "pobj") or not any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "prep") and c.ent_type_ for c in t.children):
            continue  # "the EU decision", "Russia's move": its own party, left to the parse
        lemma = t.lemma_.lower()
        if lemma in AGREEMENT_NOUNS:  # "the agreement": the party that last made or signed one
            return discourse.doer("05") or discourse.doer("03") or discourse.last_act
        if lemma in ANAPHORIC_ACTS:
            return discourse.last_act
        hit = match_noun(t, index())
        if hit is not None:
            return discourse.doer(hit.pattern.code[:2])
    return None
