"""The GDELT 2.0 event table: 61 tab-separated columns in GDELT's order, no header.

The column list and how each column is filled live in
``data/gdelt_columns.json`` (``columns[i].from``); the loader checks there are
exactly 61. In short:

* ``GlobalEventID`` is the store's event number; dates come from the event,
  else its document (``Day`` YYYYMMDD, ``MonthYear``, ``Year``,
  ``FractionDate`` = year + (month*30 + day)/365).
* Actors come from the tidings key: ``PRK.GOV`` gives ``Actor1Code`` PRKGOV,
  ``Actor1CountryCode`` PRK, ``Actor1Type1Code`` GOV. GDELT uses CAMEO's
  3-letter country codes, which equal ISO 3166-1 alpha-3 for most countries;
  the exceptions are CAMEO codes frozen before ISO changed them (Romania ROM
  not ROU, East Timor TMP not TLS; ``country_exceptions``). CAMEO region codes
  (WST, EUR, AFR ...) stand in the country columns as GDELT does. An
  organisation (NATO, UN, EU ...) gets its CAMEO known-group code
  (``known_groups``: NAT, UNO, EEC ...) as code and ``KnownGroupCode`` with
  ``Type1Code`` IGO; unknown organisations keep only their name. Sectors that
  are not CAMEO agent types (PMC) are left out of the code. ``Actor1Name`` is
  the best name in the article, upper-cased.
* ``EventCode``/``EventBaseCode``/``EventRootCode`` come from the CAMEO code;
  ``QuadClass`` and ``GoldsteinScale`` from the event (QuadClass falls back to
  the root's quad). ``IsRootEvent`` is 1 for events in the headline or first
  body paragraph. One row is one event however many articles report it:
  ``NumMentions``/``NumSources``/``NumArticles`` count its mentions, outlets
  and articles (``export/mentions.py``), and the row's id is its first mention's.
* Only asserted events by default (GDELT has no status column); the export's
  ``--status`` widens that.
* Not computed, so empty: ethnic and religion codes, Type2/Type3, ``AvgTone``,
  every geo column except ``ActionGeo_FullName`` (the event's location as
  written; GDELT's geo country codes are FIPS 10-4, which tidings does not hold).
* ``DATEADDED`` is the ingest time (UTC, YYYYMMDDHHMMSS); ``SOURCEURL`` the
  article URL, else its path.
"""

from __future__ import annotations

from functools import lru_cache
from typing import IO, Any, Iterable, Mapping

from sqlalchemy import Select, and_, func, select

from .. import data
from ..errors import DataError
from ..store import schema

N_COLUMNS = 61


def _check(obj: dict[str, Any]) -> list[str]:
    problems = []
    cols = obj.get("columns")
    if not isinstance(cols, list) or len(cols) != N_COLUMNS:
        problems.append(f"columns must list exactly {N_COLUMNS} GDELT fields")
    elif len({c.get("name") for c in cols}) != N_COLUMNS or not all(c.get("from") for c in cols):
        problems.append("every column needs a unique name and a 'from' description")
    for k in ("country_exceptions", "known_groups"):
        if not isinstance(obj.get(k), dict):
            problems.append(f"{k} must be an object")
    for k in ("cameo_types", "cameo_regions"):
        if not isinstance(obj.get(k), list):
            problems.append(f"{k} must be a list")
    return problems


@lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    return data.validated("gdelt_columns", _check)


def columns() -> list[str]:
    return [c["name"] for c in spec()["columns"]]


def _is_country(code: str) -> bool:
    import pycountry

    if code in spec()["cameo_regions"]:
        return True
    return len(code) == 3 and code.isalpha() and code.isupper() and pycountry.countries.get(alpha_3=code) is not None


def actor_fields(key: str | None, name: str | None) -> list[str]:
    """The 10 GDELT actor columns for a tidings actor key."""
    out = [""] * 10
    if not key and not name:
        return out
    out[1] = _clean(name or key or "").upper()
    if not key:
        return out
    head, _, _group = key.partition(":")
    country, _, sector = head.partition(".")
    types = spec()["cameo_types"]
    if _is_country(country):
        cameo_country = spec()["country_exceptions"].get(country, country)
        out[2] = cameo_country
        out[0] = cameo_country + (sector if sector in types else "")
        out[7] = sector if sector in types else ""
        return out
    group = spec()["known_groups"].get(country.upper())
    if group:
        out[0], out[3], out[7] = group, group, "IGO"
    return out


def quad_class(root: str) -> str:
    """CAMEO's quad class from a root when the event has none: verbal/material cooperation/conflict."""
    if not root.isdigit():
        return ""
    r = int(root)
    return "1" if 1 <= r <= 5 else "2" if 6 <= r <= 8 else "3" if 9 <= r <= 14 else "4" if 15 <= r <= 20 else ""


