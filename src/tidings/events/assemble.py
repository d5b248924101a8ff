"""From a coded hit and its parties to an Event record: codes refined by who the parties are (backing an
armed group is aid, violence between armed sides is fighting, a strike on a target is force) and the status
of a speaker's own verbal acts."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from ..records import ActorMention, Event, Sentence, Statement, TextSpan
from . import codebook, factuality, keys, refine, roles
from .codebook import VISIT_CODES
from .coding import Coded

# root codes of verbal acts: when a speaker reports their own verbal act, the act itself is asserted
VERBAL_QUADS = (1, 3)
# root codes of cooperation, verbal and material
COOPERATIVE_QUADS = (1, 2)


# verbs of backing: backing an armed group is material help, not words of praise ("Rwanda backs the rebels")
BACKING = frozenset(("back", "support", "sponsor", "backing", "sponsorship"))


def _backing_code(c: Coded, tgt: ActorMention | None) -> str:
    if c.code[:2] != "05" or c.hit.token.lemma_.lower() not in BACKING or tgt is None or not tgt.key:
        return c.code
    if not keys.sector_of(tgt.key).startswith("REB"):
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
    if keys.sector_of(src.key) in ARMED and keys.sector_of(tgt.key) in ARMED:
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
    return "190" if aimed or keys.sector_of(src.key) in ARMED else c.code


def _same_party(holder: ActorMention, src: ActorMention) -> bool:
    """The speaker is the doer: the same actor, or a state and its own government ("Iran threatens Israel,
    Tehran says")."""
    if holder.key == src.key:
        return True
    if not holder.key or not src.key or keys.country_of(holder.key) != keys.country_of(src.key):
        return False
    return all(keys.sector_of(k) in ("", "GOV") and ":" not in k for k in (holder.key, src.key))


# a visit (codebook.VISIT_CODES) by peacekeepers is their deployment: military protection or peacekeeping (074)
DEPLOYED = "074"


def peacekeepers(tok: Any) -> bool:
    """"peacekeepers", "peacekeeping troops", "the first deployment of peacekeeping forces": a noun phrase
    naming a peacekeeping force (a force noun of the actor lexicon's MIL acting nouns), not one of its staff
    ("a peacekeeping official")."""
    from ..actors.lexicon import lexicon

    return any(t.lemma_.lower().startswith("peacekeep") and (
        t.i == tok.i or lexicon().acting_nouns.get(t.head.lemma_.lower()) == "MIL") for t in tok.subtree)


def deployment(c: Coded) -> bool:
    """"Peacekeeping troops arrived in Bosnia": peacekeepers arriving do not pay a visit, they are deployed."""
    if c.code not in VISIT_CODES or c.hit.pattern.kind != "verb":
        return False
    doer = roles.subject_token(c.hit.token)
    return doer is not None and peacekeepers(doer)


def _plover(c: Coded, info: codebook.CodeInfo) -> tuple[str | None, str | None]:
    """PLOVER type and mode: the trigger's own reading in the PLOVER manual while its code is unrefined
    ("resigned" RETREAT), else the CAMEO->PLOVER table's ("declined to resign" 124 stays REJECT)."""
    p = c.hit.pattern
    if p.plover is not None and c.code == p.code:
        return p.plover, p.plover_mode
    if c.status == "hypothetical" and info.quad_class in COOPERATIVE_QUADS and factuality.offered_on_condition(c.hit.token):
        # "said they would meet the envoy if he ...": PLOVER reads a conditional offer to cooperate as AGREE
        # (willingness to cooperate); the CAMEO code stays the act's and the status hypothetical
        offer = codebook.info(refine.as_intent(c.code))
        if offer.plover is not None:
            return offer.plover, offer.mode
    return info.plover, info.mode


def make_event(c: Coded, src: ActorMention, tgt: ActorMention | None, sent: Sentence, where: tuple[Any, ...]) -> Event:
    c = Coded(c.hit, _strike_code(c, src), c.status, c.holder, c.ctx)
    code = _combat_code(_backing_code(c, tgt), src, tgt)
    if deployment(Coded(c.hit, code, c.status, c.holder, c.ctx)):
        code = DEPLOYED
    if code != c.code:
        c = Coded(c.hit, code, c.status, c.holder, c.ctx)
    info = codebook.info(c.code)
    tok = c.hit.token
    status = c.status
    if status == "claimed" and c.holder is not None and _same_party(c.holder, src) and info.quad_class in VERBAL_QUADS:
        status = "asserted"  # a speaker's own verbal act is performed, not merely claimed
    attributed = c.holder if status in ("claimed", "denied", "intended", "hypothetical") else None
    plover, mode = _plover(c, info)
    return Event(
        source=src, target=tgt, cameo=c.code, trigger=TextSpan(tok.idx, tok.idx + len(tok), tok.text),
        sentence=sent.index, status=status,  # type: ignore[arg-type]
        plover=plover, mode=mode, context=info.context, root=info.root,
        quad_class=info.quad_class, goldstein=info.goldstein,
        attributed_to=attributed.key if attributed else None,
        attributed_name=(attributed.name or attributed.text) if attributed else None,
        date=where[0], location=where[1], location_country=where[2], pattern=c.hit.pattern.id,
    )


def on_cue(ev: Event, c: Coded, statements: Sequence[Statement], sent: Sentence) -> Event:
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
