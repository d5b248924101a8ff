"""Which hits become events: release verbs whose object is a party, and the hits folded into another event,
only asked for, or answered by a denial."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import Event
from . import factuality, nominal, reasons, roles
from .assemble import DEPLOYED, deployment
from .coding import Coded
from .doers import EVALUATIVE_ROOTS, is_evaluative
from .keys import country_of
from .match import Hit, match_noun
from .nested import obligations
from .noun_roles import owned_doer, owning_verb
from .patterns import Pattern, index

REQUEST_ROOTS = frozenset(("02", "10"))
# acts given to someone: aid. With no party on the receiving end the text does not say who got it, and it is
# no event ("sent a bulldozer", "delivered supplies"). Reduced relations, force and coercion keep their
# target-less reading ("abandoned the convoy", an attack on a building): PLOVER GSR codes those types
TARGETED_ROOTS = frozenset(("07",))


def unaimed(e: Event) -> bool:
    """An act of a kind that needs a target, found without one ("sent a bulldozer", "delivered supplies").
    Help given to a wrongdoing ("accused Qatar of *backing terrorism*") names what it helps, not a party."""
    return e.target is None and e.cameo[:2] in TARGETED_ROOTS and not helps_a_wrong(e.pattern)


def helps_a_wrong(pattern_id: str | None) -> bool:
    """The event's dictionary pattern is a verb whose own object is a wrongdoing ('back terrorism', 'fund
    extremism'; the ``stated_reasons`` nouns of event_patterns.json)."""
    parts = (pattern_id or "").split(":")
    if "verb" not in parts[:-1]:
        return False
    words = parts[parts.index("verb") + 1].split()
    return any(w in reasons.lexicon().wrongs for w in words[1:])


def drop_requested(coded: list[Coded], toks: Sequence[Any]) -> list[Coded]:
    """The act someone is urged, asked or obliged to do has not happened: it lives in the request event
    (verbs of asking: ``asking_verbs`` in event_patterns.json; a warning not to act is coded on the warning).

    "urged Indian troops to withdraw", "demanding that the president resign", "X ought to withdraw"
    (the modal carries a demand, see ``reported_demands``).
    """
    asks = {c.hit.token.i for c in coded if c.code[:2] in REQUEST_ROOTS}
    # event nouns: noun triggers, and the nouns a verb pattern used up ("rejected the proposal")
    nouns = {i for c in coded for i in (c.hit.token.i, *c.hit.used)
             if c.hit.token.doc[i].pos_ in ("NOUN", "PROPN")}
    obliged = {v.i for _, v in obligations(toks)}
    proposed: set[int] = set()
    out = []
    for c in coded:
        tok = c.hit.token
        if c.code[:2] not in REQUEST_ROOTS and (
                tok.dep_ in ("xcomp", "ccomp") and tok.head.i in asks or tok.i in obliged
                or tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_.lower() in index().asking_verbs
                and _infinitive(tok) or _asked_by_noun(tok) or passed_over(tok)):
            continue
        if c.hit.pattern.kind != "noun" and _content_of_noun(tok, nouns):
            proposed.add(tok.i)
            continue
        out.append(c)
    # an event noun inside a proposed act ("for the UN to mediate in the talks") would take the proposed
    # doer as its own: it goes with the act
    return [c for c in out if c.hit.pattern.kind != "noun" or _clause_verb(c.hit.token) not in proposed]


def passed_over(tok: Any) -> bool:
    """"quit the alliance rather than accept the demands", "chose talks instead of imposing sanctions": the
    act chosen against has not happened. Not when the choice is urged ("instead of blaming others, X should
    ..."): then the act passed over is what X is doing."""
    than = [c for c in (tok.head.children if tok.dep_ == "conj" else tok.children if tok.dep_ == "advcl" else ())
            if c.dep_ in ("cc", "mark") and c.lower_ == "than" and c.i < tok.i]
    prep = tok.head
    if any(t.i > 0 and t.doc[t.i - 1].lower_ == "rather" for t in than):
        chosen = tok.head
    elif tok.dep_ in ("pobj", "pcomp") and prep.lower_ == "of" and (
            prep.head.lower_ == "instead" or any(c.lower_ == "instead" for c in prep.children)):
        chosen = prep.head.head if prep.head.lower_ == "instead" else prep.head
    else:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in factuality.DEONTIC for c in chosen.children)


