"""The JSON exchange record of GUIDE section 4, built from an :class:`Analysis`.

``id``, ``text``, ``events``, ``statements`` and ``claims`` are always present.
Extra fields (sentences, actors, metadata, versions) are welcome to the scorer.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .records import ActorMention, Analysis, Claim, Event, Statement, TextSpan


def span(s: TextSpan | None) -> dict[str, Any] | None:
    if s is None:
        return None
    return {"start": s.start, "end": s.end, "text": s.text}


def actor(m: ActorMention | None, *, explain: bool = False) -> dict[str, Any] | None:
    if m is None:
        return None
    out: dict[str, Any] = {"key": m.key, "name": m.name, "start": m.start, "end": m.end, "text": m.text}
    if explain:
        out["kind"] = m.kind
        out["evidence"] = m.evidence
        out["entity"] = m.entity
    return out


def event_record(e: Event, *, explain: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": actor(e.source, explain=explain),
        "target": actor(e.target, explain=explain),
        "cameo": e.cameo,
        "root": e.root or e.cameo[:2],
        "quad_class": e.quad_class,
        "goldstein": e.goldstein,
        "plover": e.plover,
        "mode": e.mode,
        "context": e.context,
        "status": e.status,
        "confidence": e.confidence,
        "attributed_to": e.attributed_to,
        "attributed_name": e.attributed_name,
        "trigger": span(e.trigger),
        "sentence": e.sentence,
        "date": e.date,
        "location": {"name": e.location, "country": e.location_country} if e.location else None,
        "statement": e.statement,
    }
    if explain:
        out["pattern"] = e.pattern
    return out


def statement_record(s: Statement, *, explain: bool = False) -> dict[str, Any]:
    return {
        "speaker": actor(s.speaker, explain=explain),
        "cue": span(s.cue),
        "kind": s.kind,
        "content": span(s.content),
        "sentence": s.sentence,
        "stance": s.stance,
    }


def claim_record(c: Claim) -> dict[str, Any]:
    p = c.proposition
    return {
        "proposition": {
            "source": {"key": p.source},
            "target": {"key": p.target} if p.target else None,
            "cameo": p.cameo,
            "plover": p.plover,
            "object": p.object,
        },
        "stances": [
            {
                "holder": {"key": st.holder, "name": st.name},
                "stance": st.stance,
                "content": span(st.content),
                "statement": st.statement,
                "event": st.event,
                "date": st.date,
                "document": st.document,
            }
            for st in c.stances
        ],
    }


def confident(a: Analysis, floor: float) -> Analysis:
    """The analysis without events whose confidence is below ``floor`` (claim stances that pointed at a
    dropped event keep their statement and lose the event link; the others are renumbered)."""
    if floor <= 0:
        return a
    kept = [i for i, e in enumerate(a.events) if e.confidence >= floor]
    new_index = {old: new for new, old in enumerate(kept)}
    claims = tuple(replace(c, stances=tuple(replace(st, event=new_index.get(st.event) if st.event is not None else None)
                                            for st in c.stances)) for c in a.claims)
    return replace(a, events=tuple(a.events[i] for i in kept), claims=claims)


def to_record(a: Analysis, *, explain: bool = False) -> dict[str, Any]:
    """One exchange record per document."""
    d = a.document
    return {
        "id": d.id,
        "text": d.text,
        "events": [event_record(e, explain=explain) for e in a.events],
        "statements": [statement_record(s, explain=explain) for s in a.statements],
        "claims": [claim_record(c) for c in a.claims],
        "metadata": {"title": d.title, "date": d.date, "date_source": d.date_source, "url": d.url, "source": d.source, "author": d.author, "path": d.path},
        "sentences": [{"index": s.index, "start": s.start, "end": s.end, "zone": s.zone} for s in a.sentences],
        "lines": [{"start": ln.start, "end": ln.end, "zone": ln.zone, "reason": ln.reason} for ln in a.lines if ln.zone != "body"],
        "actors": [actor(m, explain=explain) for m in a.mentions],
        "versions": a.versions,
    }
