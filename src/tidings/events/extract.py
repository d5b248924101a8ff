"""The event coder: dictionary triggers on the parse -> Event records with roles, codes and factuality."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Sequence

from ..actors import DocActors
from ..errors import ModelError
from ..records import ActorMention, Document, Event, Sentence, Statement, TextSpan
from . import codebook, factuality, headline, refine, roles, when_where
from .match import Hit, find_hits
from .patterns import Pattern, index

# root codes of verbal acts: when a speaker reports their own verbal act, the act itself is asserted
VERBAL_QUADS = (1, 3)
# roots whose event nouns take a place name as where, not who ("the Gaza war", "Ukraine conflict")
PLACE_ROOTS = frozenset(("14", "15", "18", "19", "20"))
# roots whose event nouns name an occasion the clause's subject took part in ("during a visit to", "at talks with")
OCCASION_ROOTS = frozenset(("04",))
# roots whose acts are mutual: "Armenia and Azerbaijan agreed / met / clashed" is each with the other
RECIPROCAL_ROOTS = frozenset(("03", "04", "05", "06", "08", "19"))
# intents that go to a third party, not to each other: "Japan and the EU pledge aid" (to the flood victims)
ONE_WAY_INTENTS = frozenset(("033", "034", "035"))
# armed force: an attack whose doer the sentence leaves unnamed continues the one already named
FORCE_ROOTS = frozenset(("18", "19", "20"))
RUMOUR_NOUNS = frozenset(("rumor", "rumour", "fake", "lie", "fabrication", "smear"))


@dataclass(frozen=True, slots=True)
class Coded:
    """A hit with its status and code decided, before actors are attached."""

    hit: Hit
    code: str
    status: str
    holder: ActorMention | None
    ctx: factuality.Context | None


def _span(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _holder(ctx: factuality.Context | None, actors: DocActors) -> ActorMention | None:
    if ctx is None or ctx.holder is None:
        return None
    return roles.actor_of(ctx.holder, actors)


def _statement_holder(tok: Any, statements: Sequence[Statement]) -> ActorMention | None:
    for st in statements:
        if st.content.start <= tok.idx < st.content.end and st.speaker is not None and st.speaker.key:
            return st.speaker
    return None


def _code(hit: Hit, status: str, ctx: factuality.Context | None) -> str:
    code = refine.by_object(hit.pattern.code, refine.words_near(hit.token))
    code = refine.as_denial(code, hit.token)
    code = refine.as_show_of_force(code, hit.token)
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


# verbs of responding whose dictionary entries are rejections only when negated ("has not answered the questions")
UNANSWERED = frozenset(("answer", "respond", "reply"))


def code_hit(hit: Hit, actors: DocActors, statements: Sequence[Statement]) -> Coded | None:
    """Status, code and holder of a hit (None when a threat's embedded act is folded into the threat)."""
    tok = hit.token
    ctx = factuality.context(_clause_anchor(hit))
    if ctx is not None and ctx.status == "hypothetical" and ctx.cue.lemma_.lower() in factuality.THREAT_CUES:
        return None
    holder = _holder(ctx, actors)
    if ctx is None and not factuality.answered(_clause_anchor(hit)):
        holder = _statement_holder(tok, statements)
        if holder is not None:
            ctx = factuality.Context("claimed", tok, None)
    local = factuality.local_status(tok)
    status = factuality.combine(local, ctx, alleged=factuality.is_alleged(tok))
    if hit.pattern.kind == "verb" and hit.pattern.head in UNANSWERED and hit.pattern.code[:2] == "12":
        if local != "negated":
            return None  # answering the questions is no rejection
        # "has not answered the agency's questions": leaving them unanswered is the rejection
        status = "asserted" if ctx is None or ctx.status == "intended" else "claimed"
        return Coded(hit, hit.pattern.code, status, holder, ctx)
    code = _code(hit, status, ctx)
    if code[:2] == "12" and hit.pattern.code[:2] != "12":  # a refusal is itself reported, not negated
        status = "asserted" if ctx is None or ctx.status == "intended" else "claimed"
    elif code[:2] == "13" and hit.pattern.code[:2] != "13" and status == "asserted":
        status = "intended"  # "is prepared to impose martial law": announced, not done
    return Coded(hit, code, status, holder, ctx)


def _source_token(hit: Hit) -> Any | None:
    tok = hit.token
    if hit.pattern.kind == "noun":
        places = hit.pattern.code[:2] not in PLACE_ROOTS
        return roles.noun_source_token(tok, set(hit.pattern.mods), places=places,
                                       occasion=hit.pattern.code[:2] in OCCASION_ROOTS)
    if hit.pattern.kind == "adj":
        head = tok.head if tok.dep_ == "acomp" else tok
        return next((c for c in head.children if c.dep_ == "nsubj"), None) or roles.subject_token(head)
    return roles.subject_token(tok)


def _patient_noun(hit: Hit) -> bool:
    return hit.pattern.kind == "noun" and hit.token.lemma_.lower() in index().patient_nouns


def _patient_token(hit: Hit) -> Any | None:
    """The party acted on by an agentless act: the passive subject, or a patient noun's possessor / "of" object."""
    tok = hit.token
    if hit.pattern.kind == "verb":
        if any(c.dep_ == "agent" for c in tok.children):
            return None
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if subj is None and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
            subj = tok.head  # "activists detained last week"
        return subj
    if _patient_noun(hit):
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        return poss or next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                             for g in c.children if g.dep_ == "pobj"), None)
    return None


