"""To whom: the target of an event from its argument phrases, then, when the parse names none, from the
sentence's and the previous sentence's other parties, both sides of a dispute, and shipments' routes."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Sentence
from . import counterparts, factuality, keys, nominal, noun_roles, np_actors, reasons, roles, when_where
from .codebook import FORCE_ROOTS, VISIT_CODES
from .coding import WARNED_ACCUSATION, Coded, warned_threat_doer
from .discourse import Discourse, earlier_doer
from .doers import (
    MOVED_FORCE_CODES,
    PLACE_ROOTS,
    evaluated,
    is_evaluative,
    is_patient_noun,
    judged_only,
    judges,
    predicated,
)
from .noun_roles import owning_verb
from .patterns import index
from .places import is_locative

RUMOUR_NOUNS = frozenset(("rumor", "rumour", "fake", "lie", "fabrication", "smear"))


def accused_first(verb: Any, cands: list[Any]) -> list[Any]:
    """"accused Somalia of a crackdown on journalists": an accusation is aimed at its object, not at a party
    named inside the act it alleges (the "of"/"for" phrase comes first among the pattern's phrases)."""
    if verb.lemma_.lower() not in roles.ACCUSE_CUES:
        return cands
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return objs + [t for t in cands if t not in objs]


def targets(c: Coded, actors: DocActors, source_keys: set[str],
            mentions: Sequence[tuple[Any, ActorMention]] = (),
            discourse: Discourse = Discourse()) -> list[ActorMention]:
    """The first candidate target phrase naming coded actors other than the source.

    When the parse gives none: a bare claim noun ("rejected the allegations") points back to the
    latest accuser; otherwise the nearest other party the sentence names, then the previous
    sentence's (``counterparts.counterpart``).
    """
    p = c.hit.pattern
    tok = c.hit.token
    if p.kind == "noun" and predicated(tok):  # "X is a provocation": X's doer, else the party last accusing
        found = [m for t in evaluated(tok) for m in np_actors.actors_of(t, actors) if m.key not in source_keys]
        acc = discourse.accuser
        if not found and acc is not None and acc.key and keys.country_of(acc.key) not in {
                keys.country_of(k) for k in source_keys}:
            found = [acc]
        return found[:1]
    if judged_only(c):  # "X poses a threat to Y": the one judged is X, not Y, and no one else when X is no party
        found = [m for t in evaluated(tok, verb=judges(c)) for m in np_actors.actors_of(t, actors)
                 if m.key not in source_keys]
        return [m for i, m in enumerate(found) if all(m.key != o.key for o in found[:i])]
    if p.kind == "adj" or p.kind == "noun" and is_evaluative(c):  # "the move is unacceptable / a provocation"
        cands = (evaluated(tok) if is_evaluative(c) else []) + roles.prep_objects(tok, roles.TARGET_PREPS)
        # "ready to help Sri Lanka", "willing to talk with Kyiv": the party of the infinitive it is ready for
        cands += [g for x in infinitive_chain(tok) for g in
                  [*(o for o in x.children if o.dep_ in ("dobj", "dative")), *roles.prep_objects(x, roles.TARGET_PREPS)]]
    elif p.kind == "noun":
        cands = nominal.target_tokens(c.hit)
    else:
        cands = accused_first(tok, roles.target_tokens(tok, p.preps, noun=False))
        cands = [*acted_by(tok), *cands]
        if c.code == WARNED_ACCUSATION and (doer := warned_threat_doer(tok)) is not None:
            cands = [doer, *cands]  # "warned of the threat posed by China": China is accused
        if c.code[:2] == PROTEST_ROOT:
            cands = [*purpose_parties(tok), *cands]
        if c.code[:2] == DISAPPROVE_ROOT:
            cands = [*complained_of(tok), *cands]
        if c.code[:2] == FORCE_SHOW_ROOT:
            cands = [*opposed_in_preparation(tok), *cands]
        if c.code[:2] == THREAT_ROOT:
            cands = [*cands, *threat_conditions(tok)]
    recv = noun_roles.receipt_verb(tok) if p.kind == "noun" else None
    if recv is not None:
        receiver = roles.subject_token(recv)
        receiver = act_agent(receiver) or receiver
        cands = ([receiver] if receiver is not None else []) + [t for t in cands if t is not noun_roles.giver_token(tok)]
    elif is_patient_noun(c.hit) and not nominal.possessor_is_doer(c.hit):
        cands = [t for t in tok.children if t.dep_ == "poss"] + list(cands)
    elif p.kind == "verb" and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        cands = [tok.head] + list(cands)
    if p.kind == "verb" and p.code.startswith(MOVED_FORCE_CODES):
        # "troops were deployed by Russia to Belarus", "soldiers sent by Kenya to Haiti": what a show of force
        # moves (the passive's subject, the noun a participle qualifies) is the doer's own, not where it goes
        moved = {t.i for t in tok.children if t.dep_ == "nsubjpass"}
        if tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            moved.add(tok.head.i)
        cands = [t for t in cands if t.i not in moved]
    places = p.code[:2] in PLACE_ROOTS
    own_countries = {keys.country_of(k) for k in source_keys}
    if any(_both_sides(t) for t in cands[:3]):
        pair = _two_parties(tok, source_keys, [*mentions, *discourse.prior])
        if pair:
            return pair
    cands = [t for t in cands if not helper_phrase(t) and not channel_phrase(t, tok)]
    for t in cands:
        if not places and is_locative(t) and not _visited(c, t):
            continue  # "met in Brussels": where, not with whom
        if _topic(c, t) or p.kind == "verb" and _bare_act(t, c, actors):
            continue  # "exchanged views on North Korea": what they talked about, not with whom
        named = [m for p in _act_parties(c, t, actors) for m in np_actors.actors_of(p, actors)] or np_actors.actors_of(t, actors)
        found = [m for m in named if m.key not in source_keys and not _own_state(m, source_keys)
                 and not (c.code.startswith(RETREAT_CODES) and keys.country_of(m.key) in own_countries)
                 and not _own_force_committed(c, t, m, own_countries)]
        if found:
            return found
    if not source_keys or nominal.own_parties_only(c.hit) or _helps_a_wrong(c):
        return []
    src_countries = {keys.country_of(k) for k in source_keys}
    owned = owned_target(c, discourse)
    if owned is not None and owned.key not in source_keys:  # a civil war's army is its rebels' target
        return [owned]
    earlier = earlier_doer(cands, discourse)
    if earlier is not None and earlier.key and keys.country_of(earlier.key) not in src_countries:
        return [earlier]
    acc = discourse.accuser
    if acc is not None and acc.key and keys.country_of(acc.key) not in src_countries and any(
            t.lemma_.lower() in factuality.CLAIM_NOUNS | RUMOUR_NOUNS and not _medium(t) for t in cands):
        return [acc]
    if against_own_state(c, source_keys):  # "the army staged a coup": at its own government, not a party nearby
        return own_government(c, source_keys, mentions)
    domestic = index().on_own_people(p.code, p.id.partition("@")[0])
    topical = any(t.dep_ == "dobj" and t.lower_ in counterparts.DEMONSTRATIVES for t in tok.children)
    reactors = reacting_subject(tok) if p.kind == "noun" else set()
    for pool in (mentions, discourse.prior):
        other = counterparts.counterpart(tok, [(t, m) for t, m in pool if not m.start <= tok.idx < m.end
                                               and not (t.i in reactors and keys.country_of(m.key) not in src_countries)
                                               and not _own_force_committed(c, t, m, src_countries)
                                               and not helper_phrase(t) and not channel_phrase(t, tok)],
                                  source_keys, places=places, topical=topical, conditions=p.code[:2] == "13")
        if other is not None and not (domestic and keys.country_of(other.key) not in src_countries):
            return [other]
    if domestic:  # a curfew or a crackdown aimed at no one named: at the people, not at a foreign party nearby
        return own_people(c, actors, src_countries)
    if _aid(p.code):  # "pledge aid as floods displace thousands in Pakistan": aid goes where the need is
        other = counterparts.counterpart(tok, [(t, m) for t, m in mentions if not m.start <= tok.idx < m.end and
                                        "." not in (m.key or "") and not channel_phrase(t, tok)], source_keys,
                                         places=True, conditions=True)
        if other is not None:
            return [other]
    return place_done_in(c, actors, source_keys)


# roots whose place phrase is only where the act was said, asked, held or staged ("said in Tehran", "met in
# Geneva", "rallied in Paris"), never the party it concerns
PLACE_BLIND_ROOTS = frozenset(("01", "02", "04", "14"))
# and the intent to meet or negotiate ("will meet again in Brussels")
PLACE_BLIND_CODES = ("036",)
# prepositions that set the place an act is carried out in
DONE_IN_PREPS = ("in", "inside", "throughout", "across")
PLACE_ENTITIES = frozenset(("GPE", "LOC", "FAC"))  # the named-entity types of places


def reacting_subject(noun: Any) -> set[int]:
    """"France condemned the coup", "Washington welcomed the ceasefire": the subject of the verb an event noun
    is the object of reacts to the event; of another country than the event's doer, it is no party to it.
    Returns that subject's tokens."""
    head = noun
    while head.dep_ in ("pobj", "prep", "compound", "conj") and head.head is not head:
        head = head.head
    if head.dep_ not in ("dobj", "pobj") or head.head.pos_ != "VERB":
        return set()
    verb = head.head
    return {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}


def place_done_in(c: Coded, actors: DocActors, source_keys: set[str]) -> list[ActorMention]:
    """"threatened to ban voting in Gaza", "suspended aid deliveries in Baghdad", "eased the curfew in
    Syria", "opened an embassy in Tehran": an act that names no party it is aimed at is aimed at the place it
    is carried out in (its people or government), named in a place phrase on the trigger, its object or its
    infinitive (and its infinitive's object), or one level further in ("in the capital of Syria"). A place
    of the source's own country ("Cairo imposed a curfew in Alexandria") stands for its people. Not for coordinated doers ("A and B swapped
    prisoners in C": where they did it together), nor for what is only said, asked, held or
    staged somewhere (``PLACE_BLIND_ROOTS``, ``PLACE_BLIND_CODES``).
    """
    if len(source_keys) != 1 or any(code[:2] in PLACE_BLIND_ROOTS or code.startswith(PLACE_BLIND_CODES)
                              for code in (c.code, c.hit.pattern.code)):
        return []
    tok = c.hit.token
    own = {keys.country_of(k) for k in source_keys}
    holders = [tok, *(o for o in tok.children if o.dep_ in ("dobj", "xcomp"))]
    holders += [g for o in holders[1:] if o.dep_ == "xcomp" for g in o.children if g.dep_ == "dobj"]
    for place in (p for h in holders for p in _place_phrases(h)):
        for m in _place_parties(place, actors):
            country = keys.country_of(m.key)
            if country in own and keys.is_country(country):
                return [ActorMention(m.start, m.end, m.text, f"{country}.CVL", None, kind="description",
                                     evidence=f"people of the place of {c.code}")]
            if m.key not in source_keys:
                return [m]
    return []


def _place_parties(place: Any, actors: DocActors) -> list[ActorMention]:
    """The parties a place phrase's object names, leaving out the owner of an act it names ("launch an
    offensive in its war with Iraq", "in Iran's campaign"): a possessive before a word that is no place says
    whose the act is, not where it is done."""
    if is_locative(place) or place.ent_type_ in PLACE_ENTITIES:
        return np_actors.actors_of(place, actors)
    owned = [(t.idx, t.idx + len(t)) for o in place.children if o.dep_ == "poss" for t in o.subtree]
    return [m for m in np_actors.actors_of(place, actors) if not any(a <= m.start < b for a, b in owned)]


def _place_phrases(holder: Any) -> list[Any]:
    """The objects of a word's "in" phrases, then of the "in"/"of"/"near" phrases inside those ("in a town near
    Aleppo", "in the capital of Syria"), then the other side of a war or a conflict it is done in
    (``SIDE_PREPS``), then the place of what it goes to ("contribute troops to a force in Liberia", "demanded
    the parties to the conflict in Iraq")."""
    first = roles.prep_objects(holder, DONE_IN_PREPS)
    inner = [g for t in first for g in roles.prep_objects(t, (*DONE_IN_PREPS, "of", "near"))]
    sides = [g for t in first if not is_locative(t) for g in roles.prep_objects(t, SIDE_PREPS)]
    goes_to = [g for t in roles.prep_objects(holder, ("to",)) if not is_locative(t)
               for g in roles.prep_objects(t, DONE_IN_PREPS)]
    return [*first, *inner, *sides, *goes_to]


# "an offensive in its war with Iraq", "in the conflict against the rebels": an act carried out in a war or a
# conflict is aimed at the other side that war names
SIDE_PREPS = ("with", "against")


PROTEST_ROOT = "14"
# the prepositions after a purpose clause's verb or object that name whom it is aimed at ("anger at", "against")
PURPOSE_PREPS = ("against", "at", "on", "over", "toward", "towards", "with", "to", "for")


FORCE_SHOW_ROOT = "15"
THREAT_ROOT = "13"
# the subordinators of the condition a threat is made on ("if", "unless", "should it ...")
CONDITION_MARKS = frozenset(("if", "unless"))


def threat_conditions(verb: Any) -> list[Any]:
    """"Iran threatened to close the strait if the United States imposes sanctions", "Russia warned it would cut
    supplies unless Ukraine drops the bid": a threat is aimed at the party whose act its condition names, the
    subject of an "if"/"unless" clause on the threatening verb or on the act threatened (its infinitive or
    its reported clause, one level or two down). Returns those subjects, after the verb's own arguments."""
    acts = [verb, *(x for x in verb.children if x.dep_ in ("xcomp", "ccomp"))]
    acts += [x for a in acts[1:] for x in a.children if x.dep_ in ("xcomp", "ccomp", "conj")]
    out: list[Any] = []
    for act in acts:
        for cl in act.children:
            if cl.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in cl.children):
                continue
            subj = roles.subject_token(cl)
            if subj is not None:
                out.append(subj)
    return out


