"""The parties of an event noun: who did the act a noun names ("Russia's strikes", "the arrest of X by Y",
"received aid from Japan", "took part in talks"), and who gave or received it."""

from __future__ import annotations

from typing import Any

from .codebook import VISIT_CODES
from .keys import sector_of
from .match import lemmas, match_verb
from .patterns import index
from .roles import prep_objects, subject_token

# verbs that carry an event noun as their object: the verb's subject is the noun's doer
SUPPORT_VERBS = frozenset(
    "announce approve launch conduct carry begin continue start resume order authorize make hold stage mount step "
    "complete finalize impose provide give deliver send offer pledge promise issue lodge express voice extend unveil "
    "intensify escalate expand increase tighten wage plan prepare propose agree sign seek reach host attend join "
    "pursue undertake initiate announce receive accept level file slap adopt introduce have "
    # the organiser of a protest or a meeting, the perpetrator of an act, the author of a proposal
    "organise organize lead convene orchestrate spearhead coordinate commit perpetrate perform renew accelerate "
    "submit present table".split()
)
# verbs whose prepositional object is an event the subject takes part in ("took part in talks",
# "engaged in fighting", "are in close contact with")
PARTICIPATION_VERBS = frozenset("participate engage take join involve be remain stay enter".split())
# prepositions that set an event noun as the occasion of the main clause ("speaking during a visit to X")
OCCASION_PREPS = frozenset("during at after following before on in amid ahead".split())


# verbs whose subject is the recipient of the event noun they take, done by the "from" party ("received aid
# from Japan", "drew criticism from France", "won praise from Kenya")
RECEIPT_VERBS = frozenset(("receive", "get", "obtain", "draw", "attract", "earn", "win", "incur"))


def receipt_verb(noun: Any) -> Any | None:
    """The verb of which ``noun`` is the thing received ("received aid", "got weapons"), if any."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in RECEIPT_VERBS:
        return head
    return None


def giver_token(noun: Any) -> Any | None:
    """The "from" party of a received event noun ("received aid from Japan": Japan)."""
    verb = receipt_verb(noun)
    if verb is None:
        return None
    objs = prep_objects(noun, ("from",)) or prep_objects(verb, ("from",))
    return objs[0] if objs else None


def _agent_after_of(noun: Any) -> Any | None:
    """"the crossing of the border by Indian troops": the parser hangs the "by" agent on the "of" object."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                for p in g.children:
                    if p.dep_ in ("prep", "agent") and p.lower_ == "by":
                        obj = next((o for o in p.children if o.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
    return None


# sectors that bear arms: only they are the doers a party word before an armed act names ("rebel attacks");
# an unarmed party's "battle" or "fight" is a figure of speech ("the opposition battle")
ARMED_SECTORS = frozenset(("MIL", "REB", "COP", "PMC"))


def actor_modifier(noun: Any, actors: Any) -> Any | None:
    """"rebel attacks", "militant shelling", "police raids": a common-noun modifier before an armed act noun
    that the actor layer reads as an armed party (a place name is where, not who) is the act's doer."""
    for c in noun.children:
        if c.i >= noun.i or c.dep_ not in ("compound", "amod") or c.pos_ not in ("NOUN", "ADJ") or (
                c.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME")):
            continue
        m = actors.for_token(c)
        if m is not None and sector_of(m.key) in ARMED_SECTORS:
            return c
    return None


def noun_source_token(noun: Any, skip: set[str], depth: int = 0, *, places: bool = True,
                      occasion: bool = False, exclude: frozenset[int] | set[int] = frozenset()) -> Any | None:
    """The doer of an event noun: possessor, national modifier, "by"/"from" phrase or support verb subject.

    With ``places`` False a place-name compound ("the Ukraine war") is read as where, not who. With
    ``occasion`` (meetings, visits) a noun that sets the occasion of a clause ("at a summit with ...,
    Putin pledged") takes that clause's subject; "talks between A and B" take A. A noun received
    ("received aid from Japan") has the giver as its doer, never the receiving subject. Modifiers at the
    token indices in ``exclude`` ("anti-French") are not read as the doer.
    """
    giver = giver_token(noun)
    if giver is not None:
        return giver
    for c in noun.children:
        if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME"):  # "last year's riots" names when, not who
            return c
    # "agreed to keep talking after the Brasilia meeting": a place name on an occasion of the clause is where
    at_occasion = occasion and noun.dep_ == "pobj" and noun.head.lower_ in OCCASION_PREPS and (
        noun.head.head.pos_ in ("VERB", "AUX"))
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in skip and c.lemma_.lower() not in skip and (
                c.i not in exclude):
            if (not places or at_occasion) and c.dep_ != "amod" and c.ent_type_ in ("GPE", "LOC"):
                continue
            if at_occasion and c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in ("ORG", "NORP"):
                continue  # a city the tagger misreads as a person ("after Brasilia meeting")
            if c.pos_ in ("PROPN", "ADJ", "NOUN") and (c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON")):
                return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    agent = _agent_after_of(noun)
    if agent is not None:
        return agent
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("between", "among"):
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    head = noun.head
    if noun.dep_ == "conj" and depth < 3:
        return noun_source_token(head, skip, depth + 1, places=places, occasion=occasion)
    if receipt_verb(noun) is not None:
        return None  # the subject of "received" is the recipient, not the doer
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and any(w in SUPPORT_VERBS for w in lemmas(head)):
        return subject_token(head)
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):
            lemma = verb.lemma_.lower()
            if lemma in PARTICIPATION_VERBS and head.lower_ in ("in", "into"):
                return subject_token(verb)
            if occasion and head.lower_ in OCCASION_PREPS:
                return subject_token(verb)
            if occasion and head.lower_ == "for" and came_for(verb):
                return subject_token(verb)
    return None


# CAMEO's "claim responsibility" code: its subject owns the act its object noun is responsibility "for"
OWNED_ACT = "015"


def owning_verb(hit: Any) -> Any | None:
    """"The Taliban claimed responsibility for the bombing", "the group took responsibility for Saturday's
    attack": an act noun in the "for" phrase of the object word a responsibility verb uses up (``015`` in
    event_patterns) is owned by that verb's subject. Returns the verb, or None."""
    tok, prep = hit.token, hit.token.head
    if hit.pattern.kind != "noun" or tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    obj = prep.head
    verb = obj.head
    if obj.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    act = match_verb(verb, index())
    if act is None or not act.pattern.code.startswith(OWNED_ACT) or obj.i not in act.used:
        return None
    return verb


def owned_doer(hit: Any) -> Any | None:
    """The subject that claims responsibility for the act noun ``hit`` (see ``owning_verb``), if any."""
    verb = owning_verb(hit)
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return None
    return subject_token(verb)


# prepositions of the place a party goes to or gathers in ("flew to Geneva", "gathered in Cairo")
DESTINATION_PREPS = frozenset(("to", "in", "into", "at"))


def came_for(verb: Any) -> bool:
    """"negotiators returned to Geneva for talks", "flew to Cairo for a meeting": a verb of going somewhere that
    is no act of its own (or only a visit) brings its subject to the occasion its "for" phrase names ("called
    for talks" is a request, "hoped for talks" goes nowhere)."""
    from .match import match_verb
    from .patterns import index

    if not any(c.dep_ == "prep" and c.lower_ in DESTINATION_PREPS for c in verb.children):
        return False
    hit = match_verb(verb, index())
    return hit is None or hit.pattern.code in VISIT_CODES