def _agentless(hit: Hit) -> bool:
    """An act reported without its doer: a passive with no "by" phrase, or a bare event noun."""
    tok = hit.token
    if hit.pattern.kind == "noun":
        return not any(c.dep_ in ("poss", "prep") and (c.dep_ == "poss" or c.lower_ == "by") for c in tok.children)
    return roles.is_passive(tok) and not any(c.dep_ == "agent" for c in tok.children)


def _attacks_itself(hit: Hit, keys: set[str], actors: DocActors) -> bool:
    """The party named as attacked ("Russian positions were shelled") is the one that would be the source."""
    tok = hit.token
    cands = [_patient_token(hit)] + roles.prep_objects(tok, ("on", "against", "at"))
    return any(m.key in keys for t in cands if t is not None for m in roles.actors_of(t, actors))


def implicit_sources(c: Coded, actors: DocActors) -> list[ActorMention]:
    """The unnamed agent of an agentless arrest or crackdown: the acted-on party's own security forces."""
    sector = index().implicit_sector(c.code)
    if sector is None:
        return []
    patient = _patient_token(c.hit)
    if patient is None:
        return []
    out: list[ActorMention] = []
    tok = c.hit.token
    for m in roles.actors_of(patient, actors):
        country = roles.country_of(m.key)
        key = f"{country}.{sector}"
        if len(country) == 3 and country.isalpha() and country.isupper() and all(o.key != key for o in out):
            out.append(ActorMention(tok.idx, tok.idx + len(tok), tok.text, key, None,
                                    kind="description", evidence=f"implicit agent of {c.code}"))
    return out


# predicate adjectives of these roots judge someone else's conduct ("the expulsion is unacceptable"):
# the one who judges is the speaker, the one judged owns what the adjective is said of
EVALUATIVE_ROOTS = frozenset(("11",))


def _evaluative(c: Coded) -> bool:
    return c.hit.pattern.kind == "adj" and c.code[:2] in EVALUATIVE_ROOTS


def _evaluated(tok: Any) -> list[Any]:
    """What an evaluative adjective is said of, and the doer when that is an act ("Russia's move", "the
    expulsion of ... by Moscow")."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    head = first.head if first.dep_ in ("acomp", "ccomp") else first
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return []
    doer = roles.noun_source_token(subj, set())
    return [t for t in (doer, subj) if t is not None]


# diplomatic acts a government reports in the passive about its own doing ("the ministry said the Russian
# ambassador had been summoned", "Moscow confirmed a German diplomat was expelled")
REPORTED_OWN_ACTS = ("114", "174")


def reporter_source(c: Coded, actors: DocActors) -> list[ActorMention]:
    """The government that reports an agentless summons or expulsion of another state's envoy did it."""
    holder = c.holder
    if holder is None or not holder.key or not c.code.startswith(REPORTED_OWN_ACTS) or c.hit.pattern.kind != "verb":
        return []
    if roles.sector_of(holder.key) not in ("", "GOV") or not _agentless(c.hit):
        return []
    patient = _patient_token(c.hit)
    parties = roles.actors_of(patient, actors) if patient is not None else []
    country = roles.country_of(holder.key)
    if not parties or any(roles.country_of(m.key) == country for m in parties):
        return []
    return [holder]


# gatherings whose members act together ("was agreed at the ASEAN summit", "adopted during the EU meeting")
FORUM_NOUNS = frozenset("meeting summit conference session assembly congress council talks".split())
FORUM_PREPS = frozenset(("at", "during", "by"))


def forum_source(c: Coded, actors: DocActors) -> list[ActorMention]:
    """An agentless passive done at a named gathering was done by the gathering's body."""
    tok = c.hit.token
    if c.hit.pattern.kind != "verb" or not roles.is_passive(tok) or any(ch.dep_ == "agent" for ch in tok.children):
        return []
    for forum in roles.prep_objects(tok, tuple(FORUM_PREPS)):
        if forum.lemma_.lower() in FORUM_NOUNS:
            found = roles.actors_of(forum, actors)
            if found:
                return found
    return []


def _listed_subjects(stok: Any) -> list[Any]:
    """"Japan, EU pledge aid": a headline lists its subjects with a comma and no "and", and the parser gives
    the verb one subject per name; the later ones act too."""
    if stok.dep_ != "nsubj":
        return []
    return [c for c in stok.head.children if c.dep_ == "nsubj" and c.i > stok.i and any(
        t.lower_ == "," for t in stok.doc[stok.i + 1:c.i])]