def date_fields(date: str | None) -> list[str]:
    if not date or len(date) < 10 or not date[:4].isdigit():
        return ["", "", "", ""]
    y, m, d = date[:4], date[5:7], date[8:10]
    if not (m.isdigit() and d.isdigit()):
        return ["", "", "", ""]
    frac = int(y) + (int(m) * 30 + int(d)) / 365
    return [y + m + d, y + m, y, f"{frac:.4f}"]


def _clean(s: str) -> str:
    return " ".join(s.split())  # tabs and newlines would break the row


def _num(v: Any) -> str:
    return "" if v is None else f"{v:g}" if isinstance(v, float) else str(v)


def row(r: Mapping[str, Any], counts: tuple[int, int, int] = (1, 1, 1)) -> list[str]:
    """One GDELT row from an events query row (see :func:`events_query`); ``counts`` are
    NumMentions, NumSources and NumArticles."""
    cameo = r["cameo"] or ""
    root = r["root"] or cameo[:2]
    quad = str(r["quad_class"]) if r["quad_class"] is not None else quad_class(root)
    geo_blank = [""] * 8
    action_geo = ["", _clean(r["location"] or ""), "", "", "", "", "", ""]
    added = "".join(ch for ch in (r["ingested_at"] or "")[:19] if ch.isdigit())
    out = [
        str(r["num"]), *date_fields(r["event_date"] or r["doc_date"]),
        *actor_fields(r["source_key"], r["source_name"] or r["source_text"]),
        *actor_fields(r["target_key"], r["target_name"] or r["target_text"]),
        "1" if r["is_root"] else "0", cameo, cameo[:3], root, quad, _num(r["goldstein"]), *(str(n) for n in counts), "",
        *geo_blank, *geo_blank, *action_geo,
        added, _clean(r["url"] or r["path"] or ""),
    ]
    if len(out) != N_COLUMNS:
        raise DataError(f"GDELT row has {len(out)} fields, not {N_COLUMNS}")
    return out


def events_query() -> Select[Any]:
    """Whole event rows with what every events export needs from their document and sentence."""
    ev, d, s, ln = schema.events, schema.documents, schema.sentences, schema.lines
    first_body_end = (select(ln.c.char_end).where(ln.c.doc == ev.c.doc, ln.c.zone == "body")
                      .order_by(ln.c.idx).limit(1).scalar_subquery())
    is_root = (s.c.zone.in_(["headline", "dek"])) | (s.c.char_start < first_body_end)
    text = func.substr(d.c.text, s.c.char_start + 1, s.c.char_end - s.c.char_start)
    return (
        select(ev, ev.c.date.label("event_date"), d.c.date.label("doc_date"), d.c.date.label("story_date"),
               d.c.date_source, d.c.ingested_at, d.c.url, d.c.path, d.c.input_id, d.c.id.label("document_hash"), d.c.title,
               d.c.source.label("outlet"), text.label("event_text"), is_root.label("is_root"))
        .join(d, d.c.num == ev.c.doc)
        .outerjoin(s, and_(s.c.doc == ev.c.doc, s.c.idx == ev.c.sentence))
        .order_by(ev.c.num)
    )


def write(groups: Iterable[Any], out: IO[str]) -> int:
    """One row per event group (``export.mentions.EventGroup``)."""
    n = 0
    for g in groups:
        out.write("\t".join(row(g.first, (g.num_mentions, g.num_sources, g.num_articles))) + "\n")
        n += 1
    return n


MENTION_COLUMNS = ["GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
                   "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
                   "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]


def write_mentions(groups: Iterable[Any], out: IO[str]) -> int:
    """GDELT 2.0's Mentions table (16 columns, no header): one row per article that mentions an event.

    Times are dates at midnight (tidings knows the day, not the hour); ``MentionType`` is 1 (web) for a URL,
    else 6 (a non-web source); ``Confidence`` is the event's confidence in percent; tone and translation empty.
    """
    n = 0
    for g in groups:
        first = g.first
        event_day = "".join(ch for ch in (first["event_date"] or first["doc_date"] or "") if ch.isdigit())
        for r, c in g.mentions():
            day = "".join(ch for ch in (c.date or r["doc_date"] or "") if ch.isdigit())
            conf = "" if r["confidence"] is None else str(round(100 * r["confidence"]))
            fields = [str(first["num"]), event_day + "000000" if event_day else "", day + "000000" if day else "",
                      "1" if c.url else "6", _clean(c.source or ""), _clean(c.url or c.input_id),
                      str(r["sentence"] + 1), _num(r["source_start"]), _num(r["target_start"]), _num(r["trigger_start"]),
                      "1", conf, "", "", "", ""]
            out.write("\t".join(fields) + "\n")
            n += 1
    return n
