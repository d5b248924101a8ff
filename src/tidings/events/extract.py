"""The event coder: dictionary triggers on the parse -> Event records with roles, codes and factuality.

The mechanisms live in their own modules, in the order a sentence goes through them: ``match`` finds
trigger hits, ``selection`` adds and drops hits, ``coding`` decides status and code, ``doers`` and
``targets`` find the parties (with ``discourse`` for what earlier sentences left), ``assemble`` makes
the Event, and ``nested`` adds the accusations and demands that reported speech implies."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..errors import ModelError
from ..records import ActorMention, Document, Event, Sentence, Statement
from . import codebook, factuality, headline, keys, resolutions, threats, tolls, when_where
from .assemble import make_event, on_cue
from .codebook import FORCE_ROOTS
from .coding import Coded, code_hit
from .crowds import crowd_source, crowd_target, is_crowd, protests_own_government
from .discourse import REFERABLE, Discourse, fights_alongside, goes_on, going_on, repeat_parties, repeated_act
from .doers import accuser_of, attacks_itself, is_agentless, is_evaluative, judged_only, source_phrase, sources
from .match import find_hits
from .nested import ACCUSATION, quoted_accusation, reported_accusation, reported_demands
from .nominal import answered_hits, counterparties, kindred_roots, mentioned_again, mere_label, names_party, own_parties_only
from .patterns import index
from .reasons import stated_reasons
from .selection import (
    contributes_only,
    custody_hits,
    deadline_hits,
    denied_claim,
    drop_coordinated_evaluations,
    drop_detained_crowds,
    drop_folded,
    drop_requested,
    journey,
    own_command,
    owned_up,
    unaimed,
    victimless,
)
from .targets import is_reciprocal, pair_sources, routed, sentence_mentions, targets

# roots whose acts are mutual: "Armenia and Azerbaijan met / cooperate / clashed" is each with the other
RECIPROCAL_ROOTS = frozenset(("04", "06", "08", "19"))
# codes of other roots that are mutual too: intents to meet or negotiate, cooperating, signing an agreement
RECIPROCAL_CODES = ("036", "050", "057")
# codes of those roots that are not: a mediator acts between other parties, not with its fellow mediators
ONE_WAY_CODES = ("045",)
# quad classes of cooperation: coordinated parties doing one such act side by side are fellow actors,
# not each other's target ("Spain offered $300 million and France pledged $200 million")
COOPERATIVE_QUADS = (1, 2)


def _span(doc: Any, start: int, end: int) -> list[Any]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _mutual(c: Coded) -> bool:
    """An act that coordinated subjects do with each other ("met", "clashed", "signed a deal", "agreed")."""
    if c.code.startswith(ONE_WAY_CODES) or c.hit.pattern.code.startswith(ONE_WAY_CODES):
        return False
    tok = c.hit.token
    act = c.hit.pattern.code  # an intent to do a mutual act ("will expand their cooperation") is mutual too
    return (c.code[:2] in RECIPROCAL_ROOTS or c.code.startswith(RECIPROCAL_CODES)
            or act[:2] in RECIPROCAL_ROOTS or act.startswith(RECIPROCAL_CODES)
            or tok.lemma_.lower() in index().reciprocal_verbs  # "agreed", "traded accusations", "exchanged fire"
            or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in index().reciprocal_verbs)  # "agreed to ..."


def _counterparts(c: Coded, mentions: Sequence[tuple[Any, ActorMention]], coded: Sequence[Coded],
                  found_sources: dict[int, list[ActorMention]]) -> list[tuple[Any, ActorMention]]:
    """The parties of the sentence an act may be aimed at when its own phrases name none: for an act of
    cooperation, not the parties doing a cooperative act of their own beside it."""
    doers = {keys.country_of(m.key) for m in found_sources[c.hit.token.i] if m.key}
    mentions = [(t, m) for t, m in mentions if not (_reporter_word(c, t) and keys.country_of(m.key) in doers)]
    if codebook.info(c.code).quad_class not in COOPERATIVE_QUADS:
        return list(mentions)
    fellows = {m.key for o in coded if o is not c and codebook.info(o.code).quad_class in COOPERATIVE_QUADS
               and _side_by_side(c.hit.token, o.hit.token) for m in found_sources[o.hit.token.i] if m.key}
    own = {m.key for m in found_sources[c.hit.token.i]}
    # "Brazil added $172 million, Spain offered $356 million": the doer of a clause listed beside the act does
    # its own act, even one the dictionary does not code
    # (a doer listed before it; not the subject of a clause the act is part of: "Sharif thanked Tokyo for their
    # support", nor one reported after it: "... and said his government would compensate farmers")
    above = {c.hit.token.i, *(a.i for a in c.hit.token.ancestors)}
    fellows |= {m.key for t, m in mentions if t.dep_ in ("nsubj", "nsubjpass") and t.head.i not in above
                and t.i < c.hit.token.i and _side_by_side(c.hit.token, t.head) and m.key}
    return [(t, m) for t, m in mentions if m.key not in fellows - own]


PARTY_MODIFIERS = frozenset(("compound", "amod", "nmod", "poss"))


def _modified_by_party(tok: Any, actors: DocActors) -> bool:
    """"US air strikes killed 12 militants", "Turkish drone strikes": an attack noun whose own modifier (or a
    modifier of its compound, "air") names a party says who struck; the attacker of earlier sentences is not
    handed the act (that party's own event is the clause's, or none)."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return any(m.dep_ in PARTY_MODIFIERS and m.i < tok.i and (a := actors.for_token(m)) is not None and a.key
               for h in heads for m in h.children)