def _asked_by_noun(verb: Any) -> bool:
    """"the calls not to destroy the bridge and to remove the post", "demands to free the hostages": an
    infinitive that spells out a noun of asking (or a conjunct of one) is only asked for."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    if not _infinitive(verb):
        return False
    # an infinitive has no subject of its own: a noun of asking the parser made its subject is the one it spells out
    # and one hung on the verb whose object the noun is ("ignored calls by X to withdraw": advcl of "ignored")
    nouns = [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "advcl":
        nouns += [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in index().asking_verbs for n in nouns)


def _clause_verb(tok: Any) -> int | None:
    """The index of the nearest verb above a token (the clause it belongs to)."""
    return next((a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _infinitive(verb: Any) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _content_of_noun(verb: Any, nouns: set[int]) -> bool:
    """"a proposal for the UN to mediate", "calls for its troops to leave", "a plan for X to withdraw": an
    infinitive that spells out what an event noun proposes, asks or plans has not happened; it lives in
    that noun's event. The parser hangs the infinitive on the noun, or on the noun's "for" object."""
    if not _infinitive(verb) or verb.dep_ not in ("acl", "advcl", "relcl") or roles.counted_tally(verb):
        return False
    head = verb.head
    if head.dep_ == "pobj" and head.head.lower_ == "for":
        head = head.head.head
    return head.i in nouns


def denied_claim(c: Coded) -> bool:
    """"Denied the claims that ...": a claim noun that names no maker of its own is what the denial answers,
    coded on the denial ("denied Washington's claims" is also Washington's accusation, see
    ``nominal.answered_hits``)."""
    tok = c.hit.token
    if c.hit.pattern.kind != "noun" or c.code[:2] != "11" or nominal.has_own_holder(c.hit):
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in factuality.DENY_CUES


def drop_folded(coded: list[Coded]) -> list[Coded]:
    """An intent cue ("pledged to supply") whose embedded act was coded is one event, not two."""
    cues = {c.ctx.cue.i for c in coded if c.ctx is not None and c.ctx.status == "intended" and not c.ctx.noun}
    # "refused to release": the refusal is coded on the refused act
    cues |= {c.hit.token.head.i for c in coded if c.code[:2] == "12" and c.hit.pattern.code[:2] != "12"
             and c.hit.token.dep_ == "xcomp" and c.hit.token.head.lemma_.lower() in factuality.REFUSE_CUES}
    # "is ready to impose martial law": the readiness adjective is the threat's cue, not a second event
    cues |= {c.hit.token.head.i for c in coded if c.code[:2] == "13" and c.hit.pattern.code[:2] != "13"
             and c.hit.token.dep_ == "xcomp"}
    # "claimed responsibility for the bombing": the claim is coded on the act it owns (noun_roles.owning_verb)
    cues |= {v.i for c in coded if (v := owning_verb(c.hit)) is not None and owned_doer(c.hit) is not None}
    # "UN peacekeepers arrived in Mali": the peacekeeping noun is the doer of its own deployment (assemble)
    # "ordered the ambassador to leave": the infinitive an act of coercion's pattern takes as one of its words
    # ("order leave", an expulsion) is part of that act, not the envoy's own departure
    cues |= {i for c in coded if c.hit.pattern.kind == "verb" and c.code[:2] == "17"
             for i in c.hit.used if c.hit.token.doc[i].dep_ == "xcomp" and c.hit.token.doc[i].head.i == c.hit.token.i}
    # "the aid sent to Gaza by Egypt": an event noun whose clause's light verb is coded with the same root is one
    # act, coded on the verb
    verbs = {(c.hit.token.i, c.code[:2]) for c in coded if c.hit.pattern.kind == "verb"}
    cues |= {c.hit.token.i for c in coded if c.hit.pattern.kind == "noun"
             and (v := nominal.clause_light_verb(c.hit.token)) is not None and (v.i, c.code[:2]) in verbs}
    # (so is a noun of deploying forces: "the first deployment of Nigerian peacekeepers arrived in Liberia")
    deployed = {c.hit.token.i for c in coded if c.code.startswith((DEPLOYED, *nominal.FORCE_MOVE_CODES))
                and c.hit.pattern.kind == "noun"
                and c.hit.token.dep_ in ("nsubj", "nsubjpass") and c.hit.token.head.pos_ == "VERB"
                and any(v.hit.token.i == c.hit.token.head.i and deployment(v) for v in coded)}
    return [c for c in coded if c.hit.token.i not in cues and c.hit.token.i not in deployed]


def drop_coordinated_evaluations(coded: list[Coded]) -> list[Coded]:
    """"illegal and unfriendly": one judgement, coded on the first adjective; "condemned the sanctions as
    illegal", "called the act scandalous": the judgement is the coded criticism that governs it."""
    evaluative = {c.hit.token.i for c in coded if is_evaluative(c)}
    critical = {c.hit.token.i for c in coded if c.code[:2] in EVALUATIVE_ROOTS and not is_evaluative(c)}
    # "the baseless accusations": the noun an adjective modifies is what it judges, not a criticism governing it
    return [c for c in coded if not is_evaluative(c) or not (
        c.hit.token.dep_ == "conj" and c.hit.token.head.i in evaluative
        or any(a.i in critical for a in c.hit.token.ancestors if not (c.hit.token.dep_ == "amod" and a.i == c.hit.token.head.i)))]


