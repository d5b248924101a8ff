"""Accusations in the reasons given for a punitive act (CAMEO 112, PLOVER ACCUSE): "Kenya cut ties with Somalia,
citing terrorism", "Chad said it expelled the envoy over Sudan's incursions", "Mali expelled the ambassador
because of France's interference". Whoever sanctions, expels or cuts ties and names a wrongdoing as the reason
accuses the party it blames: the wrongdoing's own doer ("Sudan's incursions"), else the party the act is aimed at.
A reason verb ("citing") is the actor's own word; a reason preposition only when the actor reports the act
itself ("Chad said it was expelling the envoy over ..."), else it is the writer's account of the motive.
The punitive roots, the reason cues and the nouns of wrongdoing are in ``stated_reasons`` of event_patterns.json;
a hostile event noun of the dictionary is one too ("citing violations of the border"), and so is material help
to armed groups ("over Sudan's support for rebel groups"); other cooperation never."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from .. import data
from ..actors import DocActors
from ..records import ActorMention, Event, Sentence, TextSpan
from . import codebook, keys, noun_roles, np_actors, roles
from .match import match_noun
from .patterns import index

ACCUSATION = "112"


@dataclass(frozen=True, slots=True)
class Lexicon:
    roots: frozenset[str]
    cues: frozenset[str]
    preps: frozenset[str]
    wrongs: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    entry = data.load("event_patterns").get("stated_reasons", {})
    def words(k: str) -> frozenset[str]:
        return frozenset(w.lower() for w in entry.get(k, []))
    return Lexicon(words("roots"), words("cues"), words("preps"), words("wrongdoing"))


def _reason_nouns(verb: Any, lex: Lexicon) -> list[tuple[Any, Any]]:
    """(cue token, noun) for the reasons hung on a punitive verb or on its object: "citing X", "over X",
    "because of X"."""
    out: list[tuple[Any, Any]] = []
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in lex.cues and h.i == verb.i:
                out += [(c, n) for o in c.children if o.dep_ == "dobj" for n in roles.conjuncts(o)]
            elif c.dep_ == "prep" and c.lower_ in lex.preps:
                objs = [g for g in c.children if g.dep_ == "pobj"]
                objs += [g for p in c.children if p.dep_ == "pcomp" for g in p.children if g.dep_ == "pobj"]
                out += [(c, n) for o in objs for n in roles.conjuncts(o)]
    return out


def _wrongdoing(noun: Any, lex: Lexicon, actors: DocActors) -> bool:
    """A listed wrongdoing, a hostile act of the dictionary ("citing violations", "over its incursions"), or
    material help to armed groups ("over Qatar's support for terrorist groups"); other cooperation blames no
    one ("citing the talks", "citing arms deals with X")."""
    if noun.lemma_.lower() in lex.wrongs or noun.lower_ in lex.wrongs:
        return True
    hit = match_noun(noun, index()) if noun.pos_ == "NOUN" else None
    if hit is None:
        return False
    quad = codebook.info(hit.pattern.code).quad_class
    if quad == 2:
        helped = [m for t in roles.prep_objects(noun, ("for", "to", "of")) for m in np_actors.actors_of(t, actors)]
        return any(keys.sector_of(m.key) == "REB" for m in helped)
    return quad in (3, 4)


def stated_reasons(toks: Sequence[Any], events: Sequence[Event], sent: Sentence, actors: DocActors,
                   where: tuple[Any, ...]) -> list[Event]:
    """The accusations made by the reasons of the sentence's punitive acts."""
    lex = lexicon()
    by_start = {t.idx: t for t in toks}
    out: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    for ev in events:
        tok = by_start.get(ev.trigger.start)
        if tok is None or ev.source is None or not ev.source.key or ev.root not in lex.roots:
            continue
        if ev.status not in ("asserted", "claimed") or tok.pos_ != "VERB":
            continue
        own_word = ev.attributed_to is not None and ev.attributed_to == ev.source.key
        for cue, noun in _reason_nouns(tok, lex):
            if not _wrongdoing(noun, lex, actors) or cue.dep_ == "prep" and not own_word:
                continue  # "over", "because of": the actor's reason only when the actor says so
            doer = noun_roles.noun_source_token(noun, set())
            blamed: list[ActorMention] = np_actors.actors_of(doer, actors) if doer is not None else []
            if not blamed and ev.target is not None:
                blamed = [ev.target]
            side = keys.country_of(ev.source.key)
            for t in blamed:
                sig = (ev.source.key, t.key)
                if not t.key or keys.country_of(t.key) == side or sig in seen:
                    continue
                seen.add(sig)
                info = codebook.info(ACCUSATION)
                out.append(Event(
                    source=ev.source, target=t, cameo=ACCUSATION, trigger=TextSpan(cue.idx, cue.idx + len(cue), cue.text),
                    sentence=sent.index, status="asserted", plover=info.plover, mode=info.mode, context=info.context,
                    root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, date=where[0],
                    location=where[1], location_country=where[2], pattern=f"reason:{ev.pattern}"))
    return out
