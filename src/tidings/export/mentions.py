"""One event reported many times: event rows grouped across articles, with their mentions.

Two event rows are mentions of one event when they have the same source and target
keys and the same CAMEO code, and their dates lie within ``window_days`` of the
group's first date (rows without a date group only within their own document). A
stored text read under several ids, URLs or sources (``copies``) is one article per
copy. For each event this gives GDELT's counts:

* ``NumMentions``: every mention in every article (an article that names the event
  twice counts twice);
* ``NumArticles``: distinct articles (copies) that mention it;
* ``NumSources``: distinct outlets among them: the copy's ``source``, else its URL's
  host; an article with neither counts as its own source.

The event's id is the lowest event number of its group. Rows are grouped in one pass
over the events sorted by (source, target, code, date), so memory holds one group and
the documents' copies, not the whole table; the output is in that order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from sqlalchemy import Select, select

from ..store import Store, query, schema

WINDOW_DAYS = 1


@dataclass(frozen=True, slots=True)
class Copy:
    num: int
    input_id: str
    source: str | None
    url: str | None
    date: str | None

    def outlet(self) -> str:
        if self.source:
            return self.source.strip().lower()
        host = urlsplit(self.url).hostname if self.url else None
        return host.removeprefix("www.") if host else f"article:{self.num}"


@dataclass(slots=True)
class EventGroup:
    rows: list[Mapping[str, Any]] = field(default_factory=list)  # the event rows, first is the earliest
    copies: dict[int, list[Copy]] = field(default_factory=dict)  # document num -> its copies
    docs: set[int] = field(default_factory=set)  # the documents of ``rows``

    def add(self, r: Mapping[str, Any]) -> None:
        self.rows.append(r)
        self.docs.add(r["doc"])

    @property
    def first(self) -> Mapping[str, Any]:
        return min(self.rows, key=lambda r: r["num"])

    def mentions(self) -> Iterator[tuple[Mapping[str, Any], Copy]]:
        for r in self.rows:
            for c in self.copies.get(r["doc"], []):
                yield r, c

    @property
    def num_mentions(self) -> int:
        return sum(len(self.copies.get(r["doc"], [])) for r in self.rows)

    @property
    def num_articles(self) -> int:
        return len({c.num for _, c in self.mentions()})

    @property
    def num_sources(self) -> int:
        return len({c.outlet() for _, c in self.mentions()})


def copies_by_document(store: Store) -> dict[int, list[Copy]]:
    cp = schema.copies
    out: dict[int, list[Copy]] = {}
    q = select(cp.c.num, cp.c.doc, cp.c.input_id, cp.c.source, cp.c.url, cp.c.date).order_by(cp.c.num)
    for r in query.iter_rows(store, q):
        out.setdefault(r["doc"], []).append(Copy(r["num"], r["input_id"], r["source"], r["url"], r["date"]))
    return out


def grouping_order(q: Select[Any]) -> Select[Any]:
    """``q`` (an events query selecting whole ``events`` rows) in the order groups are formed in."""
    ev, d = schema.events, schema.documents
    return q.order_by(None).order_by(ev.c.source_key, ev.c.target_key, ev.c.cameo, func_date(ev, d), ev.c.num)


def func_date(ev: Any, d: Any) -> Any:
    from sqlalchemy import func

    return func.coalesce(ev.c.date, d.c.date)


def _day(r: Mapping[str, Any]) -> date | None:
    value = r.get("event_date") or r.get("doc_date")
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def group_rows(rows: Iterable[Mapping[str, Any]], copies: dict[int, list[Copy]], *,
               window_days: int = WINDOW_DAYS) -> Iterator[EventGroup]:
    """Groups from rows sorted by :func:`grouping_order`."""
    current: EventGroup | None = None
    key: tuple[Any, ...] | None = None
    start: date | None = None
    for r in rows:
        k = (r["source_key"], r["target_key"], r["cameo"])
        day = _day(r)
        if current is not None and k == key and _same_event(current, start, r, day, window_days):
            current.add(r)
            continue
        if current is not None:
            yield current
        current = EventGroup(copies=copies)
        current.add(r)
        key, start = k, day
    if current is not None:
        yield current


def _same_event(g: EventGroup, start: date | None, r: Mapping[str, Any], day: date | None, window_days: int) -> bool:
    """Same key already; undated rows join only within one article, rows without any actor key likewise."""
    same_doc = r["doc"] in g.docs
    if day is None or start is None:
        return day is None and start is None and same_doc
    if (day - start).days > window_days:
        return False
    return same_doc or r["source_key"] is not None or r["target_key"] is not None


MENTION_COLUMNS = ["event", "mention", "document", "document_hash", "source", "url", "date", "status", "attributed_to",
                   "confidence", "sentence", "sentence_text", "trigger_text", "trigger_start", "trigger_end",
                   "num_mentions", "num_articles", "num_sources"]


def mention_rows(groups: Iterable[EventGroup]) -> Iterator[dict[str, Any]]:
    """One row per (event, article that mentions it): the ``--table mentions`` export."""
    for g in groups:
        head = {"event": g.first["num"], "num_mentions": g.num_mentions, "num_articles": g.num_articles,
                "num_sources": g.num_sources}
        for r, c in g.mentions():
            yield {
                "event": head["event"], "mention": r["num"], "document": c.input_id, "document_hash": r.get("document_hash"),
                "source": c.source, "url": c.url, "date": c.date or r.get("event_date") or r.get("doc_date"),
                "status": r["status"], "attributed_to": r["attributed_to"], "confidence": r["confidence"],
                "sentence": r["sentence"], "sentence_text": r.get("event_text"), "trigger_text": r["trigger_text"],
                "trigger_start": r["trigger_start"], "trigger_end": r["trigger_end"],
                "num_mentions": head["num_mentions"], "num_articles": head["num_articles"], "num_sources": head["num_sources"],
            }
