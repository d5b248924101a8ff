"""Read-only queries for the web workbench (``/ui``): pages of events with facets, timelines, actor profiles.

Built on :func:`tidings.store.query.events_select` (so the filters mean what they
mean on the command line) with what a browser needs on top: a dyad, words in the
event's own sentence, counts for the facets, a total for paging, and buckets by
day or week.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date, timedelta
from typing import Any, Iterable

from sqlalchemy import Connection, Select, and_, func, or_, select

from . import schema
from .base import Store
from .query import Filters, Row, actor_match, events_select, fts_words, sentence_text, statements_select

d, ev, se = schema.documents, schema.events, schema.sentences
FACETS = ("plover", "root", "status", "quad_class", "source_key", "target_key")
CONFIDENCE_STORED = "confidence" in ev.c  # stores made before migration 3 have none; the pages say so


@dataclass(frozen=True, slots=True)
class EventQuery:
    """What the events browser, the timeline and the exports show: ``Filters`` plus the browser's extras."""

    filters: Filters = Filters()
    dyad: str | None = None  # with ``filters.actor``: events between the two, either way round
    text: str | None = None  # words that must all appear in the event's sentence
    min_confidence: float | None = None  # applied only where the store keeps a confidence


@dataclass(slots=True)
class EventPage:
    rows: list[Row]
    total: int
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)




def event_select(dialect: str, eq: EventQuery) -> Select[Any]:
    """Events matching ``eq``, each with the text of its sentence, in stored order."""
    f = dataclasses.replace(eq.filters, actor=None if eq.dyad else eq.filters.actor, limit=None)
    # events_select already joins each event's sentence and selects its text
    q = events_select(dialect, f).add_columns(se.c.char_start.label("sentence_start"))
    if eq.dyad and eq.filters.actor:
        a, b = eq.filters.actor, eq.dyad

        def side(who: str, p: str) -> Any:
            return actor_match(ev.c[f"{p}_key"], ev.c[f"{p}_name"], who, text=ev.c[f"{p}_text"])

        q = q.where(or_(and_(side(a, "source"), side(b, "target")), and_(side(b, "source"), side(a, "target"))))
    for w in fts_words(eq.text or ""):
        q = q.where(func.lower(sentence_text()).contains(w.lower(), autoescape=True))
    if eq.min_confidence is not None and CONFIDENCE_STORED:
        q = q.where(ev.c["confidence"] >= eq.min_confidence)
    return q


def event_page(store: Store, eq: EventQuery, *, offset: int, limit: int, facets: bool = True) -> EventPage:
    """One page of events, the number matching and, per facet, the values with their counts (top 10)."""
    with store.reading() as conn:
        base = event_select(conn.dialect.name, eq)
        rows = [dict(r._mapping) for r in conn.execute(base.offset(offset).limit(limit))]
        sub = base.subquery()
        if not facets:
            return EventPage(rows, int(conn.execute(select(func.count()).select_from(sub)).scalar_one()))
        # one pass over the matching rows' facet columns: cheaper than one GROUP BY per facet over the joined query
        counters: dict[str, Counter[Any]] = {name: Counter() for name in FACETS}
        total = 0
        for values in conn.execute(select(*(sub.c[name] for name in FACETS))):
            total += 1
            for name, v in zip(FACETS, values):
                counters[name][v] += 1
    top = {name: sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))[:10] for name, c in counters.items()}
    return EventPage(rows, total, top)


def event_rows(store: Store, eq: EventQuery, *, limit: int) -> list[Row]:
    """Every matching event (up to ``limit``), for the CSV and JSON downloads."""
    with store.reading() as conn:
        return [dict(r._mapping) for r in conn.execute(event_select(conn.dialect.name, eq).limit(limit))]


def week_of(day: str) -> str:
    """The Monday of the ISO week holding ``day`` (YYYY-MM-DD)."""
    try:
        t = Date.fromisoformat(day[:10])
    except ValueError:
        return day
    return (t - timedelta(days=t.weekday())).isoformat()


def period_axis(periods: Iterable[str], by: str, *, most: int = 400) -> list[str]:
    """Every day (or Monday) from the first to the last of ``periods``; the periods themselves when the range is
    longer than ``most`` or holds something that is not a date."""
    have = sorted(set(periods))
    try:
        first, last = Date.fromisoformat(have[0][:10]), Date.fromisoformat(have[-1][:10])
    except (IndexError, ValueError):
        return have
    step = 7 if by == "week" else 1
    n = (last - first).days // step + 1
    if n > most:
        return have
    axis = [(first + timedelta(days=i * step)).isoformat() for i in range(n)]
    return axis if set(have) <= set(axis) else have


def timeline(store: Store, eq: EventQuery, *, by: str = "day", group: str = "plover") -> list[tuple[str, str, int]]:
    """(period, group, events) for dated events matching ``eq``: by ``day`` or ``week``, grouped by
    ``plover`` type or ``quad_class``."""
    with store.reading() as conn:
        sub = event_select(conn.dialect.name, eq).subquery()
        day = func.substr(sub.c.date, 1, 10).label("day")
        col = sub.c.quad_class if group == "quad_class" else sub.c.plover
        q = select(day, col, func.count()).where(sub.c.date.is_not(None)).group_by(day, col).order_by(day)
        counts: dict[tuple[str, str], int] = {}
        for dy, g, n in conn.execute(q):
            period = week_of(dy) if by == "week" else dy
            key = (period, "-" if g is None else str(g))
            counts[key] = counts.get(key, 0) + int(n)
    return [(p, g, n) for (p, g), n in sorted(counts.items())]