def _reporter_word(c: Coded, tok: Any) -> bool:
    """"Russian troops took the village, *Russia's defence ministry* said": a word of the phrase naming who
    reports the act (the holder of its saying frame) tells who speaks; when it is the doer's own side it is
    not whom the act is aimed at (a victim reporting an attack may be its target: "..., Kyiv said")."""
    holder = c.ctx.holder if c.ctx is not None and c.ctx.status == "claimed" and not c.ctx.noun else None
    return holder is not None and holder.left_edge.i <= tok.i <= holder.right_edge.i


def _side_by_side(a: Any, b: Any) -> bool:
    """Two acts reported as a list: coordinated clauses, or one inside the report of a clause coordinated
    with the other ("Spain offered $3 million and France said it would give $2 million")."""
    def chain(t: Any) -> list[Any]:
        return [t, *list(t.ancestors)[:2]]
    return any(x in y.conjuncts for x in chain(a) for y in chain(b))


def _paired(c: Coded, mentions: Sequence[tuple[Any, ActorMention]], discourse: Discourse) -> list[ActorMention]:
    """The two parties "the two leaders" stands for (targets.pair_sources), unless a third party reports the
    act: who "both delegations" are is then the reporter's word, not a pair the text has set up."""
    pair = pair_sources(source_phrase(c.hit), c.hit.token, mentions, discourse.prior)
    holder = c.holder.key if c.holder is not None else None
    if pair and holder and keys.country_of(holder) not in {keys.country_of(m.key) for m in pair}:
        return []
    return pair


def sentence_events(doc: Any, document: Document, sent: Sentence, actors: DocActors,
                    statements: Sequence[Statement], discourse: Discourse = Discourse()) -> list[Event]:
    """Events of one sentence."""
    return sentence_acts(doc, document, sent, actors, statements, discourse)[0]


