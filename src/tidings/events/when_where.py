"""When and where: an ISO date from the article date and the sentence's time words, and a place."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

import pycountry

from ..actors import DocActors
from . import keys
from .np_actors import actors_of

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{_MON}(?:\s+(\d{{4}}))?\b", re.I)
_MONTH_DAY = re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_IN_MONTH = re.compile(rf"\b(?:in|earlier in|late|early|since|last)\s+{_MON}(?:\s+(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(?:on |last |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
_RELATIVE = (
    (re.compile(r"\byesterday\b", re.I), -1),
    (re.compile(r"\b(?:today|tonight|this morning|this afternoon)\b", re.I), 0),
    (re.compile(r"\blast week\b", re.I), -7),
    (re.compile(r"\b(?:earlier|late[r]?) this week\b", re.I), 0),
)


def _month_no(name: str) -> int:
    n = name.lower().rstrip(".")
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(n[:3]))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _explicit(text: str, base: date | None) -> date | None:
    m = _ISO.search(text)
    if m:
        return _safe(int(m[1]), int(m[2]), int(m[3]))
    for rx, day_first in ((_DAY_MONTH, True), (_MONTH_DAY, False)):
        m = rx.search(text)
        if m and (base is not None or m[3]):
            day, mon = (m[1], m[2]) if day_first else (m[2], m[1])
            year = int(m[3]) if m[3] else base.year  # type: ignore[union-attr]
            d = _safe(year, _month_no(mon), int(day))
            if d is not None and base is not None and not m[3] and d > base + timedelta(days=7):
                d = _safe(year - 1, d.month, d.day)
            return d
    return None


def _month_only(text: str, base: date) -> date | None:
    m = _IN_MONTH.search(text)
    if not m:
        return None
    mon = _month_no(m[1])
    year = int(m[2]) if m[2] else (base.year if mon <= base.month else base.year - 1)
    return _safe(year, mon, 1)


def event_date(sentence_text: str, document_date: str | None) -> str | None:
    """ISO date of what the sentence reports; the article date when it names no other time."""
    base = None
    if document_date:
        try:
            base = date.fromisoformat(document_date[:10])
        except ValueError:
            base = None
    d = _explicit(sentence_text, base)
    if d is None and base is not None:
        d = _relative(sentence_text, base)
    if d is None:
        return base.isoformat() if base else None
    return d.isoformat()


def _relative(text: str, base: date) -> date | None:
    m = _WEEKDAY.search(text)
    if m:
        back = (base.weekday() - WEEKDAYS.index(m[1].lower())) % 7
        return base - timedelta(days=back)
    for rx, days in _RELATIVE:
        if rx.search(text):
            return base + timedelta(days=days)
    if re.search(r"\blast month\b", text, re.I):
        first = base.replace(day=1) - timedelta(days=1)
        return first.replace(day=1)
    if re.search(r"\blast year\b", text, re.I):
        return date(base.year - 1, 1, 1)
    return _month_only(text, base)


def _country(name: str) -> str | None:
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


PLACE_PREPS = ("in", "at", "near", "outside", "inside")


def _place_iso(tok: Any, text: str, actors: DocActors) -> str | None:
    """The ISO3 country of a place name: the country itself, or the country the actor layer gives it."""
    iso = _country(text)
    if iso is None:
        m = actors.for_token(tok)
        head_key = keys.country_of(m.key) if m is not None else ""
        iso = head_key if keys.is_country(head_key) else None
    return iso


def location(sent: Any, actors: DocActors) -> tuple[str | None, str | None]:
    """The place a sentence sets its events in ("in Seoul"): name and ISO3 country."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        head = ent.root.head
        if ent.root.dep_ != "pobj" or head.lower_ not in PLACE_PREPS:
            continue
        return ent.text, _place_iso(ent.root, ent.text, actors)
    return None, None


def place_country(tok: Any, actors: DocActors) -> str | None:
    """The country of the place phrase hanging on one word ("arrested in Yangon", "detained at a
    checkpoint near Kabul", "seized in Kenya's capital"): the place named, or the country that owns it."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for t in (obj, *(c for c in obj.children if c.dep_ in ("poss", "compound"))):
                if t.ent_type_ in ("GPE", "LOC"):
                    ent = next((e for e in t.doc.ents if e.start <= t.i < e.end), None)
                    iso = _place_iso(t, ent.text if ent is not None else t.text, actors)
                    if iso is not None:
                        return iso
            inner = place_country(obj, actors)  # "at a checkpoint near Kabul"
            if inner is not None:
                return inner
    return None


# the prepositions of a verb's own complement ("warned X of Y", "asked X about Y", "thanked X for Y")
COMPLEMENT_PREPS = frozenset(("of", "about", "for", "against", "on"))


def scene_country(noun: Any, actors: DocActors) -> str | None:
    """"Suspended Honduras after the coup", "expelled Mali because of the coup": the one state the clause
    acts on because of (or after) an act noun with no party of its own is where that act happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ in COMPLEMENT_PREPS and prep.head.pos_ == "VERB":
        return None  # "warned Somalia of a crackdown": what the verb is about, not where it happened
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return None
    found = {keys.country_of(m.key) for o in verb.children if o.dep_ == "dobj" for m in actors_of(o, actors)
             if m.kind != "region"}  # "West Africa" is no state
    found = {k for k in found if keys.is_country(k)}
    return found.pop() if len(found) == 1 else None
