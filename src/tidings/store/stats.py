"""``tidings stats``: a quick look at what a store holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select

from . import schema
from .base import Store


@dataclass(slots=True)
class Stats:
    totals: dict[str, int] = field(default_factory=dict)
    by_root: list[tuple[str, int]] = field(default_factory=list)
    by_pair: list[tuple[str, str, int]] = field(default_factory=list)
    by_month: list[tuple[str, int]] = field(default_factory=list)
    versions: list[tuple[str, int]] = field(default_factory=list)  # versions id -> documents

    def as_dict(self) -> dict[str, Any]:
        return {
            "totals": self.totals,
            "by_root": [{"root": r, "events": n} for r, n in self.by_root],
            "by_pair": [{"source": s, "target": t, "events": n} for s, t, n in self.by_pair],
            "by_month": [{"month": m, "events": n} for m, n in self.by_month],
            "versions": [{"version_id": v, "documents": n} for v, n in self.versions],
        }


def stats(store: Store, *, top: int = 20) -> Stats:
    """Totals, events by CAMEO root, by (source, target) pair and by month."""
    ev, d = schema.events, schema.documents
    out = Stats()
    with store.reading() as conn:
        for name in ("documents", "mentions", "events", "statements", "claims", "stances", "failures"):
            t = schema.metadata.tables[name]
            out.totals[name] = int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        n = func.count().label("n")
        out.by_root = [(r, int(c)) for r, c in conn.execute(select(ev.c.root, n).group_by(ev.c.root).order_by(ev.c.root))]
        pair = select(func.coalesce(ev.c.source_key, "-"), func.coalesce(ev.c.target_key, "-"), n)
        pair = pair.group_by(ev.c.source_key, ev.c.target_key).order_by(n.desc(), ev.c.source_key, ev.c.target_key).limit(top)
        out.by_pair = [(s, t, int(c)) for s, t, c in conn.execute(pair)]
        month = func.coalesce(func.substr(func.coalesce(ev.c.date, d.c.date), 1, 7), "undated").label("month")
        mq = select(month, n).join(d, d.c.num == ev.c.doc).group_by(month).order_by(month)
        out.by_month = [(m, int(c)) for m, c in conn.execute(mq)]
        vq = select(d.c.version_id, n).group_by(d.c.version_id).order_by(n.desc())
        out.versions = [(v, int(c)) for v, c in conn.execute(vq)]
    return out
