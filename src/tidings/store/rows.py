"""Records <-> rows: the one place that knows how an Analysis maps onto the tables.

Pure functions (no database), so the mapping is tested by round trips alone.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Mapping

from ..records import (
    ActorMention,
    Analysis,
    Claim,
    ClaimStance,
    Document,
    Event,
    Line,
    Proposition,
    Sentence,
    Statement,
    TextSpan,
)

Row = dict[str, Any]


def document_id(text: str) -> str:
    """The content hash that identifies a document: the same text is the same document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def versions_id(versions: Mapping[str, str]) -> str:
    """A short stable id for a set of versions (one ``versions`` row serves many records)."""
    return hashlib.sha256(versions_json(versions).encode("utf-8")).hexdigest()[:16]


def versions_json(versions: Mapping[str, str]) -> str:
    return json.dumps(dict(versions), sort_keys=True, separators=(",", ":"))


def actor_cols(prefix: str, m: ActorMention | None) -> Row:
    if m is None:
        return {f"{prefix}_{k}": None for k in ("key", "name", "text", "start", "end", "kind", "evidence", "entity")}
    return {
        f"{prefix}_key": m.key,
        f"{prefix}_name": m.name,
        f"{prefix}_text": m.text,
        f"{prefix}_start": m.start,
        f"{prefix}_end": m.end,
        f"{prefix}_kind": m.kind,
        f"{prefix}_evidence": m.evidence,
        f"{prefix}_entity": m.entity,
    }


def actor_from(prefix: str, r: Mapping[str, Any]) -> ActorMention | None:
    if r[f"{prefix}_start"] is None:
        return None
    return ActorMention(
        start=r[f"{prefix}_start"],
        end=r[f"{prefix}_end"],
        text=r[f"{prefix}_text"],
        key=r[f"{prefix}_key"],
        name=r[f"{prefix}_name"],
        kind=r[f"{prefix}_kind"],
        evidence=r[f"{prefix}_evidence"],
        entity=r[f"{prefix}_entity"],
    )


def span_cols(prefix: str, s: TextSpan | None) -> Row:
    if s is None:
        return {f"{prefix}_start": None, f"{prefix}_end": None, f"{prefix}_text": None}
    return {f"{prefix}_start": s.start, f"{prefix}_end": s.end, f"{prefix}_text": s.text}


def span_from(prefix: str, r: Mapping[str, Any]) -> TextSpan | None:
    if r[f"{prefix}_start"] is None:
        return None
    return TextSpan(r[f"{prefix}_start"], r[f"{prefix}_end"], r[f"{prefix}_text"])


def document_row(d: Document, *, vid: str, now: str, a: Analysis) -> Row:
    return {
        "id": document_id(d.text),
        "input_id": d.id,
        "title": d.title,
        "date": d.date,
        "url": d.url,
        "source": d.source,
        "author": d.author,
        "path": d.path,
        "line": d.line,
        "date_source": d.date_source,
        "text": d.text,
        "version_id": vid,
        "ingested_at": now,
        **counts(a),
    }


def copy_key(d: Document) -> str:
    """Identifies one appearance of a text: same text, id, URL, source and date is the same copy."""
    parts = [document_id(d.text), d.id, d.url, d.source, d.date]
    return hashlib.sha256(json.dumps(parts).encode("utf-8")).hexdigest()[:32]


def copy_row(d: Document, *, doc: int, now: str) -> Row:
    return {
        "doc": doc,
        "copy_key": copy_key(d),
        "input_id": d.id,
        "title": d.title,
        "date": d.date,
        "date_source": d.date_source,
        "url": d.url,
        "source": d.source,
        "path": d.path,
        "line": d.line,
        "ingested_at": now,
    }


def counts(a: Analysis) -> Row:
    return {
        "n_lines": len(a.lines),
        "n_sentences": len(a.sentences),
        "n_mentions": len(a.mentions),
        "n_events": len(a.events),
        "n_statements": len(a.statements),
        "n_claims": len(a.claims),
    }


def event_row(e: Event) -> Row:
    return {
        **actor_cols("source", e.source),
        **actor_cols("target", e.target),
        "cameo": e.cameo,
        "root": e.root or e.cameo[:2],
        "plover": e.plover,
        "mode": e.mode,
        "context": e.context,
        "status": e.status,
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "attributed_to": e.attributed_to,
        "attributed_name": e.attributed_name,
        **span_cols("trigger", e.trigger),
        "sentence": e.sentence,
        "date": e.date,
        "location": e.location,
        "location_country": e.location_country,
        "pattern": e.pattern,
        "statement": e.statement,
        "confidence": e.confidence,
    }


