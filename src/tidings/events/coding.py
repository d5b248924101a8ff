"""Coding a trigger hit: its factuality status, its CAMEO code refined by what surrounds it, and who holds it
(the speaker or frame that reports it), before any actor is attached."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Statement
from . import codebook, factuality, keys, noun_roles, np_actors, refine, roles
from .match import Hit, match_noun, match_verb
from .patterns import index


@dataclass(frozen=True, slots=True)
class Coded:
    """A hit with its status and code decided, before actors are attached."""

    hit: Hit
    code: str
    status: str
    holder: ActorMention | None
    ctx: factuality.Context | None


def frame_holder(ctx: factuality.Context | None, actors: DocActors) -> ActorMention | None:
    if ctx is None or ctx.holder is None:
        return None
    return np_actors.actor_of(ctx.holder, actors)


def quote_holder(tok: Any, statements: Sequence[Statement]) -> ActorMention | None:
    for st in statements:
        if st.content.start <= tok.idx < st.content.end and st.speaker is not None and st.speaker.key:
            return st.speaker
    return None


def _code(hit: Hit, status: str, ctx: factuality.Context | None) -> str:
    code = refine.by_object(hit.pattern.code, refine.words_near(hit.token))
    code = refine.as_denial(code, hit.token)
    code = refine.as_show_of_force(code, hit.token)
    code = _warned_of_another(code, hit)
    code = _mandated(code, hit)
    if code[:2] in ("13",) and code in ("130",):
        emb = next((c for c in hit.token.children if c.dep_ == "xcomp"), None)
        if emb is not None:
            h = _embedded_code(emb)
            if h is not None:
                code = refine.as_threat(h)
    info = codebook.info(code)
    if info.quad_class in (1, 2) and factuality.refused(hit.token):
        return refine.as_refusal(code)  # "declined to resign", "will not release"
    if status == "intended":
        code = refine.as_intent(code)
    if status not in ("negated", "denied") and (
            code[:2] in refine.THREAT_ROOTS and factuality.announced(hit.token) or factuality.ultimatum(hit.token)):
        code = refine.as_threat(code)  # "said it will impose sanctions", "will withdraw unless ...": a threat
    return code


def _warned_of_another(code: str, hit: Hit) -> str:
    """"Europe warned of a growing threat from Russian spies": warning of a threat another party poses accuses
    that party (112); the speaker threatens no one."""
    if code[:2] != "13" or hit.pattern.kind != "verb" or warned_threat_doer(hit.token) is None:
        return code
    return WARNED_ACCUSATION


WARNED_ACCUSATION = "112"


def _removed(code: str, hit: Hit, actors: DocActors) -> str:
    """"Ben Ali dismissed his interior minister": a verb of rejecting whose object is a party, not a claim or a
    proposal, removes that party from office (``removals`` in event_patterns.json maps the verb to its code)."""
    tok = hit.token
    removal = index().removals.get(tok.lemma_.lower()) if hit.pattern.kind == "verb" else None
    if removal is None or code[:2] != "12":
        return code
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None or obj.lemma_.lower() in factuality.CLAIM_NOUNS:
        return code
    from .match import match_noun

    if match_noun(obj, index()) is not None or not np_actors.actors_of(obj, actors):
        return code
    return removal


def _demonstrated(code: str, hit: Hit, actors: DocActors) -> str:
    """"Palestinians protested the new settlements", "thousands of Georgians protested the law": a verb of
    complaining (``street_complaints`` in event_patterns.json) whose doer is a country's people - a crowd, a
    people named by its demonym, civilians or the opposition - is a demonstration; a government protesting
    ("China protested the visit") lodges an official complaint (114)."""
    tok = hit.token
    street = index().street_complaints.get(tok.lemma_.lower()) if hit.pattern.kind == "verb" else None
    if street is None or code[:2] != "11":
        return code
    subj = _clause_subject(tok)
    return street if subj is not None and _names_people(subj, actors) else code


# clauses whose subject is their head's ("shunned work *to protest*", "marched and *protested*")
SHARED_SUBJECT_DEPS = frozenset(("conj", "xcomp", "advcl"))


def _clause_subject(tok: Any) -> Any | None:
    """The subject of the verb, or of the verb whose subject it shares (a conjunct, a purpose infinitive)."""
    for _ in range(3):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is not None or tok.dep_ not in SHARED_SUBJECT_DEPS:
            return subj
        tok = tok.head
    return None


def _names_people(subj: Any, actors: DocActors) -> bool:
    """A doer that is a country's people rather than its state: a crowd ("thousands"), a people by its demonym
    ("Palestinians"), or parties of the people's sectors (``street_complaints.people_sectors``: civilians, the
    opposition)."""
    ix = index()
    if subj.like_num or subj.lemma_.lower() in ix.crowd_nouns or subj.ent_type_ == "NORP" and subj.tag_ in ("NNS", "NNPS"):
        return True
    found = np_actors.actors_of(subj, actors)
    return bool(found) and all((m.key or "").partition(".")[2].split(":")[0] in ix.people_sectors for m in found)


# a bombing (183) done by armed forces or from the air is the use of aerial weapons (195)
BOMBING, AERIAL = "183", "195"
ARMED_SECTORS = frozenset(("MIL",))


def aircraft_nouns() -> frozenset[str]:
    """Nouns of aircraft whose doing is from the air (``aircraft_nouns`` in event_patterns.json)."""
    return index().aircraft_nouns


def _aerial(code: str, hit: Hit, actors: DocActors) -> str:
    """"Israeli warplanes bombed villages", "Russian jets bombed Aleppo", "the air force bombed rebel bases": the
    bare verb of bombing done by aircraft or by armed forces is an air strike (195), not a non-military bombing
    (183)."""
    tok = hit.token
    if hit.pattern.kind != "verb" or hit.pattern.code != BOMBING or code != BOMBING:
        return code
    subj = roles.subject_token(tok)
    if subj is None:
        return code
    if subj.lemma_.lower() in aircraft_nouns():
        return AERIAL
    armed = any(keys.sector_of(m.key) in ARMED_SECTORS for m in np_actors.actors_of(subj, actors) if m.key)
    return AERIAL if armed else code


def _mandated(code: str, hit: Hit) -> str:
    """"Moscow insisted that Kyiv withdraw its troops": a verb of insisting whose clause is a mandate (its verb
    in the bare form, "withdraw", "use", not a reported fact, "had withdrawn") demands, it does not accuse.
    The verbs and the demand code they take are ``mandates`` in event_patterns.json."""
    tok = hit.token
    demand = index().mandates.get(tok.lemma_.lower()) if hit.pattern.kind == "verb" else None
    if demand is None or code[:2] != "11":
        return code
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if clause is None or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return code
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    singular = subj is not None and (subj.tag_ in ("NN", "NNP") or subj.lower_ in ("it", "he", "she"))
    bare = clause.tag_ == "VB" or clause.tag_ == "VBP" and (singular or tok.tag_ == "VBD")
    return demand if bare else code


def warned_threat_doer(verb: Any) -> Any | None:
    """Who poses the threat a "warn" verb warns of: the doer of a threat noun of the dictionary in its "of" /
    "about" phrase ("from X", "X's threat", "the threat posed by X"), or None."""
    from .match import match_noun

    if verb.lemma_.lower() != "warn":
        return None
    for obj in roles.prep_objects(verb, ("of", "about")):
        found = match_noun(obj, index())
        if found is None or found.pattern.code[:2] != "13":
            continue
        doer = noun_roles.noun_source_token(obj, set())
        if doer is None:
            doer = next((g for c in obj.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                         for g in a.children if g.dep_ == "pobj"), None)
        if doer is not None:
            return doer
    return None


def _embedded_code(tok: Any) -> str | None:
    from .match import match_verb

    h = match_verb(tok, index())
    return None if h is None else refine.by_object(h.pattern.code, refine.words_near(tok))


def _clause_anchor(hit: Hit) -> Any:
    """The token whose clause reports the trigger: a predicate adjective's copula ("said it was illegal")."""
    tok = hit.token
    if hit.pattern.kind != "adj":
        return tok
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.head if tok.dep_ == "acomp" else tok