def _patient_parties(hit: Hit) -> Any | None:
    """"The agreement between Iran and six powers was signed": an agentless passive whose subject is an
    event noun naming its own parties is done by them (the noun's "between" or possessor phrase)."""
    tok = hit.token
    if hit.pattern.kind != "verb" or not roles.is_passive(tok) or any(c.dep_ == "agent" for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN":
        return None
    return next((g for p in subj.children if p.dep_ == "prep" and p.lower_ in ("between", "among")
                 for g in p.children if g.dep_ == "pobj"), None)


def sources(c: Coded, actors: DocActors) -> list[ActorMention]:
    """Source actors; a first-person subject inside reported speech is the speaker."""
    if _evaluative(c):  # "the move is unacceptable," the minister said: the speaker judges
        return [c.holder] if c.holder is not None and c.holder.key else []
    stok = _source_token(c.hit)
    if stok is not None and stok.dep_ == "poss" and _patient_noun(c.hit):
        stok = None  # "Castillo's arrest": the possessor is who was arrested
    if stok is None:
        stok = _patient_parties(c.hit)
    if stok is None:
        return implicit_sources(c, actors) or reporter_source(c, actors) or forum_source(c, actors)
    found = roles.actors_of(stok, actors) + [m for t in _listed_subjects(stok) for m in roles.actors_of(t, actors)]
    found = [m for i, m in enumerate(found) if all(m.key != o.key for o in found[:i])]
    # an unresolved pronoun subject inside reported speech most often is the speaker ("X said it will ...")
    if not found and stok.lower_ in roles.SPEAKER_PRONOUNS and c.holder is not None:
        return [c.holder]
    return found


@dataclass(frozen=True, slots=True)
class Discourse:
    """What earlier sentences leave for the next one: their parties and who last accused whom."""

    prior: tuple[tuple[Any, ActorMention], ...] = ()  # coded mentions of the previous sentence
    accuser: ActorMention | None = None  # source of the latest accusation ("the allegations" point back to it)
    attacker: ActorMention | None = None  # source of the latest armed attack ("the shelling continued")
    doers: tuple[tuple[str, ActorMention], ...] = ()  # (CAMEO root, source) of the latest act of each root
    last_act: ActorMention | None = None  # source of the latest material act or agreement ("the decision")

    def doer(self, root: str) -> ActorMention | None:
        return next((m for r, m in self.doers if r == root), None)


def targets(c: Coded, actors: DocActors, source_keys: set[str],
            mentions: Sequence[tuple[Any, ActorMention]] = (),
            discourse: Discourse = Discourse()) -> list[ActorMention]:
    """The first candidate target phrase naming coded actors other than the source.

    When the parse gives none: a bare claim noun ("rejected the allegations") points back to the
    latest accuser; otherwise the nearest other party the sentence names, then the previous
    sentence's (``roles.counterpart``).
    """
    p = c.hit.pattern
    tok = c.hit.token
    if p.kind == "adj":
        cands = (_evaluated(tok) if _evaluative(c) else []) + roles.prep_objects(tok, roles.TARGET_PREPS)
    else:
        cands = roles.target_tokens(tok, p.preps, noun=p.kind == "noun")
    recv = roles.receipt_verb(tok) if p.kind == "noun" else None
    if recv is not None:
        receiver = roles.subject_token(recv)
        cands = ([receiver] if receiver is not None else []) + [t for t in cands if t is not roles.giver_token(tok)]
    elif _patient_noun(c.hit):
        cands = [t for t in tok.children if t.dep_ == "poss"] + list(cands)
    elif p.kind == "verb" and tok.dep_ in ("acl", "amod") and tok.tag_ == "VBN":
        cands = [tok.head] + list(cands)
    places = p.code[:2] in PLACE_ROOTS
    if any(_both_sides(t) for t in cands[:3]):
        pair = _two_parties(tok, source_keys, [*mentions, *discourse.prior])
        if pair:
            return pair
    for t in cands:
        if not places and roles.is_locative(t):
            continue  # "met in Brussels": where, not with whom
        found = [m for m in roles.actors_of(t, actors) if m.key not in source_keys and not _own_state(m, source_keys)]
        if found:
            return found
    if not source_keys:
        return []
    src_countries = {roles.country_of(k) for k in source_keys}
    earlier = _earlier_doer(cands, discourse)
    if earlier is not None and earlier.key and roles.country_of(earlier.key) not in src_countries:
        return [earlier]
    acc = discourse.accuser
    if acc is not None and acc.key and roles.country_of(acc.key) not in src_countries and any(
            t.lemma_.lower() in factuality.CLAIM_NOUNS | RUMOUR_NOUNS for t in cands):
        return [acc]
    topical = any(t.dep_ == "dobj" and t.lower_ in roles.DEMONSTRATIVES for t in tok.children)
    for pool in (mentions, discourse.prior):
        other = roles.counterpart(tok, [(t, m) for t, m in pool if not m.start <= tok.idx < m.end],
                                  source_keys, places=places, topical=topical, conditions=p.code[:2] == "13")
        if other is not None:
            return [other]
    if _aid(p.code):  # "pledge aid as floods displace thousands in Pakistan": aid goes where the need is
        other = roles.counterpart(tok, [(t, m) for t, m in mentions if not m.start <= tok.idx < m.end and
                                        "." not in (m.key or "")], source_keys, places=True, conditions=True)
        if other is not None:
            return [other]
    return []


def _route_parties(c: Coded, actors: DocActors) -> tuple[list[ActorMention], list[ActorMention]]:
    """The "from" and "to" parties of a shipment ("transferring rockets from North Korea to Russia")."""
    tok = c.hit.token
    heads = [tok, *(t for t in tok.children if t.dep_ == "dobj")]
    def named(prep: str) -> list[ActorMention]:
        return [m for h in heads for t in roles.prep_objects(h, (prep,)) for m in roles.actors_of(t, actors)]
    return named("from"), named("to")


def _routed(c: Coded, srcs: list[ActorMention], found: list[ActorMention],
            actors: DocActors) -> tuple[list[ActorMention], list[ActorMention]]:
    """Aid moved "from X to Y": Y is the recipient; when the subject is Y's own side it is the
    taker, not the giver, so X is the source ("Moscow is transferring rockets from North Korea to Russia")."""
    if c.code[:2] != "07" or c.hit.pattern.kind != "verb" or not srcs:
        return srcs, found
    givers, takers = _route_parties(c, actors)
    if not takers:
        return srcs, found
    taker_countries = {roles.country_of(m.key) for m in takers if m.key}
    if givers and all(roles.country_of(s.key) in taker_countries for s in srcs if s.key):
        return givers, takers
    src_countries = {roles.country_of(s.key) for s in srcs if s.key}
    other = [m for m in takers if roles.country_of(m.key) not in src_countries]
    return (srcs, other) if other else (srcs, found)


def _fights_alongside(e: Event) -> bool:
    """Military support given by fighting alongside a party: the supporter takes part in the fighting."""
    return e.root == "07" and (e.pattern or "").rpartition(":")[2].split()[:1] == ["fight"]


def _aid(code: str) -> bool:
    """Material aid given or pledged (CAMEO 07, 033)."""
    return code[:2] == "07" or code[:3] == "033"


# nouns that point back at the latest act reported ("welcomed the decision", "criticised the move")
ANAPHORIC_ACTS = frozenset("decision move step measure action announcement deal agreement plan".split())
DEFINITE = frozenset(("the", "this", "that", "these", "those"))
# "would not support the agreement": an agreement noun points back at the last agreement made, not the last act
AGREEMENT_NOUNS = frozenset(("deal", "agreement", "accord", "pact", "treaty"))
# acts that a later "the decision" / "the move" can point back to (not words, requests or accusations;
# an event noun of the same kind, "the request", "the sanctions", points back to any)
REFERABLE = frozenset(("03", "05", "06", "07", "08", "13", "14", "15", "16", "17", "18", "19", "20"))


def _earlier_doer(cands: Sequence[Any], discourse: Discourse) -> ActorMention | None:
    """"Poland welcomed the decision", "Minsk condemned the sanctions": a definite act noun with no
    party of its own is the act last reported, and its doer is the target."""
    from .match import match_noun

    for t in cands:
        if t.dep_ not in ("dobj", "nsubjpass", "pobj") or not any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "prep") and c.ent_type_ for c in t.children):
            continue  # "the EU decision", "Russia's move": its own party, left to the parse
        lemma = t.lemma_.lower()
        if lemma in AGREEMENT_NOUNS:  # "the agreement": the party that last made or signed one
            return discourse.doer("05") or discourse.doer("03") or discourse.last_act
        if lemma in ANAPHORIC_ACTS:
            return discourse.last_act
        hit = match_noun(t, index())
        if hit is not None:
            return discourse.doer(hit.pattern.code[:2])
    return None


