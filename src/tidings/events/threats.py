"""Threats made by announcing a reaction (CAMEO 130, PLOVER THREATEN): "Beijing will respond to any new tariffs",
"Tehran would retaliate if Israel struck", "India will not allow Pakistan to change the border", "Turkey will
not tolerate Syria's provocations". The words are in ``threat_reactions`` of event_patterns.json: verbs of
reacting are threats only when announced (future, "would", "vowed to"), verbs of permitting only when refused
("will not", "would not", "cannot"). The threatened party is the one whose act is reacted to (the doer of the
"to"/"against" act, or the subject of the condition) or the one not permitted; the threatening party is the
verb's subject, or the speaker when that subject is a pronoun. Options or a hostile act kept "on the table"
("all options are on the table") threaten the party they would be aimed at."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from .. import data
from ..actors import DocActors
from ..records import ActorMention, Event, Sentence, Statement, TextSpan
from . import codebook, counterparts, factuality, keys, noun_roles, np_actors, roles
from .coding import frame_holder, quote_holder
from .match import match_noun
from .patterns import index

THREAT = "130"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    entry = data.load("event_patterns").get("threat_reactions", {})
    return (frozenset(w.lower() for w in entry.get("reacting", [])),
            frozenset(w.lower() for w in entry.get("permitting", [])))


def _refused(verb: Any) -> bool:
    """"will not allow", "would not tolerate", "cannot permit": a permission refused for the future."""
    kids = list(verb.children)
    auxes = {c.lower_ for c in kids if c.dep_ == "aux"}
    return any(c.dep_ == "neg" for c in kids) and bool(auxes & (factuality.FUTURE | {"would", "can", "ca"}))


def _condition_subjects(verb: Any) -> list[Any]:
    """Subjects of the verb's condition ("if Israel struck", "should the US decide to impose them")."""
    out = []
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        marked = any(g.dep_ == "mark" and g.lower_ in ("if", "unless") for g in c.children)
        inverted = any(g.dep_ == "aux" and g.lower_ == "should" and g.i < c.i for g in c.children)
        subj = roles.subject_token(c) if marked or inverted else None
        if subj is not None:
            out.append(subj)
    return out


def _doer(noun: Any) -> Any | None:
    """Who does the act reacted to: the noun's own doer ("Syria's provocations") or a participle's agent
    ("sanctions imposed by the EU")."""
    found = noun_roles.noun_source_token(noun, set())
    if found is not None:
        return found
    for c in noun.children:
        if c.dep_ == "acl":
            agent = next((g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None)
            if agent is not None:
                return agent
    return None


def _threatened(verb: Any, permitting: bool) -> list[Any]:
    if permitting:  # "will not allow Pakistan to ...": the one not permitted, or the owner of what is not tolerated
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [s for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                 if s.dep_ in ("nsubj", "nsubjpass")]
        return [t for o in objs for t in (o, _doer(o)) if t is not None]
    acts = [a for a in roles.prep_objects(verb, ("to", "against")) if not _friendly(a)]
    return [d for a in acts if (d := _doer(a)) is not None] + _condition_subjects(verb)


def _friendly(noun: Any) -> bool:
    """"will respond to the proposal / the invitation": reacting to a cooperative act threatens no one."""
    hit = match_noun(noun, index())
    return hit is not None and codebook.info(hit.pattern.code).quad_class in (1, 2)


def _threatener(verb: Any, actors: DocActors, statements: Sequence[Statement]) -> ActorMention | None:
    subj = roles.subject_token(verb)
    if subj is not None and subj.lower_ not in roles.SPEAKER_PRONOUNS:
        found = np_actors.actors_of(subj, actors)
        return found[0] if found else None
    return _threatener_of_clause(verb, actors, statements)


@lru_cache(maxsize=1)
def _tabled() -> frozenset[str]:
    return frozenset(w.lower() for w in data.load("event_patterns").get("threat_reactions", {}).get("tabled", []))


def tabled_threats(toks: Sequence[Any], sent: Sentence, actors: DocActors, statements: Sequence[Statement],
                   where: tuple[Any, ...], mentions: Sequence[tuple[Any, ActorMention]]) -> list[Event]:
    """"All options are on the table", "military action against Iran remains on the table": a speaker who keeps
    options or a hostile act on the table threatens the party it would be aimed at (the act's "against" party,
    else the other party the sentence names)."""
    out: list[Event] = []
    for table in toks:
        prep = table.head
        if table.lemma_.lower() != "table" or table.dep_ != "pobj" or prep.lower_ != "on":
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
            continue
        held = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and c.pos_ == "NOUN" and _held(c)]
        if not held:
            continue
        keeper = next((c for c in verb.children if c.dep_ == "nsubj" and c.i not in {h.i for h in held}), None)
        found = np_actors.actors_of(keeper, actors) if keeper is not None else []
        src = found[0] if found else _threatener_of_clause(verb, actors, statements)
        if src is None or not src.key:
            continue
        aimed = [m for t in roles.prep_objects(held[0], ("against", "on")) for m in np_actors.actors_of(t, actors)]
        tgt = aimed[0] if aimed else counterparts.counterpart(verb, list(mentions), {src.key}, places=False,
                                                       conditions=True)
        if tgt is not None and tgt.key and keys.country_of(tgt.key) != keys.country_of(src.key):
            out.append(_threat(src, tgt, held[0], sent, where, "threat:tabled"))
    return out


