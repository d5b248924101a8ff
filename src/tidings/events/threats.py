"""Threats made by announcing a reaction (CAMEO 130, PLOVER THREATEN): "Beijing will respond to any new tariffs",
"Tehran would retaliate if Israel struck", "India will not allow Pakistan to change the border", "Turkey will
not tolerate Syria's provocations". The words are in ``threat_reactions`` of event_patterns.json: verbs of
reacting are threats only when announced (future, "would", "vowed to"), verbs of permitting only when refused
("will not", "would not", "cannot"). The threatened party is the one whose act is reacted to (the doer of the
"to"/"against" act, or the subject of the condition) or the one not permitted; the threatening party is the
verb's subject, or the speaker when that subject is a pronoun."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Sequence

from .. import data
from ..actors import DocActors
from ..records import ActorMention, Event, Sentence, Statement, TextSpan
from . import codebook, factuality, roles
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
    found = roles.noun_source_token(noun, set())
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
        found = roles.actors_of(subj, actors)
        return found[0] if found else None
    ctx = factuality.context(verb)
    return frame_holder(ctx, actors) if ctx is not None else quote_holder(verb, statements)


def mentions(toks: Sequence[Any]) -> bool:
    """Whether the sentence has a verb of reacting or permitting at all (a cheap test before parsing roles)."""
    reacting, permitting = _words()
    return any(t.lemma_.lower() in reacting or t.lemma_.lower() in permitting for t in toks)


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
        side = roles.country_of(src.key)
        tgts = [m for t in _threatened(verb, permits) for m in roles.actors_of(t, actors)
                if m.key and roles.country_of(m.key) != side]
        if not tgts:
            continue
        info = codebook.info(THREAT)
        tgt = tgts[0]
        out.append(Event(
            source=src, target=tgt, cameo=THREAT, trigger=TextSpan(verb.idx, verb.idx + len(verb), verb.text),
            sentence=sent.index, status="asserted", plover=info.plover, mode=info.mode, context=info.context,
            root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, date=where[0],
            location=where[1], location_country=where[2], pattern=f"threat:{lemma}"))
    return out
