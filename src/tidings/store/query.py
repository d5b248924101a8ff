"""Queries over the store: events, statements, claims (with stances), actors and stats.

Each query returns plain rows (dicts of column name to value) so the CLI can
print them as a table, JSON, JSON Lines or CSV, and exporters can stream them.
Filters combine with AND; each is optional.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from sqlalchemy import ColumnElement, Connection, Select, and_, false, func, literal_column, or_, select, text

from . import schema
from .base import Store

Row = dict[str, Any]
d, ev, st, cl, sn, mn = schema.documents, schema.events, schema.statements, schema.claims, schema.stances, schema.mentions
se = schema.sentences


@dataclass(frozen=True, slots=True)
class Filters:
    """What to keep. ``actor`` matches a key (``PRK`` also matches ``PRK.GOV``) or part of a name."""

    actor: str | None = None
    cameo: str | None = None  # code prefix: "19" (a root), "190", "0332"
    root: str | None = None
    plover: str | None = None
    status: str | None = None  # one value or a comma-separated list ("claimed,denied")
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    document: str | None = None  # input id or content hash (or a prefix of 8+ characters)
    search: str | None = None  # words that must all appear (article text; statement content)
    limit: int | None = None
    min_confidence: float | None = None  # events: at least this confident (0-1)

    def __post_init__(self) -> None:
        # No stored text holds a NUL (the readers refuse them) and PostgreSQL refuses one in any parameter:
        # a NUL in a filter value matches nothing, so it is dropped rather than sent.
        for name in ("actor", "cameo", "root", "plover", "status", "since", "until", "document", "search"):
            value = getattr(self, name)
            if isinstance(value, str) and "\x00" in value:
                object.__setattr__(self, name, value.replace("\x00", ""))


ALL = "all"  # --status all: no status filter (the GDELT export otherwise keeps asserted events only)


def statuses(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def actor_match(key: Any, name: Any, who: str, *, text: Any = None) -> ColumnElement[bool]:
    """Rows whose actor is ``who``: a key or one of its sub-keys (``PRK`` -> ``PRK.GOV``, ``RUS.PMC:Wagner``),
    the key of a name the actor dictionaries know (``North Korea`` -> ``PRK``), or a resolved name
    (``name``) or the words as written (``text``) containing ``who``."""
    clauses: list[ColumnElement[bool]] = []
    for k in dict.fromkeys([who, who.upper(), *dictionary_keys(who)]):  # keys are upper-case: "prk" finds PRK.GOV
        clauses += [key == k, key.startswith(k + ".", autoescape=True), key.startswith(k + ":", autoescape=True)]
    for col in (name, text):
        if col is not None:
            clauses.append(func.lower(col).contains(who.lower(), autoescape=True))
    return or_(*clauses)


def dictionary_keys(who: str) -> tuple[str, ...]:
    """Actor keys the actor dictionaries give the name ``who``: ``Russia``/``Russian`` -> RUS, ``Moscow``
    -> RUS.GOV, ``NATO`` -> NATO. People are left to the name match (their key is their government's)."""
    wanted = _norm(who)
    if not wanted or re.fullmatch(r"[A-Z0-9_.:]+", who):  # already a key
        return ()
    return tuple(dict.fromkeys(_dictionary_names().get(wanted, ())))


def _norm(name: str) -> str:
    words = re.sub(r"[\-\u2010\u2011\u2019'`.]", " ", name.lower()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


@lru_cache(maxsize=1)
def _dictionary_names() -> dict[str, list[str]]:
    """Normalised name -> keys, read from the actor data files (``actors_countries``, ``actors_orgs``).

    Read here rather than through ``tidings.actors``, whose import loads spaCy: a query must stay quick.
    """
    from .. import data

    out: dict[str, list[str]] = {}

    def add(name: str, key: str) -> None:
        out.setdefault(_norm(name), []).append(key)

    for code, e in data.load("actors_countries")["countries"].items():
        for n in [*e.get("names", []), *e.get("adjectives", [])]:
            add(n, code)
        for n in e.get("capitals", []):
            add(n, f"{code}.GOV")
    for e in data.load("actors_orgs")["entries"]:
        for n in e["names"]:
            add(n, e["key"])
    return out


def fts_words(q: str) -> list[str]:
    return re.findall(r"\w+", q, flags=re.UNICODE)


def document_search(dialect: str, q: str) -> ColumnElement[bool]:
    """Documents whose text holds every word of ``q``."""
    words = fts_words(q)
    if not words:
        return false()
    if dialect == "sqlite":
        sub = text("SELECT rowid FROM documents_fts WHERE documents_fts MATCH :fts_doc").bindparams(fts_doc=_fts5(words))
        return d.c.num.in_(sub.columns(literal_column("rowid")))
    return func.to_tsvector("english", d.c.text).op("@@")(func.plainto_tsquery("english", " ".join(words)))


def statement_search(dialect: str, q: str) -> ColumnElement[bool]:
    words = fts_words(q)
    if not words:
        return false()
    if dialect == "sqlite":
        sub = text("SELECT rowid FROM statements_fts WHERE statements_fts MATCH :fts_st").bindparams(fts_st=_fts5(words))
        return st.c.num.in_(sub.columns(literal_column("rowid")))
    return func.to_tsvector("english", st.c.content_text).op("@@")(func.plainto_tsquery("english", " ".join(words)))


def _fts5(words: list[str]) -> str:
    """Each word quoted (FTS5 syntax characters in user input must not break the query)."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def _common(q: Select[Any], f: Filters, date_col: Any) -> Select[Any]:
    if f.document:
        ref = f.document
        cp = schema.copies
        q = q.where(or_(d.c.input_id == ref, d.c.id == ref, and_(func.length(ref) >= 8, d.c.id.startswith(ref, autoescape=True)),
                        d.c.num.in_(select(cp.c.doc).where(cp.c.input_id == ref))))
    if f.since:
        q = q.where(date_col >= f.since)
    if f.until:
        q = q.where(date_col <= f.until + "\uffff")
    if f.limit:
        q = q.limit(f.limit)
    return q


def events(store: Store, f: Filters = Filters()) -> list[Row]:
    with store.reading() as conn:
        return _rows(conn, events_select(conn.dialect.name, f))


def sentence_text() -> ColumnElement[Any]:
    """The text of an event's sentence (events joined to ``sentences`` as ``sn_``)."""
    return func.substr(d.c.text, se.c.char_start + 1, se.c.char_end - se.c.char_start)


def events_select(dialect: str, f: Filters = Filters()) -> Select[Any]:
    date = func.coalesce(ev.c.date, d.c.date)
    sentence = sentence_text()
    # how many articles (copies: ids, URLs, sources) carry this event's text; ``document`` is the first
    articles = select(func.count()).where(schema.copies.c.doc == ev.c.doc).scalar_subquery()
    q = select(
        ev.c.num.label("event"), d.c.input_id.label("document"), date.label("date"),
        ev.c.source_key, ev.c.source_name, ev.c.cameo, ev.c.root, ev.c.plover, ev.c.target_key, ev.c.target_name,
        ev.c.status, ev.c.attributed_to, ev.c.confidence, ev.c.trigger_text, ev.c.trigger_start, ev.c.trigger_end,
        ev.c.sentence, sentence.label("sentence_text"),
        ev.c.quad_class, ev.c.goldstein, ev.c.mode, ev.c.context, ev.c.location, ev.c.location_country,
        articles.label("articles"), d.c.url, d.c.id.label("document_hash"), ev.c.version_id,
    ).join(d, d.c.num == ev.c.doc).outerjoin(se, and_(se.c.doc == ev.c.doc, se.c.idx == ev.c.sentence)).order_by(ev.c.num)
    if f.actor:
        q = q.where(or_(actor_match(ev.c.source_key, ev.c.source_name, f.actor, text=ev.c.source_text),
                        actor_match(ev.c.target_key, ev.c.target_name, f.actor, text=ev.c.target_text)))
    if f.cameo:
        q = q.where(ev.c.cameo.startswith(f.cameo, autoescape=True))
    if f.root:
        q = q.where(ev.c.root == f.root.zfill(2))
    if f.plover:
        q = q.where(func.upper(ev.c.plover) == f.plover.upper())
    if f.status and f.status != ALL:
        q = q.where(ev.c.status.in_(statuses(f.status)))
    if f.min_confidence is not None:
        q = q.where(ev.c.confidence >= f.min_confidence)
    if f.search:
        # the article must match, and the event's own sentence must hold every word (not every event of the article)
        q = q.where(document_search(dialect, f.search))
        for w in fts_words(f.search):
            q = q.where(func.lower(sentence).contains(w.lower(), autoescape=True))
    return _common(q, f, date)


def statements(store: Store, f: Filters = Filters()) -> list[Row]:
    with store.reading() as conn:
        return _rows(conn, statements_select(conn.dialect.name, f))


def statements_select(dialect: str, f: Filters = Filters()) -> Select[Any]:
    q = select(
        st.c.num.label("statement"), d.c.input_id.label("document"), d.c.date, st.c.speaker_key, st.c.speaker_name,
        st.c.cue_text, st.c.kind, st.c.stance, st.c.content_text, st.c.content_start, st.c.content_end,
        st.c.cue_start, st.c.cue_end, st.c.sentence, d.c.url, d.c.id.label("document_hash"), st.c.version_id,
    ).join(d, d.c.num == st.c.doc).order_by(st.c.num)
    if f.actor:
        q = q.where(actor_match(st.c.speaker_key, st.c.speaker_name, f.actor, text=st.c.speaker_text))
    if f.status and f.status != ALL:
        q = q.where(st.c.stance.in_(statuses(f.status)))
    if f.search:
        q = q.where(statement_search(dialect, f.search))
    return _common(q, f, d.c.date)


def claims(store: Store, f: Filters = Filters()) -> list[Row]:
    """One row per (claim, stance): the proposition repeated beside each holder's stance."""
    with store.reading() as conn:
        return _rows(conn, claims_select(conn.dialect.name, f))


def claims_select(dialect: str, f: Filters = Filters()) -> Select[Any]:
    date = func.coalesce(sn.c.date, d.c.date)
    q = select(
        cl.c.num.label("claim"), d.c.input_id.label("document"), date.label("date"),
        cl.c.prop_source, cl.c.prop_plover, cl.c.prop_cameo, cl.c.prop_target, cl.c.prop_object,
        sn.c.idx.label("stance_idx"), sn.c.holder, sn.c.name.label("holder_name"), sn.c.stance,
        sn.c.content_text, sn.c.content_start, sn.c.content_end, d.c.url, d.c.id.label("document_hash"), cl.c.version_id,
    ).join(d, d.c.num == cl.c.doc).outerjoin(sn, and_(sn.c.doc == cl.c.doc, sn.c.claim_idx == cl.c.idx))
    q = q.order_by(cl.c.num, sn.c.idx)
    if f.actor:
        q = q.where(or_(actor_match(cl.c.prop_source, None, f.actor), actor_match(cl.c.prop_target, None, f.actor),
                        actor_match(sn.c.holder, sn.c.name, f.actor)))
    if f.cameo:
        q = q.where(cl.c.prop_cameo.startswith(f.cameo, autoescape=True))
    if f.root:
        q = q.where(func.substr(cl.c.prop_cameo, 1, 2) == f.root.zfill(2))
    if f.plover:
        q = q.where(func.upper(cl.c.prop_plover) == f.plover.upper())
    if f.status and f.status != ALL:
        q = q.where(sn.c.stance.in_(statuses(f.status)))
    if f.search:
        q = q.where(document_search(dialect, f.search))
    return _common(q, f, date)


def actors(store: Store, f: Filters = Filters()) -> list[Row]:
    """Actor keys with a name, mention and document counts."""
    with store.reading() as conn:
        return _rows(conn, actors_select(conn.dialect.name, f))


def actors_select(dialect: str, f: Filters = Filters()) -> Select[Any]:
    # the actor's name: the one its mentions resolve to most often (not whichever sorts last)
    m2 = mn.alias("m2")
    name = (select(m2.c.name).where(m2.c.key == mn.c.key, m2.c.name.is_not(None))
            .group_by(m2.c.name).order_by(func.count().desc(), m2.c.name).limit(1).scalar_subquery())
    q = select(
        mn.c.key, func.count().label("mentions"), func.count(func.distinct(mn.c.doc)).label("documents"),
        name.label("name"),
    ).join(d, d.c.num == mn.c.doc).where(mn.c.key.is_not(None)).group_by(mn.c.key)
    q = q.order_by(func.count().desc(), mn.c.key)
    if f.actor:
        q = q.where(actor_match(mn.c.key, mn.c.name, f.actor, text=mn.c.text))
    if f.search:
        q = q.where(document_search(dialect, f.search))
    return _common(q, f, d.c.date)


def failures(store: Store, f: Filters = Filters()) -> list[Row]:
    """Inputs and documents that could not be read, analysed or stored: where, which stage, why."""
    with store.reading() as conn:
        return _rows(conn, failures_select(conn.dialect.name, f))


def failures_select(dialect: str, f: Filters = Filters()) -> Select[Any]:
    fl = schema.failures
    q = select(fl.c.num.label("failure"), fl.c.path, fl.c.line, fl.c.input_id.label("document"), fl.c.stage, fl.c.code,
               fl.c.message, fl.c.created_at, fl.c.document_id.label("document_hash"), fl.c.version_id).order_by(fl.c.num)
    if f.document:
        ref = f.document
        q = q.where(or_(fl.c.input_id == ref, fl.c.path == ref, fl.c.document_id == ref,
                        and_(func.length(ref) >= 8, fl.c.document_id.startswith(ref, autoescape=True))))
    if f.status and f.status != ALL:
        q = q.where(fl.c.stage.in_(statuses(f.status)))
    if f.since:
        q = q.where(fl.c.created_at >= f.since)
    if f.until:
        q = q.where(fl.c.created_at <= f.until + "\uffff")
    if f.limit:
        q = q.limit(f.limit)
    return q


def _rows(conn: Connection, q: Select[Any]) -> list[Row]:
    return [dict(r._mapping) for r in conn.execute(q)]


def iter_rows(store: Store, q: Select[Any]) -> Iterator[Row]:
    """Stream a query's rows (exports of large stores stay in flat memory)."""
    with store.reading() as conn:
        for r in conn.execution_options(stream_results=True, yield_per=1000).execute(q):
            yield dict(r._mapping)


COLUMNS: dict[str, list[str]] = {
    k: [c.name for c in fn("sqlite").selected_columns]
    for k, fn in (("events", events_select), ("statements", statements_select), ("claims", claims_select),
                  ("actors", actors_select), ("failures", failures_select))
}