# "urged both sides", "called on the two countries": the two parties the text is about
SIDE_NOUNS = frozenset(("side", "party", "country", "neighbour", "neighbor", "nation", "government", "rival"))


def _both_sides(tok: Any) -> bool:
    if tok.lemma_.lower() not in SIDE_NOUNS or tok.tag_ != "NNS":
        return False
    return any(c.lower_ in ("both", "two") for c in tok.children if c.dep_ in ("det", "predet", "nummod"))


def _two_parties(trigger: Any, source_keys: set[str],
                 pool: Sequence[tuple[Any, ActorMention]]) -> list[ActorMention]:
    """The first two state parties other than the source named around the trigger."""
    src_countries = {roles.country_of(k) for k in source_keys}
    out: list[ActorMention] = []
    for t, m in pool:
        if m.key is None or roles.is_locative(t) or m.start <= trigger.idx < m.end:
            continue
        country = roles.country_of(m.key)
        if country in src_countries or any(roles.country_of(o.key) == country for o in out):
            continue
        out.append(m)
        if len(out) == 2:
            return out
    return []


def _each_other(tok: Any) -> bool:
    """"accused each other", "blamed one another", "met with each other": the act goes both ways between
    the coordinated subjects, whatever its kind."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lower_ == "other" and any(d.lower_ == "each" for d in o.children)
               or o.lower_ == "one" and any(d.lower_ == "another" for d in o.children)
               or o.lower_ == "another" and any(d.lower_ == "one" for d in o.children) for o in objs)


def _own_state(m: ActorMention, source_keys: set[str]) -> bool:
    """The source's own country named bare ("Russia" for a Russian ministry): not a second party."""
    return "." not in (m.key or "") and ":" not in (m.key or "") and any(
        roles.country_of(k) == m.key for k in source_keys)


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


