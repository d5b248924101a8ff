"""Which hits become events: release verbs whose object is a party, and the hits folded into another event,
only asked for, or answered by a denial."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import Event
from . import factuality, nominal, roles
from .coding import Coded
from .doers import EVALUATIVE_ROOTS, is_evaluative
from .match import Hit
from .nested import obligations
from .patterns import Pattern

REQUEST_ROOTS = frozenset(("02", "10"))
# acts given to someone: aid. With no party on the receiving end the text does not say who got it, and it is
# no event ("sent a bulldozer", "delivered supplies"). Reduced relations, force and coercion keep their
# target-less reading ("abandoned the convoy", an attack on a building): PLOVER GSR codes those types
TARGETED_ROOTS = frozenset(("07",))


def unaimed(e: Event) -> bool:
    """An act of a kind that needs a target, found without one ("sent a bulldozer", "delivered supplies")."""
    return e.target is None and e.cameo[:2] in TARGETED_ROOTS


# verbs of asking whose embedded act is only asked for, coded or not ("protests calling for the president to resign")
ASKING_VERBS = frozenset("call demand urge ask press appeal plead petition".split())


def drop_requested(coded: list[Coded], toks: Sequence[Any]) -> list[Coded]:
    """The act someone is urged, asked or obliged to do has not happened: it lives in the request event.

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
                or tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_.lower() in ASKING_VERBS
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
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in ASKING_VERBS for n in nouns)


def _clause_verb(tok: Any) -> int | None:
    """The index of the nearest verb above a token (the clause it belongs to)."""
    return next((a.i for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _infinitive(verb: Any) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _content_of_noun(verb: Any, nouns: set[int]) -> bool:
    """"a proposal for the UN to mediate", "calls for its troops to leave", "a plan for X to withdraw": an
    infinitive that spells out what an event noun proposes, asks or plans has not happened; it lives in
    that noun's event. The parser hangs the infinitive on the noun, or on the noun's "for" object."""
    if not _infinitive(verb) or verb.dep_ not in ("acl", "advcl", "relcl"):
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
    return [c for c in coded if c.hit.token.i not in cues]


def drop_coordinated_evaluations(coded: list[Coded]) -> list[Coded]:
    """"illegal and unfriendly": one judgement, coded on the first adjective; "condemned the sanctions as
    illegal", "called the act scandalous": the judgement is the coded criticism that governs it."""
    evaluative = {c.hit.token.i for c in coded if is_evaluative(c)}
    critical = {c.hit.token.i for c in coded if c.code[:2] in EVALUATIVE_ROOTS and not is_evaluative(c)}
    return [c for c in coded if not is_evaluative(c) or not (
        c.hit.token.dep_ == "conj" and c.hit.token.head.i in evaluative
        or any(a.i in critical for a in c.hit.token.ancestors))]


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
