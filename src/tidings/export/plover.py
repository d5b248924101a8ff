"""PLOVER / POLECAT-style event records (JSON array, or JSON Lines for a ``.jsonl`` file).

Field names follow POLECAT's event records where one exists (``event_type``,
``event_mode``, ``contexts`` (a list), ``actors`` / ``recipients`` (lists of
parties with name, country and sector), ``event_text``, ``story_date``); tidings
adds what it knows beyond them: the CAMEO code, the status (asserted, claimed,
denied ...), who a claimed event is attributed to, the extractor's confidence,
the sentence and the trigger with its character offsets. Events without a
PLOVER type (CAMEO 01x statements other than denials) are not PLOVER events:
they are left out and the export says how many.
"""

from __future__ import annotations

import json
from typing import IO, Any, Iterable, Mapping


def party(key: str | None, name: str | None) -> dict[str, Any] | None:
    """Actor or recipient: key split into country (or organisation), sector and named group."""
    if key is None and name is None:
        return None
    head, _, group = (key or "").partition(":")
    country, _, sector = head.partition(".")
    return {"name": name, "key": key, "country": country or None, "sector": sector or None, "group": group or None}


def record(r: Mapping[str, Any]) -> dict[str, Any]:
    """One event as a POLECAT-style record: actors and recipients as lists, contexts as a list."""
    actor = party(r["source_key"], r["source_name"] or r["source_text"])
    recipient = party(r["target_key"], r["target_name"] or r["target_text"])
    return {
        "event_id": f"tidings-{r['num']}",
        "event_date": r["event_date"] or r["story_date"],
        "story_date": r["story_date"],
        "date_source": r["date_source"],
        "event_type": r["plover"],
        "event_mode": r["mode"],
        "contexts": [r["context"]] if r["context"] else [],
        "quad_code": r["quad_class"],
        "goldstein": r["goldstein"],
        "cameo": r["cameo"],
        "status": r["status"],
        "attributed_to": party(r["attributed_to"], r["attributed_name"]) if r["attributed_to"] else None,
        "confidence": r["confidence"],
        "actors": [actor] if actor else [],
        "recipients": [recipient] if recipient else [],
        "location": {"name": r["location"], "country": r["location_country"]} if r["location"] else None,
        "trigger": {"start": r["trigger_start"], "end": r["trigger_end"], "text": r["trigger_text"]},
        "sentence": r["sentence"],
        "event_text": r["event_text"],
        "story": {"id": r["input_id"], "hash": r["document_hash"], "url": r["url"], "title": r["title"], "source": r["outlet"]},
        "version_id": r["version_id"],
    }


def write(rows: Iterable[Mapping[str, Any]], out: IO[str], *, lines: bool) -> tuple[int, int]:
    """Records written, and events left out for want of a PLOVER type."""
    n = left_out = 0
    if not lines:
        out.write("[")
    for r in rows:
        if r["plover"] is None:
            left_out += 1
            continue
        rec = json.dumps(record(r), ensure_ascii=False)
        out.write(rec + "\n" if lines else ("\n" if n == 0 else ",\n") + rec)
        n += 1
    if not lines:
        out.write("\n]\n")
    return n, left_out