def _others_act(tok: Any, ctx: factuality.Context | None) -> bool:
    """An act under an intent cue whose doer is not the one who intends: the cue's subject plans to make,
    let or keep someone else do it, and that doer has announced nothing."""
    if ctx is None or ctx.status != "intended" or ctx.holder is None or tok.pos_ != "VERB":
        return False
    doer = roles.subject_token(tok)
    if doer is None:
        return False
    same = {ctx.holder.i, *(c.i for c in ctx.holder.conjuncts)}
    return doer.i not in same and doer.pos_ != "PRON"


# verbs of responding whose dictionary entries are rejections only when negated ("has not answered the questions")
UNANSWERED = frozenset(("answer", "respond", "reply"))


def _aimed_act(tok: Any) -> Hit | None:
    """The act a participle of aiming hangs on: the noun it modifies ("statements targeting Pakistan") or the
    verb of the clause it is set beside ("imposed sanctions on Iran, targeting a network of firms")."""
    head = tok.head
    if tok.dep_ == "acl" and head.pos_ == "NOUN":
        return match_noun(head, index())
    if tok.dep_ == "advcl" and head.pos_ == "VERB":
        return match_verb(head, index())
    return None


def aims_other_act(hit: Hit) -> bool:
    """"sanctions on Iran, targeting a network of firms", "statements targeting Pakistan": a participle of
    aiming (``aiming_verbs`` in event_patterns.json) at a party hung on an act that is no use of force says whom
    that act is aimed at; it is no attack of its own ("strikes targeting commanders" stays force)."""
    tok = hit.token
    if hit.pattern.kind != "verb" or hit.pattern.code[:2] not in codebook.FORCE_ROOTS or tok.tag_ != "VBG":
        return False
    if tok.lemma_.lower() not in aiming_verbs():
        return False
    act = _aimed_act(tok)
    return act is not None and act.pattern.code[:2] not in codebook.FORCE_ROOTS


