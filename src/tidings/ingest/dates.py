"""The article's date: read from metadata, the dateline or the first lines, or a stated default.

Every date tidings stores is a real calendar date written ``YYYY-MM-DD``. A date
given in metadata (a JSONL ``date``, an HTML page's date) is read in any common
form (``2025-03-03``, ``2025-03-03T10:00:00Z``, ``20250303``, ``March 3, 2025``,
``3 March 2025``, ``Mar. 3 2025``) and, only when the day order is stated,
``03/03/2025`` (``date_order="DMY"`` or ``"MDY"``); anything else ("yesterday",
"not-a-date", ``2025-13-45``) is refused with :class:`BadDate`, a per-record
error. The parsing is the standard library's ``datetime.strptime`` over a fixed
list of layouts: strict by construction, where a free-text parser such as
dateparser would also accept "yesterday" and guess at ambiguous day orders.

Where the date came from is recorded as ``metadata``, ``dateline`` (the place
and date line before the story), ``text`` (a date alone on one of the first
lines) or ``default`` (the ``--date`` given for undated plain text).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from ..errors import BadDate

DateSource = Literal["metadata", "dateline", "text", "default"]
DateOrder = Literal["DMY", "MDY"]
DATE_SOURCES: tuple[str, ...] = ("metadata", "dateline", "text", "default")

ACCEPTED = "YYYY-MM-DD, YYYYMMDD, 'March 3, 2025', '3 March 2025' (DD/MM/YYYY or MM/DD/YYYY with the day order stated)"

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
# "March 3, 2025", "Mar. 3 2025", "March 3rd, 2025"
_MONTH_FIRST = re.compile(rf"^{_WEEKDAY}({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
# "3 March 2025", "3rd March, 2025"
_DAY_FIRST = re.compile(rf"^{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})\.?,?\s+(\d{{4}})$", re.I)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$")
_SLASHED = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")

# in running text: a full date anywhere in a dateline or a short first line
_IN_TEXT = re.compile(
    rf"\b({_MON})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"
    rf"|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MON})\.?,?\s+(\d{{4}})\b"
    r"|\b(\d{4})-(\d{2})-(\d{2})\b",
    re.I,
)
# a month and day without a year ("SEOUL, Aug 20 (Reuters) -")
_NO_YEAR = re.compile(rf"\b({_MON})\.?\s+(\d{{1,2}})\b|\b(\d{{1,2}})\s+({_MON})\b", re.I)
_FIRST_LINES = 4  # a date alone on one of the first lines (under a headline, above the byline)


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _make(y: int, m: int, d: int, raw: str) -> date:
    try:
        return date(y, m, d)
    except ValueError as e:
        raise BadDate(f"date {raw!r} is not a calendar date ({e}); write it as {ACCEPTED}") from e


def parse_date(value: object, *, order: DateOrder | None = None) -> str:
    """``value`` as ``YYYY-MM-DD``; raises :class:`BadDate` naming the accepted forms."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise BadDate(f"date {value!r} is not a date; write it as {ACCEPTED}")
    raw = str(value).strip()
    if m := _ISO.match(raw):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw).isoformat()
    if m := _COMPACT.match(raw):
        return _make(int(m[1]), int(m[2]), int(m[3]), raw).isoformat()
    if m := _MONTH_FIRST.match(raw):
        return _make(int(m[3]), _month(m[1]), int(m[2]), raw).isoformat()
    if m := _DAY_FIRST.match(raw):
        return _make(int(m[3]), _month(m[2]), int(m[1]), raw).isoformat()
    if m := _SLASHED.match(raw):
        if order is None:
            raise BadDate(f"date {raw!r} is ambiguous (day or month first?); state the order with --date-order DMY or MDY, "
                          "or write it as YYYY-MM-DD")
        a, b = int(m[1]), int(m[2])
        day, month = (a, b) if order == "DMY" else (b, a)
        return _make(int(m[3]), month, day, raw).isoformat()
    raise BadDate(f"date {raw!r} is not a date; write it as {ACCEPTED}")


def date_in(text: str) -> str | None:
    """The first full date written in ``text`` (``March 3, 2025``, ``3 March 2025``, ``2025-03-03``), or None."""
    for m in _IN_TEXT.finditer(text):
        try:
            if m[1]:
                return date(int(m[3]), _month(m[1]), int(m[2])).isoformat()
            if m[4]:
                return date(int(m[6]), _month(m[5]), int(m[4])).isoformat()
            return date(int(m[7]), int(m[8]), int(m[9])).isoformat()
        except ValueError:
            continue  # "February 30, 2025" is not a date: look further
    return None


def yearless_in(text: str, reference: str) -> str | None:
    """A month and day without a year (``Aug 20``), dated in the year that puts it closest before ``reference``
    (up to a week after it: a dateline can run ahead of a stated publication day across time zones)."""
    m = _NO_YEAR.search(text)
    if not m:
        return None
    mon, day = (m[1], m[2]) if m[1] else (m[4], m[3])
    ref = date.fromisoformat(reference)
    for year in (ref.year, ref.year - 1):
        try:
            d = date(year, _month(mon), int(day))
        except ValueError:
            continue
        if d <= ref + timedelta(days=7):
            return d.isoformat()
    return None


def article_date(text: str, dateline: re.Pattern[str], *, default: str | None = None) -> tuple[str, DateSource] | None:
    """The date the text itself gives (dateline, or a date alone on an early line), else ``default``."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:_FIRST_LINES + 2]
    for ln in lines:
        m = dateline.match(ln)
        if m:
            head = ln[: m.end()]
            found = date_in(head) or (yearless_in(head, default) if default else None)
            if found:
                return found, "dateline"
    for ln in lines[:_FIRST_LINES]:
        if len(ln) <= 60 and _is_date_line(ln):
            found = date_in(ln)
            if found:
                return found, "text"
    if default:
        return default, "default"
    return None


def is_date_line(line: str) -> bool:
    """A line that is only a date (with an optional weekday, time or 'Published'/'Updated' prefix)."""
    return len(line) <= 60 and _is_date_line(line.strip())


def _is_date_line(line: str) -> bool:
    rest = _IN_TEXT.sub("", line, count=1)
    if rest == line:
        return False
    rest = re.sub(r"(?i)\b(published|updated|posted|on|at|gmt|utc|[ap]\.?m\.?)\b|\d{1,2}[:.]\d{2}", "", rest)
    rest = re.sub(rf"(?i)^\s*{_WEEKDAY}", "", rest)
    return not re.sub(r"[\s,.:|()\-–—]", "", rest)