def _held(noun: Any) -> bool:
    """What is kept on the table as a threat: options, or a hostile act ("military action", "strikes")."""
    if noun.lemma_.lower() in _tabled():
        return True
    hit = match_noun(noun, index())
    return hit is not None and codebook.info(hit.pattern.code).quad_class == 4


def mentions(toks: Sequence[Any]) -> bool:
    """Whether the sentence has a verb of reacting or permitting at all (a cheap test before parsing roles)."""
    reacting, permitting = _words()
    words = reacting | permitting | {"table"}
    return any(t.lemma_.lower() in words for t in toks)


def announced_threats(toks: Sequence[Any], sent: Sentence, actors: DocActors, statements: Sequence[Statement],
                      where: tuple[Any, ...], triggers: set[int]) -> list[Event]:
    """The threats of one sentence announced by a verb of reacting or refused permitting."""
    reacting, permitting = _words()
    out: list[Event] = []
    for verb in toks:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or verb.i in triggers or lemma not in reacting | permitting:
            continue
        permits = lemma in permitting
        if not (_refused(verb) if permits else factuality.announced(verb) and not factuality.refused(verb)):
            continue
        src = _threatener(verb, actors, statements)
        if src is None or not src.key:
            continue
        side = keys.country_of(src.key)
        tgts = [m for t in _threatened(verb, permits) for m in np_actors.actors_of(t, actors)
                if m.key and keys.country_of(m.key) != side]
        if not tgts:
            continue
        out.append(_threat(src, tgts[0], verb, sent, where, f"threat:{lemma}"))
    return out


def _threatener_of_clause(verb: Any, actors: DocActors, statements: Sequence[Statement]) -> ActorMention | None:
    ctx = factuality.context(verb)
    return frame_holder(ctx, actors) if ctx is not None else quote_holder(verb, statements)


def _threat(src: ActorMention, tgt: ActorMention, tok: Any, sent: Sentence, where: tuple[Any, ...],
            pattern: str) -> Event:
    info = codebook.info(THREAT)
    return Event(
        source=src, target=tgt, cameo=THREAT, trigger=TextSpan(tok.idx, tok.idx + len(tok), tok.text),
        sentence=sent.index, status="asserted", plover=info.plover, mode=info.mode, context=info.context,
        root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, date=where[0],
        location=where[1], location_country=where[2], pattern=pattern)