# verbs of backing: backing an armed group is material help, not words of praise ("Rwanda backs the rebels")
BACKING = frozenset(("back", "support", "sponsor", "backing", "sponsorship"))


def _backing_code(c: Coded, tgt: ActorMention | None) -> str:
    if c.code[:2] != "05" or c.hit.token.lemma_.lower() not in BACKING or tgt is None or not tgt.key:
        return c.code
    if not roles.sector_of(tgt.key).startswith("REB"):
        return c.code
    return refine.by_object("070", refine.words_near(c.hit.token))


# armed sectors: violence between two of them is fighting (CAMEO 19), not one-sided violence (18)
ARMED = frozenset(("MIL", "REB", "PMC"))
# unspecific one-sided violence that becomes fighting between armed parties ("killed dozens of fighters")
GENERIC_VIOLENCE = frozenset(("180", "182", "1823"))


def _combat_code(code: str, src: ActorMention, tgt: ActorMention | None) -> str:
    """An assault or killing by one armed party on another is conventional military force (190)."""
    if code not in GENERIC_VIOLENCE or tgt is None:
        return code
    if roles.sector_of(src.key) in ARMED and roles.sector_of(tgt.key) in ARMED:
        return "190"
    return code


# a walkout noun that is also a military attack: "the Israeli strike on Rafah", "army strikes against rebels"
WALKOUT_NOUNS = frozenset(("strike",))
AIMED_PREPS = frozenset(("on", "against", "at"))


def _strike_code(c: Coded, src: ActorMention) -> str:
    """A "strike" aimed at a party or made by armed forces is military force (190), not a walkout (143)."""
    tok = c.hit.token
    if c.code[:3] != "143" or c.hit.pattern.kind != "noun" or tok.lemma_.lower() not in WALKOUT_NOUNS:
        return c.code
    aimed = any(ch.dep_ == "prep" and ch.lower_ in AIMED_PREPS and any(
        g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in ch.children) for ch in tok.children)
    return "190" if aimed or roles.sector_of(src.key) in ARMED else c.code


def _same_party(holder: ActorMention, src: ActorMention) -> bool:
    """The speaker is the doer: the same actor, or a state and its own government ("Iran threatens Israel,
    Tehran says")."""
    if holder.key == src.key:
        return True
    if not holder.key or not src.key or roles.country_of(holder.key) != roles.country_of(src.key):
        return False
    return all(roles.sector_of(k) in ("", "GOV") and ":" not in k for k in (holder.key, src.key))


def _event(c: Coded, src: ActorMention, tgt: ActorMention | None, sent: Sentence, where: tuple[Any, ...]) -> Event:
    c = Coded(c.hit, _strike_code(c, src), c.status, c.holder, c.ctx)
    code = _combat_code(_backing_code(c, tgt), src, tgt)
    if code != c.code:
        c = Coded(c.hit, code, c.status, c.holder, c.ctx)
    info = codebook.info(c.code)
    tok = c.hit.token
    status = c.status
    if status == "claimed" and c.holder is not None and _same_party(c.holder, src) and info.quad_class in VERBAL_QUADS:
        status = "asserted"  # a speaker's own verbal act is performed, not merely claimed
    attributed = c.holder if status in ("claimed", "denied", "intended", "hypothetical") else None
    return Event(
        source=src, target=tgt, cameo=c.code, trigger=TextSpan(tok.idx, tok.idx + len(tok), tok.text),
        sentence=sent.index, status=status,  # type: ignore[arg-type]
        plover=info.plover, mode=info.mode, context=info.context, root=info.root,
        quad_class=info.quad_class, goldstein=info.goldstein,
        attributed_to=attributed.key if attributed else None,
        attributed_name=(attributed.name or attributed.text) if attributed else None,
        date=where[0], location=where[1], location_country=where[2], pattern=c.hit.pattern.id,
    )


# quad classes of acts whose report by another party is an accusation (verbal and material conflict)
ACCUSED_QUADS = (3, 4)
ACCUSATION = "112"


# saying verbs that take sides on their content by themselves
STRONG_CLAIM_CUES = frozenset("claim allege charge insist assert contend maintain blame".split())


def reported_accusation(c: Coded, src: ActorMention, sent: Sentence, where: tuple[Any, ...],
                        triggers: set[int]) -> Event | None:
    """GUIDE's nested events: "the US says DPRK shelled the island" is also USA ACCUSE PRK on "says".

    Only for hostile acts reported by a saying verb whose speaker is another party, and when the
    saying verb is not itself a coded event ("accused", "claimed").
    """
    ctx, holder = c.ctx, c.holder
    if ctx is None or ctx.noun or c.status != "claimed" or holder is None or not holder.key or not src.key:
        return None
    cue = ctx.cue
    if cue.i in triggers or cue.i == c.hit.token.i or cue.lemma_.lower() not in factuality.CLAIM_CUES:
        return None
    if roles.country_of(holder.key) == roles.country_of(src.key):
        return None
    if codebook.info(c.code).quad_class not in ACCUSED_QUADS:
        return None
    if holder.key.split(".")[-1] == "MED" and cue.lemma_.lower() not in STRONG_CLAIM_CUES:
        return None  # a news outlet reporting an attack relays it, it does not accuse
    info = codebook.info(ACCUSATION)
    return Event(
        source=holder, target=src, cameo=ACCUSATION, trigger=TextSpan(cue.idx, cue.idx + len(cue), cue.text),
        sentence=sent.index, status="asserted", plover=info.plover, mode=info.mode, context=info.context,
        root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, date=where[0], location=where[1],
        location_country=where[2], pattern=f"reported:{c.hit.pattern.id}",
    )


