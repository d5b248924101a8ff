"""The cross-document claim ledger: one entry per proposition over time, pure functions over records.

Claims from different documents are the same claim when their signatures
(source part, type, target part) agree and their dates fall within a window of
each other (chained: a claim seen every 60 days stays one claim with a 90-day
window). Each holder's first and latest stance is kept, so a reader sees who
alleged it first, who denied it and who changed their mind.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Iterable

from ..records import Claim, ClaimStance, Document, Proposition
from .propositions import party

WINDOW_DAYS = 90
Signature = tuple[str | None, str, str | None]


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One stance as it appeared in one document."""

    date: str | None
    holder: str | None
    name: str | None
    stance: str
    quote: str | None
    document: str
    start: int | None
    end: int | None
    statement: int | None = None


@dataclass(frozen=True, slots=True)
class HolderRecord:
    """A holder's first and latest stance on the claim."""

    holder: str
    first: TimelineEntry
    latest: TimelineEntry


@dataclass(frozen=True, slots=True)
class LedgerClaim:
    """A claim merged across documents, with its dated timeline of stances."""

    signature: Signature
    proposition: Proposition
    first_date: str | None
    last_date: str | None
    documents: tuple[str, ...]
    timeline: tuple[TimelineEntry, ...]
    holders: tuple[HolderRecord, ...]

    @property
    def contested(self) -> bool:
        """At least one party asserts it and at least one denies it."""
        kinds = {e.stance for e in self.timeline}
        return "asserts" in kinds and "denies" in kinds


def claim_signature(p: Proposition) -> Signature:
    """Signature used to compare claims: parties at country/organisation level and the event type."""
    kind = p.plover.upper() if p.plover else f"root:{p.cameo[:2]}"
    return party(p.source), kind, party(p.target)


def _day(d: str | None) -> date | None:
    if not d:
        return None
    try:
        return date.fromisoformat(d[:10])
    except ValueError:
        return None


def _entry(document: Document, st: ClaimStance) -> TimelineEntry:
    c = st.content
    return TimelineEntry(
        date=st.date or document.date, holder=st.holder, name=st.name, stance=st.stance,
        quote=c.text if c else None, document=st.document or document.id,
        start=c.start if c else None, end=c.end if c else None, statement=st.statement,
    )


def _order(e: TimelineEntry) -> tuple[str, str, int]:
    return (e.date or "9999-99-99", e.document, e.start if e.start is not None else -1)


def _clusters(dated: list[tuple[date | None, Document, Claim]], window: int) -> list[list[tuple[Document, Claim]]]:
    """Chain claims whose dates lie within ``window`` days of the previous one; undated join the first cluster."""
    known = sorted((x for x in dated if x[0] is not None), key=lambda x: x[0])  # type: ignore[arg-type, return-value]
    clusters: list[list[tuple[Document, Claim]]] = []
    last: date | None = None
    for d, doc, claim in known:
        if last is None or d is None or (d - last).days > window:
            clusters.append([])
        clusters[-1].append((doc, claim))
        last = d
    undated = [(doc, claim) for d, doc, claim in dated if d is None]
    if undated:
        if clusters:
            clusters[0].extend(undated)
        else:
            clusters.append(undated)
    return clusters


def _ledger_claim(sig: Signature, items: list[tuple[Document, Claim]]) -> LedgerClaim:
    timeline = sorted((_entry(doc, st) for doc, claim in items for st in claim.stances), key=_order)
    holders: dict[str, list[TimelineEntry]] = {}
    for e in timeline:
        holders.setdefault(e.holder or "?", []).append(e)
    dates = [e.date for e in timeline if e.date]
    return LedgerClaim(
        signature=sig,
        proposition=items[0][1].proposition,
        first_date=min(dates) if dates else None,
        last_date=max(dates) if dates else None,
        documents=tuple(dict.fromkeys(doc.id for doc, _ in items)),
        timeline=tuple(timeline),
        holders=tuple(HolderRecord(h, es[0], es[-1]) for h, es in holders.items()),
    )


def merge(items: Iterable[tuple[Document, Claim]], *, window_days: int = WINDOW_DAYS) -> list[LedgerClaim]:
    """Merge per-document claims into ledger claims: contested first, then most recent first."""
    by_sig: dict[Signature, list[tuple[date | None, Document, Claim]]] = {}
    for doc, claim in items:
        by_sig.setdefault(claim_signature(claim.proposition), []).append((_day(doc.date), doc, claim))
    out = [_ledger_claim(sig, cluster) for sig, group in by_sig.items() for cluster in _clusters(group, window_days)]
    out.sort(key=lambda c: c.last_date or "", reverse=True)
    out.sort(key=lambda c: not c.contested)
    return out


def contested(claims: Iterable[LedgerClaim]) -> list[LedgerClaim]:
    """Only the claims at least one party asserts and another denies."""
    return [c for c in claims if c.contested]


def as_record(c: LedgerClaim) -> dict[str, Any]:
    """A JSON-ready view of a ledger claim (``tidings claims --format json``)."""
    p = c.proposition
    return {
        "proposition": {"source": p.source, "type": c.signature[1], "cameo": p.cameo, "plover": p.plover,
                        "target": p.target, "object": p.object},
        "contested": c.contested,
        "first_date": c.first_date,
        "last_date": c.last_date,
        "documents": list(c.documents),
        "holders": [{"holder": h.holder, "first": asdict(h.first), "latest": asdict(h.latest)} for h in c.holders],
        "timeline": [asdict(e) for e in c.timeline],
    }
