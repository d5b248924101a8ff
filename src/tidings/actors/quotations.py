"""Quotations: which tokens stand inside quotation marks, and who a quotation is attributed to.

News prose leaves marks out at paragraph edges; a quotation is attributed by the
mention right after its closing mark ("...," Kanaani said) or right before its
opening one (Kanaani said: "...").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .drafts import Draft

QUOTES_OPEN = {"“", "«"}
QUOTES_CLOSE = {"”", "»"}


@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of quoted words: tokens [start, end); ``opened``/``closed`` say whether its marks were seen."""

    start: int
    end: int
    opened: bool
    closed: bool


def _mark(doc: Any, i: int) -> str | None:
    """'open', 'close' or None for token ``i``; a straight quote's side comes from the spaces around it."""
    t = doc[i]
    if t.text in QUOTES_OPEN:
        return "open"
    if t.text in QUOTES_CLOSE:
        return "close"
    if t.text != '"':
        return None
    # the characters either side, from the neighbours (doc.text rebuilds the whole text on each access)
    before = (doc[i - 1].whitespace_ or doc[i - 1].text[-1]) if i > 0 else " "
    after = (t.whitespace_ or doc[i + 1].text[0]) if i + 1 < len(doc) else " "
    if before.isspace() or before in "([—–-":
        return "open"
    if after.isspace() or after in ".,;:!?)—–-":
        return "close"
    return "toggle"


def quotes(doc: Any) -> list[Quote]:
    """Quoted stretches, paragraph by paragraph.

    News prose leaves marks out at paragraph edges: a quote opened and not
    closed runs to the end of its paragraph (the speech continues in the next
    one), and a closing mark with no opening one closes a quote that began at
    the start of its paragraph.
    """
    out: list[Quote] = []
    para_start = 0
    open_at: int | None = None
    last_close = -1
    for t in doc:
        if "\n" in t.text:
            if open_at is not None:
                out.append(Quote(open_at, t.i, True, False))
            open_at, para_start, last_close = None, t.i + 1, t.i
            continue
        side = _mark(doc, t.i)
        if side == "toggle":
            side = "close" if open_at is not None else "open"
        if side == "open" and open_at is None:
            open_at = t.i + 1
        elif side == "close":
            if open_at is not None:
                out.append(Quote(open_at, t.i, True, True))
            elif last_close < para_start:
                out.append(Quote(para_start, t.i, False, True))
            open_at, last_close = None, t.i
    if open_at is not None:
        out.append(Quote(open_at, len(doc), True, False))
    return out


def quote_flags(doc: Any) -> list[bool]:
    """Is each token inside quotation marks?"""
    flags = [False] * len(doc)
    for q in quotes(doc):
        for i in range(q.start, q.end):
            flags[i] = True
    return flags


def _continues(q: Quote, nxt: Quote) -> bool:
    """Does ``nxt`` carry on the speech of an unclosed ``q`` at the next paragraph?"""
    return not q.closed and nxt.start - q.end <= 3


SPEAKER_KINDS = ("person", "description", "organisation", "state", "group", "pronoun")


def quote_speaker(d: Draft, drafts: list[Draft], spans: list[Quote], sent_of: dict[int, int]) -> Draft | None:
    idx = next((k for k, q in enumerate(spans) if q.start <= d.start < q.end), None)
    if idx is None:
        return None
    first = last = idx
    while last + 1 < len(spans) and _continues(spans[last], spans[last + 1]):
        last += 1  # the speech goes on in the next paragraph
    while first > 0 and _continues(spans[first - 1], spans[first]):
        first -= 1
    usable = [a for a in drafts if a.key and not a.in_quote and a.kind in SPEAKER_KINDS and not a.boiler]
    end = spans[last].end
    if spans[last].closed and end in sent_of:
        after = [a for a in usable if a.start > end and sent_of.get(a.start) == sent_of[end] and a.start - end <= 12]
        after.sort(key=lambda a: (not a.subject, a.kind not in ("person", "pronoun", "description"), a.start))
        if after:
            return after[0]
    start = spans[first].start - 1
    if start in sent_of:
        before = [a for a in usable if a.end <= start and sent_of.get(a.start) == sent_of[start]]
        before.sort(key=lambda a: (not a.subject, -a.start))
        if before:
            return before[0]
    return None