def aiming_verbs() -> frozenset[str]:
    """Verbs of aiming an act at a party (``aiming_verbs`` in event_patterns.json)."""
    return index().aiming_verbs


def code_hit(hit: Hit, actors: DocActors, statements: Sequence[Statement]) -> Coded | None:
    """Status, code and holder of a hit (None when a threat's embedded act is folded into the threat, or when
    a participle of aiming only says whom another act is aimed at)."""
    tok = hit.token
    if aims_other_act(hit):
        return None
    ctx = factuality.context(_clause_anchor(hit))
    if ctx is not None and ctx.status == "hypothetical" and ctx.cue.lemma_.lower() in factuality.THREAT_CUES:
        return None
    holder = frame_holder(ctx, actors)
    if ctx is None and not factuality.answered(_clause_anchor(hit)) and not factuality.in_background(tok):
        holder = quote_holder(tok, statements)
        if holder is not None:
            ctx = factuality.Context("claimed", tok, None)
    local = factuality.local_status(tok)
    status = factuality.combine(local, ctx, alleged=factuality.is_alleged(tok))
    if status == "intended" and local != "intended" and _others_act(tok, ctx):
        status = "hypothetical"  # "sought to deter Germany from sending tanks": no one announced the sending
    if hit.pattern.kind == "verb" and hit.pattern.head in UNANSWERED and hit.pattern.code[:2] == "12":
        if local != "negated":
            return None  # answering the questions is no rejection
        # "has not answered the agency's questions": leaving them unanswered is the rejection
        status = "asserted" if ctx is None or ctx.status == "intended" else "claimed"
        return Coded(hit, hit.pattern.code, status, holder, ctx)
    if "neg" in hit.pattern.deps:  # "did not comment", "has not responded": saying nothing is the act
        status = "asserted" if ctx is None or ctx.status == "intended" else "claimed"
        return Coded(hit, hit.pattern.code, status, holder, ctx)
    code = _code(hit, status, ctx)
    code = _aerial(_demonstrated(_removed(code, hit, actors), hit, actors), hit, actors)
    if code[:2] == "12" and hit.pattern.code[:2] != "12":  # a refusal is itself reported, not negated
        status = "asserted" if ctx is None or ctx.status == "intended" else "claimed"
    elif code[:2] == "13" and hit.pattern.code[:2] != "13" and status == "asserted":
        status = "intended"  # "is prepared to impose martial law": announced, not done
    return Coded(hit, code, status, holder, ctx)