# verbs that end a detention: with a named party as object they release people, not reports or funds
CUSTODY_VERBS = {"release": "0841", "free": "0841"}


RELEASE = Pattern(id="0841:verb:release +actor", code="0841", kind="verb", head="release", deps=("dobj",))


# kinds of mention that can be held: people and the groups described by what they are
HELD_KINDS = frozenset(("person", "description"))


def custody_hits(toks: Sequence[Any], hits: Sequence[Hit], actors: DocActors) -> list[Hit]:
    """"The rebels said they will release Prime Minister X", "freed the two aid workers": a release verb whose
    object names a party (a person or group the actor table codes) is the release of people (0841), even
    when the object noun is not one of the dictionary's ("prisoner", "hostage")."""
    taken = {h.token.i for h in hits}
    out: list[Hit] = []
    for t in toks:
        if t.pos_ != "VERB" or t.i in taken or t.lemma_.lower() not in CUSTODY_VERBS or roles.is_passive(t):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None or obj.pos_ == "PRON":
            continue
        held = [m for c in roles.conjuncts(obj) for m in [actors.for_token(c)] if m is not None and m.key]
        people = obj.ent_type_ == "PERSON" or obj.tag_ == "NNS" or obj.pos_ == "PROPN" and obj.ent_type_ != "GPE"
        if held and people and any(m.kind in HELD_KINDS or "." in (m.key or "") for m in held):
            out.append(Hit(t, RELEASE, (obj.i,)))
    return out


# "gave the diplomats 48 hours to leave": granting a party a deadline to depart is its expulsion
DEADLINE_VERBS = frozenset(("give", "grant", "allow"))
DEPARTURE_VERBS = frozenset(("leave", "depart", "exit", "quit"))
TIME_ENTS = frozenset(("DATE", "TIME"))
EXPEL = Pattern(id="174:verb:give +deadline", code="174", kind="verb", head="give")


def deadline_hits(toks: Sequence[Any], hits: Sequence[Hit]) -> list[Hit]:
    """"Kenya gave Somali diplomats 72 hours to leave", "the envoys were given a week to leave the country":
    a granting verb whose object is a span of time an infinitive of departure spells out expels the party
    given it (174, CAMEO's "expel or deport individuals"); the grant and the departure are that one event."""
    out = list(hits)
    for t in toks:
        if t.lemma_.lower() not in DEPARTURE_VERBS or not _infinitive(t):
            continue
        if t.dep_ in ("relcl", "acl"):  # "48 hours to leave": the infinitive on the span of time
            span, verb = t.head, t.head.head
        elif t.dep_ in ("xcomp", "advcl"):  # "gave them 14 days | to leave": both on the granting verb
            verb = t.head
            span = next((c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.ent_type_ in TIME_ENTS), t)
        else:
            continue
        if span.ent_type_ not in TIME_ENTS or span.dep_ not in ("dobj", "npadvmod") or \
                verb.lemma_.lower() not in DEADLINE_VERBS or verb.pos_ != "VERB":
            continue
        out = [h for h in out if h.token.i not in (t.i, verb.i)] + [Hit(verb, EXPEL, (span.i,))]
    return out


