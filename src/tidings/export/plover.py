"""PLOVER / POLECAT-style event records (JSON array, or JSON Lines for a ``.jsonl`` file).

Field names follow POLECAT's event records where one exists (``event_type``,
``event_mode``, ``event_context``, ``actor`` / ``recipient`` with name,
country and sector, ``event_text``, ``story_date``); tidings adds what it knows
beyond them: the CAMEO code, the status (asserted, claimed, denied ...), who a
claimed event is attributed to, and the trigger with its character offsets.
Events without a PLOVER type (CAMEO 01x statements other than denials) are not
PLOVER events and are left out.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable, Mapping

from sqlalchemy import Select, and_, func, select

from ..store import schema


def party(key: str | None, name: str | None) -> dict[str, Any] | None:
    """Actor or recipient: key split into country (or organisation), sector and named group."""
    if key is None and name is None:
        return None
    head, _, group = (key or "").partition(":")
    country, _, sector = head.partition(".")
    return {"name": name, "key": key, "country": country or None, "sector": sector or None, "group": group or None}


def record(r: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "event_id": f"tidings-{r['num']}",
        "event_date": r["date"] or r["story_date"],
        "story_date": r["story_date"],
        "event_type": r["plover"],
        "event_mode": r["mode"],
        "event_context": r["context"],
        "quad_code": r["quad_class"],
        "goldstein": r["goldstein"],
        "cameo": r["cameo"],
        "status": r["status"],
        "attributed_to": party(r["attributed_to"], r["attributed_name"]) if r["attributed_to"] else None,
        "actor": party(r["source_key"], r["source_name"] or r["source_text"]),
        "recipient": party(r["target_key"], r["target_name"] or r["target_text"]),
        "location": {"name": r["location"], "country": r["location_country"]} if r["location"] else None,
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
        "event_text": r["event_text"],
        "story": {"id": r["input_id"], "hash": r["document_hash"], "url": r["url"], "title": r["title"], "source": r["outlet"]},
        "version_id": r["version_id"],
    }


def events_query() -> Select[Any]:
    ev, d, s = schema.events, schema.documents, schema.sentences
    text = func.substr(d.c.text, s.c.char_start + 1, s.c.char_end - s.c.char_start)
    return (
        select(ev, d.c.date.label("story_date"), d.c.input_id, d.c.id.label("document_hash"), d.c.url, d.c.title,
               d.c.source.label("outlet"), text.label("event_text"))
        .join(d, d.c.num == ev.c.doc)
        .outerjoin(s, and_(s.c.doc == ev.c.doc, s.c.idx == ev.c.sentence))
        .where(ev.c.plover.is_not(None))
        .order_by(ev.c.num)
    )


def write(rows: Iterable[Mapping[str, Any]], out: IO[str], *, lines: bool) -> int:
    n = 0
    if not lines:
        out.write("[")
    for r in rows:
        rec = json.dumps(record(r), ensure_ascii=False)
        out.write(rec + "\n" if lines else ("\n" if n == 0 else ",\n") + rec)
        n += 1
    if not lines:
        out.write("\n]\n")
    return n
