"""Events nested in speech (GUIDE section 1, Events): "the US says DPRK shelled the island" is also USA
ACCUSE PRK; "X said Y must withdraw" is X demanding of Y."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Event, Sentence, Statement, TextSpan
from . import codebook, factuality, keys, np_actors, roles
from .coding import Coded, frame_holder, quote_holder
from .patterns import index

# quad classes of acts whose report by another party is an accusation (verbal and material conflict)
ACCUSED_QUADS = (3, 4)


ACCUSATION = "112"


# sectors that speak and act for a state: its government reporting what its army or police did is no accusation,
# but a state's word on what its rebels, opposition or people did is one (and theirs on the state's deeds)
STATE_SECTORS = frozenset(("", "GOV", "MIL", "COP"))


def same_side(a: str | None, b: str | None) -> bool:
    """Two actor keys on one side of an accusation: the same party, parties of different states never, and
    within a state the state's own organs together, any other group only with itself."""
    if a == b:
        return True
    if keys.country_of(a) != keys.country_of(b):
        return False
    return keys.sector_of(a) in STATE_SECTORS and keys.sector_of(b) in STATE_SECTORS


def accusable(holder: str | None, doer: str | None) -> bool:
    """Whether a speaker's report of a hostile act by ``doer`` accuses it: not when both are on one side, and
    not when a state reports an attack by unnamed armed men of its own country ("terrorists", "gunmen"):
    that relays an incident; a named group of its own country ("the army said the RSF shelled ...") it does accuse."""
    if same_side(holder, doer):
        return False
    return keys.country_of(holder) != keys.country_of(doer) or keys.sector_of(doer) != "REB" or ":" in (doer or "")


# saying verbs that take sides on their content by themselves
STRONG_CLAIM_CUES = frozenset("claim allege charge insist assert contend maintain blame".split())


def presupposed(tok: Any) -> bool:
    """"said the ousted president would return", "said the jailed leader was ill": a participle or adjective
    that describes a noun takes its act as known; it is not what the speaker reports, so reporting it accuses
    no one."""
    return tok.dep_ == "amod" and tok.tag_ in ("VBN", "JJ") and tok.head.pos_ in ("NOUN", "PROPN") \
        and tok.i < tok.head.i


def observed(tok: Any, cue: Any) -> bool:
    """"The military said it detected the launch of two missiles", "said its radars had spotted warships
    firing": an act reported as what the speaker observed (a verb of ``observation_verbs`` between the act
    and the saying verb) is a sighting the speaker vouches for, no accusation of the act's doer."""
    for a in tok.ancestors:
        if a.i == cue.i:
            return False
        if a.pos_ == "VERB" and a.lemma_.lower() in index().observation_verbs:
            return True
    return False


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
    if not accusable(holder.key, src.key):
        return None
    if codebook.info(c.code).quad_class not in ACCUSED_QUADS or factuality.in_background(c.hit.token, scene=True) \
            or factuality.dates_clause(c.hit.token) or presupposed(c.hit.token) or observed(c.hit.token, cue):
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
    if not accusable(holder.key, src.key) or codebook.info(c.code).quad_class not in ACCUSED_QUADS or \
            factuality.in_background(tok, scene=True) or factuality.dates_clause(tok) or presupposed(tok):
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
        holder = frame_holder(ctx, actors) if ctx is not None else quote_holder(verb, statements)
        subj = roles.subject_token(verb)
        if holder is None or not holder.key or subj is None:
            continue
        obliged = [m for m in np_actors.actors_of(subj, actors) if m.key and m.key != holder.key]
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