def event_from(r: Mapping[str, Any]) -> Event:
    trigger = span_from("trigger", r)
    if trigger is None:  # the column is NOT NULL; this keeps the type checker honest
        trigger = TextSpan(0, 0, "")
    return Event(
        source=actor_from("source", r),
        target=actor_from("target", r),
        cameo=r["cameo"],
        trigger=trigger,
        sentence=r["sentence"],
        status=r["status"],
        plover=r["plover"],
        mode=r["mode"],
        context=r["context"],
        root=r["root"],
        quad_class=r["quad_class"],
        goldstein=r["goldstein"],
        attributed_to=r["attributed_to"],
        attributed_name=r["attributed_name"],
        date=r["date"],
        location=r["location"],
        location_country=r["location_country"],
        pattern=r["pattern"],
        statement=r["statement"],
        **({"confidence": r["confidence"]} if r.get("confidence") is not None else {}),
    )


def statement_row(s: Statement) -> Row:
    return {
        **actor_cols("speaker", s.speaker),
        **span_cols("cue", s.cue),
        "kind": s.kind,
        **span_cols("content", s.content),
        "sentence": s.sentence,
        "cue_lemma": s.cue_lemma,
        "stance": s.stance,
    }


def statement_from(r: Mapping[str, Any]) -> Statement:
    return Statement(
        speaker=actor_from("speaker", r),
        cue=span_from("cue", r) or TextSpan(0, 0, ""),
        kind=r["kind"],
        content=span_from("content", r) or TextSpan(0, 0, ""),
        sentence=r["sentence"],
        cue_lemma=r["cue_lemma"],
        stance=r["stance"],
    )


def claim_row(c: Claim) -> Row:
    p = c.proposition
    return {"prop_source": p.source, "prop_target": p.target, "prop_cameo": p.cameo, "prop_plover": p.plover, "prop_object": p.object}


def stance_row(s: ClaimStance) -> Row:
    return {
        "holder": s.holder,
        "name": s.name,
        "stance": s.stance,
        **span_cols("content", s.content),
        "statement": s.statement,
        "event": s.event,
        "date": s.date,
        "document_ref": s.document,
    }


def stance_from(r: Mapping[str, Any]) -> ClaimStance:
    return ClaimStance(
        holder=r["holder"],
        name=r["name"],
        stance=r["stance"],
        content=span_from("content", r),
        statement=r["statement"],
        event=r["event"],
        date=r["date"],
        document=r["document_ref"],
    )


def claim_from(r: Mapping[str, Any], stances: tuple[ClaimStance, ...]) -> Claim:
    prop = Proposition(r["prop_source"], r["prop_target"], r["prop_cameo"], r["prop_plover"], r["prop_object"])
    return Claim(proposition=prop, stances=stances)


def line_row(ln: Line) -> Row:
    return {"char_start": ln.start, "char_end": ln.end, "zone": ln.zone, "reason": ln.reason}


def line_from(r: Mapping[str, Any]) -> Line:
    return Line(r["char_start"], r["char_end"], r["zone"], r["reason"])


def sentence_row(s: Sentence) -> Row:
    return {"idx": s.index, "char_start": s.start, "char_end": s.end, "zone": s.zone}


def sentence_from(r: Mapping[str, Any]) -> Sentence:
    return Sentence(r["idx"], r["char_start"], r["char_end"], r["zone"])


def mention_row(m: ActorMention) -> Row:
    return {
        "char_start": m.start,
        "char_end": m.end,
        "text": m.text,
        "key": m.key,
        "name": m.name,
        "kind": m.kind,
        "evidence": m.evidence,
        "entity": m.entity,
    }


def mention_from(r: Mapping[str, Any]) -> ActorMention:
    return ActorMention(r["char_start"], r["char_end"], r["text"], r["key"], r["name"], r["kind"], r["evidence"], r["entity"])


def document_from(r: Mapping[str, Any]) -> Document:
    return Document(
        id=r["input_id"],
        text=r["text"],
        title=r["title"],
        date=r["date"],
        url=r["url"],
        source=r["source"],
        author=r["author"],
        path=r["path"],
        line=r["line"],
        date_source=r.get("date_source"),
    )
