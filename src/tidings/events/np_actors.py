"""Which actors a noun phrase names: its head, apposition or core span, the nation of a bare
population or armed noun, and one actor per coordinated phrase or coordinated national owner.

The argument tokens themselves are found in ``roles``; this module turns a token into mentions.
"""

from __future__ import annotations

from typing import Any

from ..actors import DocActors
from ..records import ActorMention
from .keys import country_of, is_country, sector_part
from .roles import conjuncts, np_bounds

# quantity heads whose "of" phrase names who they are ("thousands of farmers", "a group of soldiers")
QUANTITY_HEADS = frozenset("thousands hundreds dozens scores tens millions group crowd number handful".split())


def actor_of(tok: Any, actors: DocActors) -> ActorMention | None:
    """The coded actor a noun phrase names: its head first, then apposition, then its core span."""
    m = actors.for_token(tok)
    if m is not None and m.key:
        return _national(tok, m, actors) or m
    if tok.lower_ in QUANTITY_HEADS:
        of = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj"), None)
        if of is not None:
            return actor_of(of, actors)
    for c in tok.children:
        if c.dep_ == "appos":
            m = actors.for_token(c)
            if m is not None and m.key:
                return m
    for c in tok.children:
        # "an Egyptian proposal for a Congolese mediator": the head's own owner before parties further in
        if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i:
            m = actors.for_token(c)
            if m is not None and m.key:
                # "Ugandan opposition candidates": the fuller mention holding the modifier, not the bare state
                wider = actors.at(m.start, tok.idx) if m.end < tok.idx else None
                return wider if wider is not None and wider.start == m.start and wider.end > m.end else m
    lo, hi = np_bounds(tok)
    m = actors.at(lo, hi)
    if m is not None and m.key:
        return m
    return resident_actor(tok, actors)


def _national(tok: Any, m: ActorMention, actors: DocActors) -> ActorMention | None:
    """"the Indian external affairs minister" in a story filed from Islamabad: a role the actor table gave the
    article's home country (evidence "+home:") belongs to the state its own national modifier names."""
    if "+home:" not in (m.evidence or "") or "." not in (m.key or ""):
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i:
            key = _state_key(actors.for_token(c))
            if key and key != country_of(m.key):
                return ActorMention(m.start, m.end, m.text, f"{key}.{sector_part(m.key)}", m.name, kind=m.kind,
                                    evidence=f"{m.evidence.split('+home:')[0]}+modifier:{c.text}")
    return None


# plural nouns for the people of a place: "students in Indonesia", "workers across Nigeria" are that
# country's civilians (the place phrase is left out of the noun phrase as a location)
POPULATION_NOUNS = frozenset("people students workers farmers residents villagers civilians citizens protesters "
                             "demonstrators activists teachers doctors nurses miners traders shopkeepers "
                             "drivers youths women men families voters pensioners".split())
RESIDENT_PREPS = frozenset(("in", "throughout", "across", "from"))


def resident_actor(tok: Any, actors: DocActors) -> ActorMention | None:
    """"students throughout Indonesia" -> IDN.CVL: a population noun placed in a state (a bare state mention)."""
    if tok.lower_ in QUANTITY_HEADS:
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    if tok.lower_ not in POPULATION_NOUNS:
        return None
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in RESIDENT_PREPS:
            continue
        for g in c.children:
            key = _state_key(actors.for_token(g)) if g.dep_ == "pobj" else None
            if key:
                return ActorMention(tok.idx, tok.idx + len(tok), tok.text, f"{key}.CVL", None, kind="group",
                                    evidence=f"{tok.lower_} {c.lower_} {g.text}")
    return None


def _state_key(m: ActorMention | None) -> str | None:
    """The key of a bare state mention ("Belgian" -> BEL), None for anything else."""
    key = m.key if m is not None else None
    if not key or "." in key or ":" in key or len(key) != 3 or not key.isalpha() or not key.isupper():
        return None
    return key


def _modifier_key(mm: ActorMention | None, head: ActorMention) -> str | None:
    """The state a national modifier names; a modifier inside the head's own mention names the head's."""
    if mm is not None and mm.key == head.key and mm.start == head.start:
        return country_of(head.key)
    return _state_key(mm)


def distributed(tok: Any, m: ActorMention, actors: DocActors) -> list[ActorMention]:
    """"Belgian and French farmers", "Hungarian and Romanian officials": one actor per coordinated
    national modifier, each with the head's sector (the head's own mention names only one of them).
    """
    if tok.lower_ in QUANTITY_HEADS:  # "thousands of Belgian and French farmers"
        tok = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), tok)
    head_country = country_of(m.key)
    rest = (m.key or "")[len(head_country):]
    out: list[ActorMention] = []
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "nmod") or c.i > tok.i or not c.conjuncts:
            continue
        mods = [c, *c.conjuncts]
        found = [(t, _modifier_key(actors.for_token(t), m)) for t in mods]
        keys = [k for _, k in found if k]
        if len(keys) < 2 or head_country not in keys:
            continue
        for t, k in found:
            if k is None or k == head_country:
                continue
            out.append(ActorMention(t.idx, t.idx + len(t), t.text, k + rest, None, kind=m.kind,
                                    evidence=f"coordinated modifier of {m.key}"))
    return out + _distributed_owners(tok, m, actors)


def _distributed_owners(tok: Any, m: ActorMention, actors: DocActors) -> list[ActorMention]:
    """"the foreign ministers of India and China", "the leaders of France, Germany and Italy": a plural
    head owned by a list of states is one actor per state, each with the head's sector."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return []
    owner = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"), None)
    own = actors.for_token(tok)
    if owner is None or not owner.conjuncts or own is None or own.key != m.key:
        return []  # "partners of Ukraine and Moldova": a head that is not the owners' own people
    head_country = country_of(m.key)
    def state(t: Any) -> str | None:
        o = actors.for_token(t)
        k = country_of(o.key) if o is not None else ""
        return k if is_country(k) else None

    if state(owner) != head_country:
        return []  # the head's own country is not the first owner's: not a list of its owners
    rest = (m.key or "")[len(head_country):]
    out: list[ActorMention] = []
    for t in owner.conjuncts:
        k = state(t)
        if k and k != head_country:
            out.append(ActorMention(t.idx, t.idx + len(t), t.text, k + rest, None, kind=m.kind,
                                    evidence=f"coordinated owner of {m.key}"))
    return out


def actors_of(tok: Any, actors: DocActors) -> list[ActorMention]:
    """One actor per coordinated phrase (and per coordinated national modifier), duplicates by key removed."""
    out: list[ActorMention] = []
    for t in conjuncts(tok):
        m = actor_of(t, actors)
        if m is None:
            continue
        for a in [m, *distributed(t, m, actors)]:
            if all(a.key != o.key for o in out):
                out.append(a)
    return out
