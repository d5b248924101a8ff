"""The event coder: dictionary triggers on the parse -> Event records with roles, codes and factuality."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention, Document, Event, Sentence, Statement, TextSpan
from . import codebook, factuality, refine, roles, when_where
from .match import Hit, find_hits
from .patterns import index

# root codes of verbal acts: when a speaker reports their own verbal act, the act itself is asserted
VERBAL_QUADS = (1, 3)
# roots whose event nouns take a place name as where, not who ("the Gaza war", "Ukraine conflict")
PLACE_ROOTS = frozenset(("14", "15", "18", "19", "20"))


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
    if code[:2] in ("13",) and code in ("130",):
        emb = next((c for c in hit.token.children if c.dep_ == "xcomp"), None)
        if emb is not None:
            h = _embedded_code(emb)
            if h is not None:
                code = refine.as_threat(h)
    if status == "intended":
        code = refine.as_intent(code)
    return code


def _embedded_code(tok: Any) -> str | None:
    from .match import match_verb

    h = match_verb(tok, index())
    return None if h is None else refine.by_object(h.pattern.code, refine.words_near(tok))


def code_hit(hit: Hit, actors: DocActors, statements: Sequence[Statement]) -> Coded | None:
    """Status, code and holder of a hit (None when a threat's embedded act is folded into the threat)."""
    tok = hit.token
    ctx = factuality.context(tok)
    if ctx is not None and ctx.status == "hypothetical" and ctx.cue.lemma_.lower() in factuality.THREAT_CUES:
        return None
    holder = _holder(ctx, actors)
    if ctx is None:
        holder = _statement_holder(tok, statements)
        if holder is not None:
            ctx = factuality.Context("claimed", tok, None)
    local = factuality.local_status(tok)
    status = factuality.combine(local, ctx, alleged=factuality.is_alleged(tok))
    return Coded(hit, _code(hit, status, ctx), status, holder, ctx)


def _source_token(hit: Hit) -> Any | None:
    tok = hit.token
    if hit.pattern.kind == "noun":
        places = hit.pattern.code[:2] not in PLACE_ROOTS
        return roles.noun_source_token(tok, set(hit.pattern.mods), places=places)
    if hit.pattern.kind == "adj":
        head = tok.head if tok.dep_ == "acomp" else tok
        return next((c for c in head.children if c.dep_ == "nsubj"), None) or roles.subject_token(head)
    return roles.subject_token(tok)


def sources(c: Coded, actors: DocActors) -> list[ActorMention]:
    """Source actors; a first-person subject inside reported speech is the speaker."""
    stok = _source_token(c.hit)
    if stok is None:
        return []
    found = roles.actors_of(stok, actors)
    # an unresolved pronoun subject inside reported speech most often is the speaker ("X said it will ...")
    if not found and stok.lower_ in roles.SPEAKER_PRONOUNS and c.holder is not None:
        return [c.holder]
    return found


def targets(c: Coded, actors: DocActors, source_keys: set[str]) -> list[ActorMention]:
    """The first candidate target phrase naming coded actors other than the source."""
    p = c.hit.pattern
    tok = c.hit.token
    if p.kind == "adj":
        cands = roles.prep_objects(tok, roles.TARGET_PREPS)
    else:
        cands = roles.target_tokens(tok, p.preps, noun=p.kind == "noun")
    for t in cands:
        found = [m for m in roles.actors_of(t, actors) if m.key not in source_keys]
        if found:
            return found
    return []


def _event(c: Coded, src: ActorMention, tgt: ActorMention | None, sent: Sentence, where: tuple[Any, ...]) -> Event:
    info = codebook.info(c.code)
    tok = c.hit.token
    status = c.status
    if status == "claimed" and c.holder is not None and c.holder.key == src.key and info.quad_class in VERBAL_QUADS:
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


def _drop_folded(coded: list[Coded]) -> list[Coded]:
    """An intent cue ("pledged to supply") whose embedded act was coded is one event, not two."""
    cues = {c.ctx.cue.i for c in coded if c.ctx is not None and c.ctx.status == "intended" and not c.ctx.noun}
    return [c for c in coded if c.hit.token.i not in cues]


def sentence_events(doc: Any, document: Document, sent: Sentence, actors: DocActors,
                    statements: Sequence[Statement]) -> list[Event]:
    """Events of one sentence."""
    toks = _span(doc, sent.start, sent.end)
    if not toks:
        return []
    hits = find_hits(toks, index())
    if not hits:
        return []
    coded = _drop_folded([c for c in (code_hit(h, actors, statements) for h in hits) if c is not None])
    span = doc.char_span(toks[0].idx, toks[-1].idx + len(toks[-1]))
    text = document.text[sent.start:sent.end]
    place, country = when_where.location(span, actors) if span is not None else (None, None)
    where = (when_where.event_date(text, document.date), place, country)
    out: list[Event] = []
    seen: set[tuple[Any, ...]] = set()
    for c in coded:
        srcs = sources(c, actors)
        keys = {s.key for s in srcs if s.key}
        tgts: list[ActorMention | None] = list(targets(c, actors, keys)) or [None]
        for s in srcs:
            for t in tgts:
                sig = (c.hit.token.i, c.code[:2], s.key, t.key if t else None)
                if sig not in seen and sent.start <= c.hit.token.idx < sent.end:
                    seen.add(sig)
                    out.append(_event(c, s, t, sent, where))
    return out


def extract(
    doc: Any, document: Document, sentences: Sequence[Sentence], actors: DocActors, statements: Sequence[Statement]
) -> list[Event]:
    """Every event in the article's non-boilerplate sentences, in text order."""
    out: list[Event] = []
    for sent in sentences:
        if sent.zone == "boilerplate":
            continue
        out.extend(sentence_events(doc, document, sent, actors, statements))
    return out