def opposed_in_preparation(verb: Any) -> list[Any]:
    """"mobilized army reservists for a possible war against Iraq", "put its forces on alert against an attack
    by Russia", "massed troops for an offensive against the rebels": a show of force is aimed at the party
    it is readied against, named in an "against" phrase on the verb, on its object or on what it is for,
    before the doer's own forces it moves. Returns those phrases' objects (an "against" act's "by" agent
    first)."""
    holders = [verb, *(o for o in verb.children if o.dep_ == "dobj")]
    holders += [g for h in list(holders) for g in roles.prep_objects(h, ("for", "on"))]
    against = [g for h in holders for g in roles.prep_objects(h, ("against",))]
    return [a for g in against for a in (*roles.prep_objects(g, ("by",)), g)]


DISAPPROVE_ROOT = "11"
# the prepositions that name what a complaint is about ("complained to the UN over Israeli raids")
GRIEVANCE_PREPS = ("over", "about", "against", "regarding", "concerning")


def complained_of(verb: Any) -> list[Any]:
    """"Lebanon complained to the United Nations over Israeli air raids", "protested to the African Union about
    Somalia": a complaint carried to an audience (a "to" phrase) is aimed at the party it is about, not at
    the one it is made to. Returns the objects of the verb's "over"/"about" phrases when it has a "to" phrase."""
    if not roles.prep_objects(verb, ("to",)):
        return []
    return roles.prep_objects(verb, GRIEVANCE_PREPS)