def sentence_acts(doc: Any, document: Document, sent: Sentence, actors: DocActors, statements: Sequence[Statement],
                  discourse: Discourse = Discourse()) -> tuple[list[Event], list[Event]]:
    """Events of one sentence, and the acts it only asks for ("urged X and Y to end the fighting").

    A requested act has not happened, so it is no event; but it names the parties that a later mention
    of the act points back to ("the fighting went on"), so the discourse remembers it.
    """
    toks = _span(doc, sent.start, sent.end)
    if not toks:
        return [], []
    tolls.mark_reduced_passives(toks)  # "14 soldiers killed": the counted victims, not the doers
    hits = find_hits(toks, index())
    hits = sorted(deadline_hits(toks, hits + custody_hits(toks, hits, actors) + answered_hits(hits)),
                  key=lambda h: h.token.i)
    deontic = any(t.lower_ in factuality.DEONTIC for t in toks)
    reacts = threats.mentions(toks)
    if not hits and not deontic and not reacts:
        return [], []
    coded = drop_folded([c for c in (code_hit(h, actors, statements) for h in hits)
                          if c is not None and not denied_claim(c) and not mere_label(c.hit) and not names_party(c.hit)
                          and not victimless(c.hit) and not owned_up(c.hit) and not contributes_only(c.hit)
                          and not journey(c.hit, actors) and not own_command(c.hit, actors)
                          and not resolutions.off_vote(c.hit.token)])
    kept = drop_requested(coded, toks)
    kept_ids = {id(c) for c in kept}  # by identity: two codings of one word may compare equal
    asked_for = [c for c in coded if id(c) not in kept_ids]
    coded = drop_detained_crowds(drop_coordinated_evaluations(kept))
    where = _where(doc, document, sent, actors, toks)
    country = where[2]
    out: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    mentions = sentence_mentions(doc, sent, actors)
    triggers = {c.hit.token.i for c in coded}
    trigger_starts = {c.hit.token.idx for c in coded}
    reported: list[Event] = []
    paired = {c.hit.token.i: _paired(c, mentions, discourse) for c in coded}
    found_sources = {c.hit.token.i: paired[c.hit.token.i] or sources(c, actors) for c in coded}
    asked: list[Event] = []
    for c in asked_for:
        if c.hit.token.i not in paired:  # a word also coded as a kept act keeps that act's parties
            paired[c.hit.token.i] = _paired(c, mentions, discourse)
            found_sources[c.hit.token.i] = paired[c.hit.token.i] or sources(c, actors)
    for n, c in enumerate(coded + asked_for):
        requested = n >= len(coded)
        srcs = found_sources[c.hit.token.i]
        if not srcs and (crowd := crowd_source(c, actors, mentions, country, coded)) is not None:
            srcs = [crowd]  # "protests erupted across the country": its people (see crowds)
        inherited = False
        again = None
        if not srcs and c.hit.pattern.kind == "noun" and c.ctx is None and (
                repeated_act(c.hit.token) or c.status not in ("negated", "denied") and mentioned_again(c.hit.token)):
            pair = discourse.parties(c.code[:2]) or next(  # "the deal takes effect": the parties of the deal last reported
                (p for r in kindred_roots(c.code[:2]) if (p := discourse.parties(r)) is not None), None)
            again = repeat_parties(c.hit.token, pair) if pair is not None else None
        if again is not None:
            srcs, inherited = [again[0]], True
        elif (not srcs and c.code[:2] in FORCE_ROOTS and discourse.attacker is not None and is_agentless(c.hit)
              and c.status not in ("negated", "denied")  # "no one was hurt": nothing to attribute
              and not _modified_by_party(c.hit.token, actors)):
            srcs, inherited = [discourse.attacker], True  # "the shelling continued": the attacker already named
        elif (not srcs and c.status not in ("negated", "denied") and is_agentless(c.hit)
              and goes_on(c.hit.token, c.hit.pattern.kind == "noun")
              and (cont := discourse.continued(c.code[:2], sent.index)) is not None):
            srcs, inherited = [going_on(c.hit.token, cont[1])], True
        keys = {s.key for s in srcs if s.key}
        each_other = len(keys) > 1 and is_reciprocal(c.hit.token)
        # "both delegations committed to ...": the two parties an act of cooperation names by number do it together
        mutual = each_other or len(keys) > 1 and (_mutual(c) or bool(paired[c.hit.token.i])
                                                  and codebook.info(c.code).quad_class in COOPERATIVE_QUADS)
        pool = () if mutual else _counterparts(c, mentions, coded, found_sources)
        found = [] if each_other else targets(c, actors, keys, pool, discourse if not mutual else Discourse())
        if again is not None:
            found = [again[1]]
        srcs, found = routed(c, srcs, found, actors)
        keys = {s.key for s in srcs if s.key}
        if inherited and attacks_itself(c.hit, keys, actors):
            continue  # the earlier attacker is now the one attacked: someone else did this
        if not found and not mutual and (own_parties_only(c.hit) or judged_only(c)):
            continue  # "the deal" names no second party of its own: no event (see nominal.own_parties_only)
        if not found and srcs and (is_crowd(srcs[0]) or protests_own_government(c.code, srcs[0])):
            found = [crowd_target(srcs[0])]
        tgts: list[ActorMention | None] = list(found) or [None]
        for s in srcs:
            if mutual and not found:  # each party with the others (the other side of a "between" list)
                tgts = list(counterparties(c.hit, s, srcs, actors)) or [None]
            for t in tgts:
                sig = (c.hit.token.i, c.code[:2], s.key, t.key if t else None)
                if sig not in seen and sent.start <= c.hit.token.idx < sent.end:
                    seen.add(sig)
                    ev = make_event(accuser_of(c, s, srcs), s, t, sent, where)
                    (asked if requested else out).append(on_cue(ev, c, statements, sent) if is_evaluative(c) else ev)
            if requested:
                continue
            acc = reported_accusation(c, s, sent, where, triggers) or quoted_accusation(
                c, s, sent, where, statements, trigger_starts)
            if acc is not None and acc.source is not None and acc.target is not None:
                asig = (acc.trigger.start, ACCUSATION, acc.source.key, acc.target.key)
                if asig not in seen:
                    seen.add(asig)
                    reported.append(acc)
    if deontic:
        reported += reported_demands(toks, sent, actors, statements, where, triggers)
    if reacts:
        reported += threats.announced_threats(toks, sent, actors, statements, where, triggers)
        reported += threats.tabled_threats(toks, sent, actors, statements, where, mentions)
    reported += stated_reasons(toks, out, sent, actors, where)
    return sorted(out + reported, key=lambda e: e.trigger.start), asked


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
    from ..nlp.casing import RECASED
    from ..nlp.model import load_model

    names = [(m.start, m.end) for _, m in sentence_mentions(doc, sent, actors)]
    try:
        nlp = load_model()
        # the pipeline parsed a Title Case headline in sentence case already (nlp.casing)
        cased = None if doc.user_data.get(RECASED) else headline.sentence_cased(doc, sent.start, sent.end, nlp, names)
        base = cased if cased is not None else doc
        found = headline.reparse(base, sent.start, sent.end, index(), nlp, names)
        if found is None:
            found = cased
    except (ValueError, ModelError):  # a re-parse that cannot be aligned leaves the original parse in place
        found = None
    return found if found is not None else doc


