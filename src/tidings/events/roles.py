"""Who did it and to whom: source and target actors from the dependency parse.

Sources come from the subject (or the passive agent), inherited through
coordination, control (xcomp) and participle clauses; targets from the
recipient, the prepositional objects that name a party, or the direct object.
Coordinated actors each give their own entry.
"""

from __future__ import annotations

from typing import Any, Iterator

from ..actors import DocActors
from ..records import ActorMention

SUBJ = ("nsubj", "csubj", "expl")
# clauses whose content does not belong to the noun phrase that heads them
CLAUSAL = frozenset(("relcl", "acl", "ccomp", "advcl", "xcomp", "punct", "cc", "conj", "appos", "parataxis"))
RELATIVE = frozenset(("who", "which", "that", "whom"))
# verbs whose infinitive complement is controlled by their object ("urged X to withdraw")
OBJECT_CONTROL = frozenset(("urge", "ask", "call", "press", "force", "order", "tell", "allow", "persuade",
                            "encourage", "invite", "push", "compel", "request", "help", "enable"))


def conjuncts(tok: Any) -> list[Any]:
    """The token and the tokens coordinated with it ("Jordan and Britain")."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i or c not in out:
            out.append(c)
    return out


def np_bounds(tok: Any) -> tuple[int, int]:
    """Character span of the core noun phrase of ``tok`` (clauses and coordination left out)."""
    lo, hi = tok.idx, tok.idx + len(tok)

    def walk(t: Any) -> Iterator[Any]:
        for c in t.children:
            if c.dep_ not in CLAUSAL:
                yield c
                yield from walk(c)

    for c in walk(tok):
        lo, hi = min(lo, c.idx), max(hi, c.idx + len(c))
    return lo, hi


def actor_of(tok: Any, actors: DocActors) -> ActorMention | None:
    """The coded actor a noun phrase names: its head first, then apposition, then its core span."""
    m = actors.for_token(tok)
    if m is not None and m.key:
        return m
    for c in tok.children:
        if c.dep_ == "appos":
            m = actors.for_token(c)
            if m is not None and m.key:
                return m
    lo, hi = np_bounds(tok)
    m = actors.at(lo, hi)
    return m if m is not None and m.key else None


def actors_of(tok: Any, actors: DocActors) -> list[ActorMention]:
    """One actor per coordinated phrase, duplicates by key removed."""
    out: list[ActorMention] = []
    for t in conjuncts(tok):
        m = actor_of(t, actors)
        if m is not None and all(m.key != o.key for o in out):
            out.append(m)
    return out


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def subject_token(verb: Any, depth: int = 0) -> Any | None:
    """The token naming the doer of ``verb``, following coordination, control and participles."""
    if depth > 4:
        return None
    if is_passive(verb):
        for c in verb.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
        return None
    for c in verb.children:
        if c.dep_ in SUBJ:
            if c.lower_ in RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return c
    head = verb.head
    if head is verb:
        return None
    if verb.dep_ == "conj":
        return subject_token(head, depth + 1)
    if verb.dep_ == "xcomp":
        if head.lemma_ in OBJECT_CONTROL:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj
        return subject_token(head, depth + 1)
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        return subject_token(head if verb.dep_ == "advcl" else head.head, depth + 1)
    return None


# verbs that carry an event noun as their object: the verb's subject is the noun's doer
SUPPORT_VERBS = frozenset(
    "announce approve launch conduct carry begin continue start resume order authorize make hold stage mount step "
    "complete finalize impose provide give deliver send offer pledge promise issue lodge express voice extend unveil "
    "intensify escalate expand increase tighten wage plan prepare propose agree sign seek reach host attend join "
    "pursue undertake initiate announce confirm receive accept level file slap adopt introduce have".split()
)
TARGET_PREPS = ("to", "against", "on", "with", "toward", "towards", "into", "at", "over", "for", "between", "from",
                "upon", "in", "of")
SPEAKER_PRONOUNS = frozenset(("we", "i", "us", "our", "my", "me", "it", "he", "she", "they", "its", "their"))


def noun_source_token(noun: Any, skip: set[str], depth: int = 0, *, places: bool = True) -> Any | None:
    """The doer of an event noun: possessor, national modifier, "by"/"from" phrase or support verb subject.

    With ``places`` False a place-name compound ("the Ukraine war") is read as where, not who.
    """
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in skip and c.lemma_.lower() not in skip:
            if not places and c.dep_ != "amod" and c.ent_type_ in ("GPE", "LOC"):
                continue
            if c.pos_ in ("PROPN", "ADJ", "NOUN") and (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
                return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = noun.head
    if noun.dep_ == "conj" and depth < 3:
        return noun_source_token(head, skip, depth + 1, places=places)
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in SUPPORT_VERBS:
        return subject_token(head)
    return None


def prep_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of ``tok``'s prepositions, in the order ``preps`` ranks them."""
    found = [(preps.index(c.lower_), g) for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    return [g for _, g in sorted(found, key=lambda x: x[0])]


def target_tokens(trigger: Any, pattern_preps: tuple[str, ...], *, noun: bool) -> list[Any]:
    """Candidate target tokens in priority order."""
    out: list[Any] = []
    if pattern_preps:
        out += prep_objects(trigger, pattern_preps)
        for o in trigger.children:
            if o.dep_ in ("dobj", "pobj", "xcomp"):
                out += prep_objects(o, pattern_preps)
    if noun:
        return out + prep_objects(trigger, TARGET_PREPS)
    out += [c for c in trigger.children if c.dep_ == "nsubjpass"]
    out += [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    out += prep_objects(trigger, ("to",))
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "oprd")]
    out += objs
    out += prep_objects(trigger, TARGET_PREPS[1:-2])
    for o in objs:
        out += prep_objects(o, TARGET_PREPS[:-1])
    for c in trigger.children:
        if c.dep_ == "xcomp":
            out += [g for g in c.children if g.dep_ == "dobj"] + prep_objects(c, TARGET_PREPS[:-2])
    out += prep_objects(trigger, ("in",))
    for c in trigger.children:
        if c.dep_ == "ccomp":
            s = subject_token(c)
            if s is not None:
                out.append(s)
    return out