def quoted_accusation(c: Coded, src: ActorMention, sent: Sentence, where: tuple[Any, ...],
                      statements: Sequence[Statement], trigger_starts: set[int]) -> Event | None:
    """The nested-event rule for quoted words: ""Rwandan soldiers are on our soil," the spokesman said"
    is also the speaker accusing the doer, on the statement's cue.

    Only for hostile acts held by a quote's speaker of another country, when the cue is not itself a
    coded event; a quote of several sentences gives one accusation per doer (see ``extract``).
    """
    ctx, tok = c.ctx, c.hit.token
    if ctx is None or ctx.cue is not tok or c.status != "claimed" or not src.key:
        return None
    st = next((s for s in statements if s.content.start <= tok.idx < s.content.end
               and s.speaker is not None and s.speaker.key), None)
    if st is None or st.speaker is None or st.stance != "asserts":
        return None
    holder = st.speaker
    lemma = (st.cue_lemma or st.cue.text).lower()
    if st.cue.start in trigger_starts or lemma not in factuality.CLAIM_CUES:
        return None
    if roles.country_of(holder.key) == roles.country_of(src.key) or codebook.info(c.code).quad_class not in ACCUSED_QUADS:
        return None
    if (holder.key or "").split(".")[-1] == "MED" and lemma not in STRONG_CLAIM_CUES:
        return None
    info = codebook.info(ACCUSATION)
    return Event(
        source=holder, target=src, cameo=ACCUSATION, trigger=st.cue, sentence=sent.index, status="asserted",
        plover=info.plover, mode=info.mode, context=info.context, root=info.root, quad_class=info.quad_class,
        goldstein=info.goldstein, date=where[0], location=where[1], location_country=where[2],
        pattern=f"quoted:{c.hit.pattern.id}",
    )


DEMAND = "100"
# verbs of knowing and being: "Kyiv should know that ..." is a warning, not a demand to act
STATIVE = frozenset("know understand realize realise remember recognize recognise note have feel think see".split())
# what is demanded refines the demand: a withdrawal, a release, a resignation, talks
DEMAND_OF = {"087": "1056", "0874": "1056", "0871": "1056", "084": "1053", "0841": "1053", "0831": "1041",
             "04": "106", "08": "105"}


def _demand_code(verb: Any) -> str:
    from .match import match_verb

    h = match_verb(verb, index())
    if h is None:
        return DEMAND
    code = h.pattern.code
    return DEMAND_OF.get(code) or DEMAND_OF.get(code[:3]) or DEMAND_OF.get(code[:2]) or DEMAND


def obligations(toks: Sequence[Any]) -> list[tuple[Any, Any]]:
    """(modal, verb) pairs of "must / should / ought to" obligations; "should the US decide" is a condition."""
    out = []
    for mod in toks:
        if mod.lower_ not in factuality.DEONTIC:
            continue
        if mod.dep_ == "aux":
            verb = mod.head
        else:  # "it ought to withdraw": the modal heads its infinitive
            verb = next((c for c in mod.children if c.dep_ == "xcomp"), None)
            if verb is None or mod.pos_ not in ("AUX", "VERB"):
                continue
        subj = roles.subject_token(verb)
        if subj is not None and mod.i < subj.i:
            continue
        out.append((mod, verb))
    return out


def reported_demands(toks: Sequence[Any], sent: Sentence, actors: DocActors, statements: Sequence[Statement],
                     where: tuple[Any, ...], triggers: set[int]) -> list[Event]:
    """"X said Y must / should / ought to do Z": X demands of Y (CAMEO 10, PLOVER REQUEST) on the modal.

    The speaker is whoever holds the clause (a saying verb's subject or the quoted speaker); the
    one obliged is the clause's subject.
    """
    out: list[Event] = []
    for mod, verb in obligations(toks):
        if verb.lemma_.lower() in STATIVE:
            continue
        ctx = factuality.context(verb)
        if ctx is not None and (ctx.status != "claimed" or ctx.cue.i in triggers):
            continue
        holder = _holder(ctx, actors) if ctx is not None else _statement_holder(verb, statements)
        subj = roles.subject_token(verb)
        if holder is None or not holder.key or subj is None:
            continue
        obliged = [m for m in roles.actors_of(subj, actors) if m.key and m.key != holder.key]
        if not obliged and subj.lower_ in roles.SPEAKER_PRONOUNS:
            continue  # "we must act": a resolve, not a demand
        code = _demand_code(verb)
        info = codebook.info(code)
        for t in obliged:
            out.append(Event(
                source=holder, target=t, cameo=code, trigger=TextSpan(mod.idx, mod.idx + len(mod), mod.text),
                sentence=sent.index, status="asserted", plover=info.plover, mode=info.mode, context=info.context,
                root=info.root, quad_class=info.quad_class, goldstein=info.goldstein, date=where[0],
                location=where[1], location_country=where[2], pattern="demand:modal"))
    return out