def purpose_parties(verb: Any) -> list[Any]:
    """"rallied in Berlin to denounce Russia", "blocked a road to show their anger at the United States",
    "marched in Nairobi demanding that China free the activists": a protest is aimed at whom its purpose
    clause (an infinitive or a participle on the verb) addresses, not at the place it is held in. Returns that
    clause's object, its object's and its own prepositional objects and the subject of what it demands."""
    out: list[Any] = []
    for cl in verb.children:
        if cl.dep_ not in ("advcl", "xcomp") or not (roles.to_infinitive(cl) or cl.tag_ == "VBG"):
            continue
        objs = [o for o in cl.children if o.dep_ in ("dobj", "dative")]
        out += objs + roles.prep_objects(cl, PURPOSE_PREPS)
        out += [g for o in objs for g in roles.prep_objects(o, PURPOSE_PREPS)]
        out += [s for x in cl.children if x.dep_ == "ccomp" and (s := roles.subject_token(x)) is not None]
    return out


def infinitive_chain(tok: Any, depth: int = 3) -> list[Any]:
    """"ready to help defend Poland", "willing to send aid to help rebuild Ukraine", "prepared to try to persuade
    Iran": the infinitive a readiness word governs and the infinitives it governs in turn (its own
    complements and purpose clauses), nearest first, so the party the last act is aimed at is found."""
    out: list[Any] = []
    level = [x for x in tok.children if x.dep_ == "xcomp"]
    while level and depth:
        out += level
        level = [x for v in level for x in v.children if x.dep_ == "xcomp" or x.dep_ == "advcl" and roles.to_infinitive(x)]
        depth -= 1
    return out


