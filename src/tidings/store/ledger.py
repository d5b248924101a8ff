"""The cross-document claim ledger over a store (``tidings claims --db``, ``tidings query claims --ledger``).

The per-document claims and their stances are read back from the store and
merged by :func:`tidings.claims.merge` exactly as ``tidings claims PATH...``
merges freshly analysed articles, so both give the same ledger for the same
articles.

Filters choose *which claims* enter the ledger (a claim matches when any of
its stances does); every stance of a chosen claim is kept, so a ``--status
denies`` query still shows who asserted what was denied.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Any

from sqlalchemy import and_, select

from ..claims.ledger import WINDOW_DAYS, LedgerClaim, merge
from ..records import Claim, ClaimStance, Document
from . import rows, schema
from .base import Store
from .query import Filters, claims_select

d, cl, sn = schema.documents, schema.claims, schema.stances


def ledger(store: Store, f: Filters = Filters(), *, window_days: int = WINDOW_DAYS,
           contested_only: bool = False) -> list[LedgerClaim]:
    """Ledger claims from the store, contested first, then most recent first.

    ``f.limit`` caps the number of ledger claims returned (not of stored rows read).
    """
    limit = f.limit
    pairs = stored_claims(store, dataclasses.replace(f, limit=None))
    out = merge(pairs, window_days=window_days)
    if contested_only:
        out = [c for c in out if c.contested]
    return out[:limit] if limit else out


def stored_claims(store: Store, f: Filters = Filters()) -> list[tuple[Document, Claim]]:
    """Each stored claim matching ``f`` with all its stances, beside its document (text not loaded)."""
    with store.reading() as conn:
        matched = claims_select(conn.dialect.name, f).subquery()
        nums = select(matched.c.claim).distinct()
        cq = (select(cl.c.num, cl.c.prop_source, cl.c.prop_target, cl.c.prop_cameo, cl.c.prop_plover, cl.c.prop_object,
                     d.c.input_id, d.c.title, d.c.date, d.c.url, d.c.source, d.c.author, d.c.path, d.c.line)
              .join(d, d.c.num == cl.c.doc).where(cl.c.num.in_(nums)).order_by(cl.c.num))
        sq = (select(cl.c.num.label("claim_num"), sn)
              .join(cl, and_(sn.c.doc == cl.c.doc, sn.c.claim_idx == cl.c.idx))
              .where(cl.c.num.in_(nums)).order_by(cl.c.num, sn.c.idx))
        by_claim: dict[int, list[ClaimStance]] = defaultdict(list)
        for r in conn.execute(sq):
            by_claim[r.claim_num].append(rows.stance_from(r._asdict()))
        return [(_document(r._asdict()), rows.claim_from(r._asdict(), tuple(by_claim[r.num]))) for r in conn.execute(cq)]


def _document(r: dict[str, Any]) -> Document:
    """The document's metadata; the ledger needs its id and date, not its text."""
    return rows.document_from({**r, "text": ""})