REQUEST_ROOTS = frozenset(("02", "10"))
# verbs of asking whose embedded act is only asked for, coded or not ("protests calling for the president to resign")
ASKING_VERBS = frozenset("call demand urge ask press appeal plead petition".split())


def _drop_requested(coded: list[Coded], toks: Sequence[Any]) -> list[Coded]:
    """The act someone is urged, asked or obliged to do has not happened: it lives in the request event.

    "urged Indian troops to withdraw", "demanding that the president resign", "X ought to withdraw"
    (the modal carries a demand, see ``reported_demands``).
    """
    asks = {c.hit.token.i for c in coded if c.code[:2] in REQUEST_ROOTS}
    obliged = {v.i for _, v in obligations(toks)}
    out = []
    for c in coded:
        tok = c.hit.token
        if c.code[:2] not in REQUEST_ROOTS and (
                tok.dep_ in ("xcomp", "ccomp") and tok.head.i in asks or tok.i in obliged
                or tok.dep_ in ("xcomp", "ccomp", "advcl") and tok.head.lemma_.lower() in ASKING_VERBS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children)):
            continue
        out.append(c)
    return out


def _denied_claim(c: Coded) -> bool:
    """"Denied Washington's claims that ...": the claim noun is what the denial answers, coded on the denial."""
    tok = c.hit.token
    if c.hit.pattern.kind != "noun" or c.code[:2] != "11":
        return False
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in factuality.DENY_CUES


def _drop_folded(coded: list[Coded]) -> list[Coded]:
    """An intent cue ("pledged to supply") whose embedded act was coded is one event, not two."""
    cues = {c.ctx.cue.i for c in coded if c.ctx is not None and c.ctx.status == "intended" and not c.ctx.noun}
    # "refused to release": the refusal is coded on the refused act
    cues |= {c.hit.token.head.i for c in coded if c.code[:2] == "12" and c.hit.pattern.code[:2] != "12"
             and c.hit.token.dep_ == "xcomp" and c.hit.token.head.lemma_.lower() in factuality.REFUSE_CUES}
    # "is ready to impose martial law": the readiness adjective is the threat's cue, not a second event
    cues |= {c.hit.token.head.i for c in coded if c.code[:2] == "13" and c.hit.pattern.code[:2] != "13"
             and c.hit.token.dep_ == "xcomp"}
    return [c for c in coded if c.hit.token.i not in cues]


def _on_cue(ev: Event, c: Coded, statements: Sequence[Statement], sent: Sentence) -> Event:
    """A judgement is the speaker's act of saying it: coded on the saying verb when that is in the sentence
    (so it stays a speech act, not a proposition someone holds)."""
    tok = c.hit.token
    span: TextSpan | None = None
    if c.ctx is not None and c.ctx.cue is not tok and not c.ctx.noun:
        cue = c.ctx.cue
        span = TextSpan(cue.idx, cue.idx + len(cue), cue.text)
    else:
        st = next((s for s in statements if s.content.start <= tok.idx < s.content.end), None)
        span = st.cue if st is not None else None
    if span is None or not sent.start <= span.start < sent.end:
        return ev
    return replace(ev, trigger=span, pattern=f"judged:{ev.pattern}")