def owned_target(c: Coded, discourse: Discourse) -> ActorMention | None:
    """"Militants attacked an army post. A group claimed responsibility for the attack": an act that a
    party claims responsibility for, naming no target of its own, is the attack last reported, and its
    target is that attack's (its own root first, then the other roots of armed force)."""
    if owning_verb(c.hit) is None:
        return None
    root = c.code[:2]
    for r in (root, *(f for f in FORCE_ROOTS if f != root and root in FORCE_ROOTS)):
        pair = discourse.parties(r)
        if pair is not None and pair[1].key:
            return pair[1]
    return None


# prepositions of the channel an act goes through ("aid through UN agencies", "talks via Qatari mediators")
CHANNEL_PREPS = frozenset(("through", "via"))


def channel_phrase(tok: Any, trigger: Any) -> bool:
    """"will provide $3 million in aid through UN agencies", "sent the message via Swiss diplomats", "held talks
    through Omani mediators": a party named in a "through"/"via" phrase is the channel the act goes by, not
    the one it is aimed at. True for the phrase's object and the words inside it, unless the trigger is
    inside that phrase too ("through anti-Pakistan propaganda": the act's own party) or it is a place the act
    goes across ("marched through Nairobi")."""
    for t in (tok, *tok.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in CHANNEL_PREPS:
            return trigger not in t.subtree and t.ent_type_ not in PLACE_ENTITIES
        if t.dep_ not in ("compound", "amod", "poss", "pobj", "prep", "appos", "conj", "nmod"):
            return False
    return False


def helper_phrase(tok: Any) -> bool:
    """"tightened the blockade of Serbia with Albania's help", "imposed a blockade on Somalia with support from
    Ethiopia", "launched strikes with the blessing of Washington": a party named in a "with" phrase of help is
    on the doer's side, not the one the act is aimed at. True for the phrase's help noun and the parties it
    names (its possessor, its "of"/"from" phrase)."""
    noun = tok
    if tok.dep_ == "poss" or tok.dep_ == "pobj" and tok.head.lower_ in ("of", "from") and tok.head.dep_ == "prep":
        noun = tok.head if tok.dep_ == "poss" else tok.head.head
    while noun.dep_ in ("compound", "amod", "conj") and noun.head is not noun:
        noun = noun.head
    return (noun.lemma_.lower() in index().help_nouns and noun.dep_ == "pobj" and noun.head.lower_ == "with"
            and noun.head.dep_ == "prep")


def _bare_act(obj: Any, c: Coded, actors: DocActors) -> bool:
    """"held talks with A and B": the pattern's own object, when it names no party itself ("deploying
    police") nor has one before it ("Egypt's proposal", "German diplomats"), is the act, not a party; the
    phrases after it name the parties."""
    if obj.head != c.hit.token or obj.lemma_.lower() not in c.hit.pattern.nouns or actors.for_token(obj) is not None:
        return False  # "deploying police": a party the act moves, not an event noun
    if any(m.dep_ in ("poss", "amod", "compound", "nmod") and m.i < obj.i and actors.for_token(m) is not None
           for m in obj.children):
        return False
    # only when a phrase after it names a party of its own ("with A and B"); "the transit of EU goods" stays
    after = roles.prep_objects(obj, (*roles.TARGET_PREPS[:-1], *TOPIC_PREPS))
    return any(actors.for_token(t) is not None for t in after)


# roots of acts aimed at the parties of the act they are about ("welcomed the deal between A and B")
ACT_ROOTS = frozenset(("01", "02", "03", "04", "05", "06", "07", "08", "09"))


def _act_parties(c: Coded, obj: Any, actors: DocActors) -> list[Any]:
    """"welcomed the agreement between Israel and Hamas", "praised the deal signed by A and B": an event
    noun with no party of its own before it names its parties in a "between"/"among" phrase or in the
    "by" agent of a participle on it; all of them are the ones the act is aimed at (not only the first)."""
    if c.code[:2] not in ACT_ROOTS or obj.pos_ != "NOUN" or obj.lemma_.lower() not in index().nouns:
        return []
    if actors.for_token(obj) is not None or any(
            m.dep_ in ("poss", "amod", "compound", "nmod") and m.i < obj.i and actors.for_token(m) is not None
            for m in obj.children):
        return []
    between = roles.prep_objects(obj, ("between", "among"))
    if between:
        return between[:1]
    return [g for a in obj.children if a.dep_ == "acl" and a.tag_ == "VBN" for b in a.children if b.dep_ == "agent"
            for g in b.children if g.dep_ == "pobj"][:1]


# de-escalation and withdrawal: the source's own forces it pulls back are not the party it yields to
# ("withdrew its troops from Syria" is aimed at Syria)
RETREAT_CODES = ("087",)


# acts of intent, cooperation, aid and yielding, whose object may be the forces the doer commits (a show of force
# deploying its own police is aimed at them: "deployed police and soldiers in a crackdown")
COMMITTING_ROOTS = frozenset(("03", "06", "07", "08"))
FORCE_SECTORS = frozenset(("MIL", "COP"))


def _own_force_committed(c: Coded, obj: Any, m: ActorMention, own_countries: set[str]) -> bool:
    """"ready to contribute 4,000 troops to the force", "willing to withdraw its troops from Lebanon", "sent
    soldiers to help Haiti": the doer's own forces that an offer, a pledge or an aid commits (the object it
    moves) are what it sends, not the party the act is aimed at, whether the parse hands it over or it is
    the nearest party of the sentence."""
    if c.code[:2] not in COMMITTING_ROOTS or obj.dep_ not in ("dobj", "nsubjpass"):
        return False
    return keys.country_of(m.key) in own_countries and keys.sector_of(m.key) in FORCE_SECTORS


# consultations: what a "on"/"about" phrase names is the topic talked over, not a party talked with
CONSULT_ROOTS = frozenset(("04",))
TOPIC_PREPS = frozenset(("on", "about", "over", "regarding", "concerning"))


def _topic(c: Coded, tok: Any) -> bool:
    return c.code[:2] in CONSULT_ROOTS and tok.dep_ == "pobj" and tok.head.lower_ in TOPIC_PREPS



def _visited(c: Coded, place: Any) -> bool:
    """The place is the pattern's own phrase of a visit ("arrive in"): the host, not only where it was."""
    return c.code.startswith(VISIT_CODES) and place.dep_ == "pobj" and place.head.head == c.hit.token and (
        place.head.lower_ in c.hit.pattern.preps)


def _medium(tok: Any) -> bool:
    """"warned in a statement", "said in a report": the text a party speaks through, not one it answers."""
    return tok.dep_ == "pobj" and tok.head.lower_ in ("in", "through", "via")


def own_people(c: Coded, actors: DocActors, src_countries: set[str]) -> list[ActorMention]:
    """"Tunisia imposed a curfew", "troops quelled the unrest in Thala": a curfew, a ban or a crackdown
    that names no one is aimed at the people of the place it is imposed in, else of the doer's country."""
    tok = c.hit.token
    spots = [tok, *(t for t in tok.children if t.dep_ in ("dobj", "nsubjpass")), tok.head]
    country = next((k for k in (when_where.place_country(t, actors) for t in spots) if k), None)
    if country is None and len(src_countries) == 1:
        country = next(iter(src_countries))
    if country is None or not keys.is_country(country):
        return []
    return [ActorMention(tok.idx, tok.idx + len(tok), tok.text, f"{country}.CVL", None, kind="description",
                         evidence=f"own people of {c.code}")]


# the doers of a coup: forces and factions of a state, not a state or its government acting abroad
STATE_CHALLENGER_SECTORS = frozenset(("MIL", "COP", "REB", "OPP", "PTY", "CVL"))


def against_own_state(c: Coded, source_keys: set[str]) -> bool:
    """"Soldiers staged a coup", "the rebels seized power", "a coup attempt by army officers": an act of the
    ``own_state`` patterns done by a force or faction of one country (``STATE_CHALLENGER_SECTORS``); a
    government backing a coup abroad is left to the other ways of finding a target."""
    if c.hit.pattern.id.partition("@")[0] not in index().own_state or not source_keys:
        return False
    if len({keys.country_of(k) for k in source_keys}) != 1:
        return False
    return all(keys.sector_of(k).split(":")[0] in STATE_CHALLENGER_SECTORS for k in source_keys)


def own_government(c: Coded, source_keys: set[str],
                   mentions: Sequence[tuple[Any, ActorMention]]) -> list[ActorMention]:
    """The government of the doer's own country: the first mention of it the sentence names ("ousted President
    X"), else that government unnamed, at the trigger."""
    country = keys.country_of(next(iter(source_keys)))
    if not keys.is_country(country):
        return []
    for _, m in mentions:
        if m.key and m.key not in source_keys and keys.country_of(m.key) == country and keys.sector_of(m.key) == "GOV":
            return [m]
    tok = c.hit.token
    return [ActorMention(tok.idx, tok.idx + len(tok), tok.text, f"{country}.GOV", None, kind="description",
                         evidence=f"own government of {c.code}")]


def _route_parties(c: Coded, actors: DocActors) -> tuple[list[ActorMention], list[ActorMention]]:
    """The "from" and "to" parties of a shipment ("transferring rockets from North Korea to Russia")."""
    tok = c.hit.token
    heads = [tok, *(t for t in tok.children if t.dep_ == "dobj")]
    def named(prep: str) -> list[ActorMention]:
        return [m for h in heads for t in roles.prep_objects(h, (prep,)) for m in np_actors.actors_of(t, actors)]
    return named("from"), named("to")


def routed(c: Coded, srcs: list[ActorMention], found: list[ActorMention],
            actors: DocActors) -> tuple[list[ActorMention], list[ActorMention]]:
    """Aid moved "from X to Y": Y is the recipient; when the subject is Y's own side it is the
    taker, not the giver, so X is the source ("Moscow is transferring rockets from North Korea to Russia")."""
    if c.code[:2] != "07" or c.hit.pattern.kind != "verb" or not srcs:
        return srcs, found
    givers, takers = _route_parties(c, actors)
    if not takers:
        return srcs, found
    taker_countries = {keys.country_of(m.key) for m in takers if m.key}
    if givers and all(keys.country_of(s.key) in taker_countries for s in srcs if s.key):
        return givers, takers
    src_countries = {keys.country_of(s.key) for s in srcs if s.key}
    other = [m for m in takers if keys.country_of(m.key) not in src_countries]
    return (srcs, other) if other else (srcs, found)


HELP_ROOTS = ("05", "06", "07")  # CAMEO: diplomatic, material cooperation, aid


def _helps_a_wrong(c: Coded) -> bool:
    """"accused Qatar of *backing terrorism*", "is said to fund extremism": help whose object is a wrongdoing
    (the ``stated_reasons`` nouns of event_patterns.json) goes to a deed, not to a party; no party named
    nearby (the accuser, a neighbour) is the one helped."""
    if c.code[:2] not in HELP_ROOTS or c.hit.pattern.kind != "verb":
        return False
    wrongs = reasons.lexicon().wrongs
    return any(n in wrongs for n in c.hit.pattern.nouns)


def _aid(code: str) -> bool:
    """Material aid given or pledged (CAMEO 07, 033)."""
    return code[:2] == "07" or code[:3] == "033"


# "urged both sides", "called on the two countries": the two parties the text is about
SIDE_NOUNS = frozenset(("side", "party", "country", "neighbour", "neighbor", "nation", "government", "rival"))


def _both_sides(tok: Any) -> bool:
    if tok.lemma_.lower() not in SIDE_NOUNS or tok.tag_ != "NNS":
        return False
    return any(c.lower_ in ("both", "two") for c in tok.children if c.dep_ in ("det", "predet", "nummod"))


# heads of "the two leaders", "both governments": the two parties the text is about, as doers
PAIR_HEADS = SIDE_NOUNS | frozenset(("leader", "minister", "diplomat", "delegation", "president", "premier"))


def _pair_pronoun(phrase: Any, trigger: Any) -> bool:
    """"Each accused the other", "both blamed the other", "they accused each other": a bare "each", "both"
    or "they" subject of a reciprocal act (``is_reciprocal``) stands for the two parties named before, as
    "the two sides" does."""
    if phrase.dep_ not in ("nsubj", "nsubjpass") or phrase.head.i != trigger.i or list(phrase.children):
        return False
    return phrase.lower_ in ("each", "both", "they") and is_reciprocal(trigger)


def _numbered_pair(phrase: Any, pool: Sequence[tuple[Any, ActorMention]]) -> bool:
    """"the two leaders", "both countries": a plural party noun counted as two (or "both") that names no
    party of its own."""
    if phrase.lemma_.lower() not in PAIR_HEADS or phrase.tag_ != "NNS":
        return False
    marks = {c.lower_ for c in phrase.children if c.dep_ in ("det", "predet", "nummod", "poss")}
    if not ("both" in marks or "two" in marks and marks & {"the", "their", "these", "those"}):
        return False  # "two ministers from Kenya": two people, not the two parties
    own = {g.i for c in phrase.children if c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for g in c.subtree}
    return not any(t.i in own for t, _ in pool)  # "the two Kenyan ministers": the phrase names its own party


def pair_sources(phrase: Any | None, trigger: Any, pool: Sequence[tuple[Any, ActorMention]],
                 prior: Sequence[tuple[Any, ActorMention]] = ()) -> list[ActorMention]:
    """"The two leaders met", "both countries agreed", "the two nations' relationship": a doer phrase
    that names two parties by number stands for the first two states named around the act (in its
    sentence, else the one before), not for whichever one the phrase itself resolves to."""
    if phrase is None or not (_pair_pronoun(phrase, trigger) or _numbered_pair(phrase, pool)):
        return []
    lo, hi = roles.np_bounds(phrase)
    here = [(t, m) for t, m in pool if not lo <= m.start < hi]
    # both from one sentence: this one when it names two, else the one before ("Brazil said both delegations
    # had agreed" after "Guyana and Venezuela met" is Guyana and Venezuela, not Brazil)
    return _two_parties(trigger, set(), here) or _two_parties(trigger, set(), prior)


def _two_parties(trigger: Any, source_keys: set[str],
                 pool: Sequence[tuple[Any, ActorMention]]) -> list[ActorMention]:
    """The first two state parties other than the source named around the trigger."""
    src_countries = {keys.country_of(k) for k in source_keys}
    out: list[ActorMention] = []
    for t, m in pool:
        if m.key is None or is_locative(t) or m.start <= trigger.idx < m.end:
            continue
        country = keys.country_of(m.key)
        if country in src_countries or any(keys.country_of(o.key) == country for o in out):
            continue
        out.append(m)
        if len(out) == 2:
            return out
    return []


def act_agent(receiver: Any | None) -> Any | None:
    """"The arrest of a French journalist by Iranian police drew criticism from Paris": what draws the
    criticism is an act, and the one criticised is its "by" agent, not the party it was done to."""
    if receiver is None or receiver.pos_ != "NOUN":
        return None
    # the parser may hang the "by" phrase on the act's "of" object ("the arrest of a journalist by police")
    holders = [receiver, *(g for c in receiver.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj")]
    return next((g for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"), None)


def acted_by(verb: Any) -> list[Any]:
    """"Canada condemned the downing of a Ukrainian airliner by Iran", "protested the visit to Taiwan by the US
    speaker": a verb whose object is an act is aimed at that act's "by" agent, even where the parser hangs the
    "by" phrase on a phrase inside the act. Returns that agent, if any."""
    objs = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    if not objs:
        return []
    inner = [g for o in objs for c in o.children if c.dep_ == "prep" and c.lower_ in ("of", "to", "on")
             for g in c.children if g.dep_ == "pobj"]
    holders = [*objs, *inner] + ([verb] if not roles.is_passive(verb) else [])  # an active verb has no "by" doer
    return [g for h in holders for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
            for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN")][:1]


def is_reciprocal(tok: Any) -> bool:
    """"accused each other", "blamed one another", "met with each other": the act goes both ways between
    the coordinated subjects, whatever its kind."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    # "each accused the other", "both blamed the other": a bare "each"/"both" subject makes "the other" mutual
    each = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("each", "both") and not list(c.children)
               for c in tok.children)
    return any(o.lower_ == "other" and any(d.lower_ == "each" or each and d.lower_ == "the" for d in o.children)
               or o.lower_ == "one" and any(d.lower_ == "another" for d in o.children)
               or o.lower_ == "another" and any(d.lower_ == "one" for d in o.children) for o in objs)


def _own_state(m: ActorMention, source_keys: set[str]) -> bool:
    """The source's own country named bare ("Russia" for a Russian ministry): not a second party."""
    return "." not in (m.key or "") and ":" not in (m.key or "") and any(
        keys.country_of(k) == m.key for k in source_keys)


def sentence_mentions(doc: Any, sent: Sentence, actors: DocActors) -> list[tuple[Any, ActorMention]]:
    """The coded actor mentions of a sentence, each with the head token of its span."""
    inside = getattr(actors, "inside", None)
    if inside is None:
        return []
    out: list[tuple[Any, ActorMention]] = []
    for m in inside(sent.start, sent.end):
        if not m.key:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span):
            out.append((span.root, m))
    return out