def _motion_events(doc: Any, document: Document, sent: Sentence, actors: DocActors,
                   motion: resolutions.Motion | None) -> list[Event]:
    """The parties' roles in the resolution the article remembers (see events/resolutions)."""
    toks = _span(doc, sent.start, sent.end)
    if motion is None or not toks:
        return []
    return resolutions.role_events(toks, sent.index, actors, motion, _where(doc, document, sent, actors, toks))


def _where(doc: Any, document: Document, sent: Sentence, actors: DocActors, toks: Sequence[Any]) -> tuple[Any, ...]:
    """When and where a sentence sets its events: (ISO date, place name, place country)."""
    span = doc.char_span(toks[0].idx, toks[-1].idx + len(toks[-1]))
    place, country = when_where.location(span, actors) if span is not None else (None, None)
    return when_where.event_date(document.text[sent.start:sent.end], document.date), place, country


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
        found, asked = sentence_acts(sdoc, document, sent, actors, statements, discourse)
        motion = resolutions.latest_motion(sdoc, found, discourse.motion)
        found = resolutions.merge(found, _motion_events(sdoc, document, sent, actors, motion))
        out.extend(e for e in found if not unaimed(e) and _fresh(e, seen))  # the discourse still sees them
        # a vote for a resolution is a condemnation but no allegation "the claims" could point back to
        accusers = [e.source for e in found if e.root == "11" and e.source is not None and e.status != "denied"
                    and not (e.pattern or "").startswith("motion:")]
        attackers = [e.source for e in found if (e.root in FORCE_ROOTS or fights_alongside(e)) and e.source is not None
                     and e.status not in ("denied", "negated")]
        done = [e for e in found if e.source is not None and e.status in ("asserted", "claimed")
                and not (e.pattern or "").startswith(("quoted:", "reported:"))]
        acts = [e for e in done if e.root in REFERABLE]
        doers = dict(discourse.doers)
        pairs = {r: (s, t) for r, s, t in discourse.acts}
        latest: dict[str, tuple[ActorMention, ActorMention]] = {}
        for e in done:  # "the request", "the sanctions": the latest act of that kind
            doers[e.root] = e.source  # type: ignore[assignment]
            if e.target is not None and e.target.key and e.source.key != e.target.key:  # type: ignore[union-attr]
                latest.setdefault(e.root, (e.source, e.target))  # type: ignore[arg-type]  # a sentence's first pair
        for e in asked:  # "urged X and Y to end the fighting": "the fighting" is theirs
            if e.source is not None and e.target is not None and e.target.key and e.source.key != e.target.key:
                latest.setdefault(e.root, (e.source, e.target))
        pairs.update(latest)
        recent = {r: (i, s, t) for r, i, s, t in discourse.recent}
        for e in done:
            recent[e.root] = (sent.index, e.source, e.target)  # type: ignore[assignment]
        discourse = Discourse(tuple(sentence_mentions(doc, sent, actors)),
                              accusers[-1] if accusers else discourse.accuser,
                              attackers[-1] if attackers else discourse.attacker,
                              tuple(doers.items()), acts[-1].source if acts else discourse.last_act,
                              tuple((r, s, t) for r, (s, t) in pairs.items()), motion,
                              tuple((r, i, s, t) for r, (i, s, t) in recent.items()))
    return out