def _drop_coordinated_evaluations(coded: list[Coded]) -> list[Coded]:
    """"illegal and unfriendly": one judgement, coded on the first adjective; "condemned the sanctions as
    illegal", "called the act scandalous": the judgement is the coded criticism that governs it."""
    evaluative = {c.hit.token.i for c in coded if _evaluative(c)}
    critical = {c.hit.token.i for c in coded if c.code[:2] in EVALUATIVE_ROOTS and not _evaluative(c)}
    return [c for c in coded if not _evaluative(c) or not (
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


def sentence_events(doc: Any, document: Document, sent: Sentence, actors: DocActors,
                    statements: Sequence[Statement], discourse: Discourse = Discourse()) -> list[Event]:
    """Events of one sentence."""
    toks = _span(doc, sent.start, sent.end)
    if not toks:
        return []
    hits = find_hits(toks, index())
    hits = sorted(hits + custody_hits(toks, hits, actors), key=lambda h: h.token.i)
    deontic = any(t.lower_ in factuality.DEONTIC for t in toks)
    if not hits and not deontic:
        return []
    coded = _drop_folded([c for c in (code_hit(h, actors, statements) for h in hits)
                          if c is not None and not _denied_claim(c)])
    coded = _drop_requested(coded, toks)
    coded = _drop_coordinated_evaluations(coded)
    span = doc.char_span(toks[0].idx, toks[-1].idx + len(toks[-1]))
    text = document.text[sent.start:sent.end]
    place, country = when_where.location(span, actors) if span is not None else (None, None)
    where = (when_where.event_date(text, document.date), place, country)
    out: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    mentions = sentence_mentions(doc, sent, actors)
    triggers = {c.hit.token.i for c in coded}
    trigger_starts = {c.hit.token.idx for c in coded}
    reported: list[Event] = []
    for c in coded:
        srcs = sources(c, actors)
        inherited = False
        if not srcs and c.code[:2] in FORCE_ROOTS and discourse.attacker is not None and _agentless(c.hit):
            srcs, inherited = [discourse.attacker], True  # "the shelling continued": the attacker already named
        keys = {s.key for s in srcs if s.key}
        each_other = len(keys) > 1 and _each_other(c.hit.token)
        mutual = each_other or c.code[:2] in RECIPROCAL_ROOTS and c.code[:3] not in ONE_WAY_INTENTS and len(keys) > 1
        found = [] if each_other else targets(c, actors, keys, mentions if not mutual else (),
                                               discourse if not mutual else Discourse())
        srcs, found = _routed(c, srcs, found, actors)
        keys = {s.key for s in srcs if s.key}
        if inherited and _attacks_itself(c.hit, keys, actors):
            continue  # the earlier attacker is now the one attacked: someone else did this
        tgts: list[ActorMention | None] = list(found) or [None]
        for s in srcs:
            if mutual and not found:  # each party with the others
                tgts = [o for o in srcs if o.key != s.key] or [None]
            for t in tgts:
                sig = (c.hit.token.i, c.code[:2], s.key, t.key if t else None)
                if sig not in seen and sent.start <= c.hit.token.idx < sent.end:
                    seen.add(sig)
                    ev = _event(c, s, t, sent, where)
                    out.append(_on_cue(ev, c, statements, sent) if _evaluative(c) else ev)
            acc = reported_accusation(c, s, sent, where, triggers) or quoted_accusation(
                c, s, sent, where, statements, trigger_starts)
            if acc is not None and acc.source is not None and acc.target is not None:
                asig = (acc.trigger.start, ACCUSATION, acc.source.key, acc.target.key)
                if asig not in seen:
                    seen.add(asig)
                    reported.append(acc)
    if deontic:
        reported += reported_demands(toks, sent, actors, statements, where, triggers)
    return sorted(out + reported, key=lambda e: e.trigger.start)


def _fresh(e: Event, seen: set[tuple[Any, ...]]) -> bool:
    """False for a repeat of an accusation already coded on the same cue (a quote of several sentences)."""
    if not (e.pattern or "").startswith(("quoted:", "reported:", "judged:")):
        return True
    sig = (e.trigger.start, e.cameo[:2], e.source.key if e.source else None, e.target.key if e.target else None)
    if sig in seen:
        return False
    seen.add(sig)
    return True


def _headline_doc(doc: Any, sent: Sentence, actors: DocActors) -> Any:
    """The doc to code a headline on: parsed again when the parser took its verb for a noun."""
    from ..nlp.model import load_model

    names = [(m.start, m.end) for _, m in sentence_mentions(doc, sent, actors)]
    try:
        nlp = load_model()
        cased = headline.sentence_cased(doc, sent.start, sent.end, nlp, names)
        base = cased if cased is not None else doc
        found = headline.reparse(base, sent.start, sent.end, index(), nlp, names)
        if found is None:
            found = cased
    except (ValueError, ModelError):  # a re-parse that cannot be aligned leaves the original parse in place
        found = None
    return found if found is not None else doc


def extract(
    doc: Any, document: Document, sentences: Sequence[Sentence], actors: DocActors, statements: Sequence[Statement]
) -> list[Event]:
    """Every event in the article's non-boilerplate sentences, in text order."""
    out: list[Event] = []
    discourse = Discourse()
    seen: set[tuple[Any, ...]] = set()
    for sent in sentences:
        if sent.zone == "boilerplate":
            continue
        sdoc = _headline_doc(doc, sent, actors) if sent.zone == "headline" else doc
        found = sentence_events(sdoc, document, sent, actors, statements, discourse)
        out.extend(e for e in found if _fresh(e, seen))
        accusers = [e.source for e in found if e.root == "11" and e.source is not None and e.status != "denied"]
        attackers = [e.source for e in found if (e.root in FORCE_ROOTS or _fights_alongside(e)) and e.source is not None
                     and e.status not in ("denied", "negated")]
        done = [e for e in found if e.source is not None and e.status in ("asserted", "claimed")
                and not (e.pattern or "").startswith(("quoted:", "reported:"))]
        acts = [e for e in done if e.root in REFERABLE]
        doers = dict(discourse.doers)
        for e in done:  # "the request", "the sanctions": the latest act of that kind
            doers[e.root] = e.source  # type: ignore[assignment]
        discourse = Discourse(tuple(sentence_mentions(doc, sent, actors)),
                              accusers[-1] if accusers else discourse.accuser,
                              attackers[-1] if attackers else discourse.attacker,
                              tuple(doers.items()), acts[-1].source if acts else discourse.last_act)
    return out