def contributes_only(hit: Hit) -> bool:
    """"The fund will help rebuild schools", "this can help to create jobs": a verb of aid with a verb complement
    and no one helped (no object, and a complement with no subject of its own) says what something contributes
    to, not that anything went to anyone. "Japan helped Ukraine", "helped Mali fight" stay aid."""
    tok = hit.token
    if hit.pattern.kind != "verb" or hit.pattern.code[:2] not in TARGETED_ROOTS:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in tok.children):
        return False
    return any(c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not any(
        g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children)


def owned_up(hit: Hit) -> bool:
    """"Hamas claimed the attack", "the bombing, claimed by al-Shabaab": claiming an act is owning up to it
    (the act's doer, events/nominal.py ``claimant_token``), no accusation of anyone."""
    if hit.pattern.kind != "verb":
        return False
    act = nominal.claimed_act(hit.token)
    return act is not None and match_noun(act, index()) is not None


def victimless(hit: Hit) -> bool:
    """"No one was wounded", "the strike killed nobody": an act on no one is no event between parties."""
    if hit.pattern.kind != "verb":
        return False
    patient = next((c for c in hit.token.children if c.dep_ in ("nsubjpass", "dobj")), None)
    if patient is None or patient.i in hit.used:
        return False  # "no talks were held", "no troops were sent": the act's own noun, so the act is negated
    return factuality.names_no_one(patient)


# entity types of places: leaving one is a journey, not a break with anyone
PLACE_ENTS = frozenset(("GPE", "LOC", "FAC"))


def journey(hit: Hit, actors: DocActors) -> bool:
    """"Before leaving Conakry, Kagame invited ...", "the ambassador left Niamey": a departure verb of the
    reductions of relations (16) whose object is a place or a state (a city standing for its government is
    still a place one travels from), or that has none, is travel ("left ECOWAS", "quit the treaty" stay)."""
    tok = hit.token
    if hit.pattern.kind != "verb" or hit.pattern.code[:2] != "16" or tok.lemma_.lower() not in DEPARTURE_VERBS:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return not hit.pattern.preps
    place = actors.for_token(obj)
    return obj.ent_type_ in PLACE_ENTS or place is not None and place.kind == "state"


NAME_ENTS = frozenset(("NORP", "GPE", "ORG"))


def own_command(hit: Hit, actors: DocActors) -> bool:
    """"Maduro ordered his army to deploy", "Putin ordered troops to withdraw", "instructed ministries to gather
    information": a command verb (a demand pattern that needs a to-infinitive, "order +xcomp") given to one's
    own forces or offices is no demand on another party; the act ordered is the commander's own (coded on the
    infinitive). It stays a demand when its object names a party ("ordered Iran to explain the traces") other
    than the commander's own ("ordered Russian troops to withdraw", said of Moscow)."""
    if hit.pattern.kind != "verb" or hit.pattern.code[:2] != "10" or "xcomp" not in hit.pattern.deps:
        return False
    tok = hit.token
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    named = {m.key for t in obj.subtree if t.pos_ == "PROPN" or t.ent_type_ in NAME_ENTS
             if (m := actors.for_token(t)) is not None and m.key}  # "troops" alone is no name
    if not named:
        return True
    commander = {m.key for c in tok.children if c.dep_ == "nsubj" for t in c.subtree
                 if (m := actors.for_token(t)) is not None and m.key}
    return bool(commander) and {country_of(k) for k in named} <= {country_of(k) for k in commander}


def drop_detained_crowds(coded: list[Coded]) -> list[Coded]:
    """"28 protesters were detained", "police arrested demonstrators": a crowd noun that is the one a coded
    act of coercion (17) is done to names its victims, not a protest of its own."""
    coercions = {i for c in coded if c.code[:2] == "17" for i in (c.hit.token.i, *c.hit.used)}  # "force against"

    def patient(tok: Any) -> bool:
        if any(c.dep_ in ("acl", "relcl") for c in tok.children):
            return False  # "dispersed demonstrators protesting the results": the clause tells their protest
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "dozens of demonstrators"
            tok = tok.head.head
        if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "against", "at"):  # "a crackdown on protesters"
            return tok.head.head.i in coercions
        return tok.dep_ in ("nsubjpass", "dobj") and tok.head.i in coercions

    return [c for c in coded if not (
        c.code[:2] == "14" and c.hit.pattern.kind == "noun" and c.hit.token.lemma_.lower() in index().crowd_nouns
        and patient(c.hit.token))]