@dataclass(slots=True)
class Overview:
    documents: int
    first_date: str | None
    last_date: str | None
    events: int
    statements: int
    claims: int
    by_plover: list[tuple[str, int]]
    actors: list[tuple[str, str | None, int]]  # key, a name, events as source or target


def overview(store: Store, *, top: int = 12) -> Overview:
    """What the store holds, for the home page."""
    with store.reading() as conn:
        def count(t: Any) -> int:
            return int(conn.execute(select(func.count()).select_from(t)).scalar_one())

        first, last = conn.execute(select(func.min(d.c.date), func.max(d.c.date))).one()
        n = func.count().label("n")
        plover = func.coalesce(ev.c.plover, "-").label("p")
        by_plover = [(p, int(c)) for p, c in conn.execute(select(plover, n).group_by(plover).order_by(n.desc(), plover))]
        return Overview(count(d), first, last, count(ev), count(schema.statements), count(schema.claims),
                        by_plover, _active_actors(conn, top))


def _active_actors(conn: Connection, top: int) -> list[tuple[str, str | None, int]]:
    sides = [select(ev.c[f"{p}_key"].label("key"), ev.c[f"{p}_name"].label("name")).where(ev.c[f"{p}_key"].is_not(None))
             for p in ("source", "target")]
    u = sides[0].union_all(sides[1]).subquery()
    n = func.count().label("n")
    q = select(u.c.key, func.max(u.c.name), n).group_by(u.c.key).order_by(n.desc(), u.c.key).limit(top)
    return [(k, nm, int(c)) for k, nm, c in conn.execute(q)]


@dataclass(slots=True)
class ActorProfile:
    key: str
    name: str | None
    by_day: list[tuple[str, str, int]]  # (day, "source"|"target", events)
    counterparts: list[tuple[str, int, int]]  # (key, events with it as target, events with it as source)
    statements: list[Row]
    stances: list[Row]
    total_source: int
    total_target: int


def actor_profile(store: Store, who: str, *, top: int = 16, limit: int = 50) -> ActorProfile:
    """An actor's events as source and as target by day, its counterparts, statements and claim stances."""
    from .query import claims_select

    with store.reading() as conn:
        dialect = conn.dialect.name
        sub = events_select(dialect, Filters(actor=who)).subquery()
        src = actor_match(sub.c.source_key, sub.c.source_name, who)
        day = func.substr(sub.c.date, 1, 10)
        by_day: list[tuple[str, str, int]] = []
        totals = {"source": 0, "target": 0}
        for is_src, label in ((True, "source"), (False, "target")):
            cond = src if is_src else ~src
            q = select(day, func.count()).where(cond).group_by(day).order_by(day)
            for dy, n in conn.execute(q):
                totals[label] += int(n)
                if dy is not None:
                    by_day.append((dy, label, int(n)))
        as_src = {k: int(n) for k, n in conn.execute(select(sub.c.target_key, func.count()).where(src)
                                                          .group_by(sub.c.target_key))}
        as_tgt = {k: int(n) for k, n in conn.execute(select(sub.c.source_key, func.count()).where(~src)
                                                          .group_by(sub.c.source_key))}
        keys = sorted((set(as_src) | set(as_tgt)) - {None},
                      key=lambda k: (-(as_src.get(k, 0) + as_tgt.get(k, 0)), k))
        keys = [k for k in keys if k][:top]
        counterparts = [(k, as_src.get(k, 0), as_tgt.get(k, 0)) for k in keys]
        named = (select(sub.c.source_name).where(src, sub.c.source_name.is_not(None)).group_by(sub.c.source_name)
                 .order_by(func.count().desc(), sub.c.source_name).limit(1))
        name = conn.execute(named).scalar_one_or_none()  # the name it goes by most often
        stq = statements_select(dialect, Filters(actor=who)).order_by(None).order_by(d.c.date.desc(), schema.statements.c.num)
        statements = [dict(r._mapping) for r in conn.execute(stq.limit(limit))]
        cq = claims_select(dialect, Filters(actor=who)).where(actor_match(schema.stances.c.holder, schema.stances.c.name, who))
        stances = [dict(r._mapping) for r in conn.execute(cq.limit(limit))]
    return ActorProfile(who, name, by_day, counterparts, statements, stances, totals["source"], totals["target"])


def documents_page(store: Store, *, search: str | None, offset: int, limit: int) -> tuple[list[Row], int]:
    """Stored documents, newest first (undated last), with their counts and the start of their text."""
    from .query import document_search

    with store.reading() as conn:
        q = select(d.c.num, d.c.id, d.c.input_id, d.c.title, d.c.date, d.c.n_events, d.c.n_statements, d.c.n_claims,
                   func.substr(d.c.text, 1, 160).label("opening"))
        if search:
            q = q.where(document_search(conn.dialect.name, search))
        total = int(conn.execute(select(func.count()).select_from(q.subquery())).scalar_one())
        q = q.order_by(d.c.date.is_(None), d.c.date.desc(), d.c.num).offset(offset).limit(limit)
        return [dict(r._mapping) for r in conn.execute(q)], total


def event_confidences(store: Store, num: int) -> dict[int, float]:
    """Event index -> confidence for document ``num``; empty while the store keeps no confidence column."""
    if not CONFIDENCE_STORED:
        return {}
    with store.reading() as conn:
        q = select(ev.c.idx, ev.c["confidence"]).where(ev.c.doc == num)
        return {int(i): float(c) for i, c in conn.execute(q) if c is not None}
