"""Read stored documents back as the records that were written."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Iterator

from sqlalchemy import Connection, Table, select

from ..records import Analysis, ClaimStance
from . import rows, schema


def _children(conn: Connection, table: Table, num: int, *order: str) -> list[dict[str, Any]]:
    cols = [table.c[o] for o in order]
    return [dict(r._mapping) for r in conn.execute(select(table).where(table.c.doc == num).order_by(*cols))]


def analysis_for(conn: Connection, num: int) -> Analysis | None:
    """The Analysis stored under document ``num`` (None when there is no such document)."""
    d = conn.execute(select(schema.documents).where(schema.documents.c.num == num)).mappings().first()
    if d is None:
        return None
    vjson = conn.execute(select(schema.versions.c.json).where(schema.versions.c.id == d["version_id"])).scalar_one()
    by_claim: dict[int, list[ClaimStance]] = defaultdict(list)
    for r in _children(conn, schema.stances, num, "claim_idx", "idx"):
        by_claim[r["claim_idx"]].append(rows.stance_from(r))
    return Analysis(
        document=rows.document_from(dict(d)),
        lines=tuple(rows.line_from(r) for r in _children(conn, schema.lines, num, "idx")),
        sentences=tuple(rows.sentence_from(r) for r in _children(conn, schema.sentences, num, "idx")),
        mentions=tuple(rows.mention_from(r) for r in _children(conn, schema.mentions, num, "idx")),
        events=tuple(rows.event_from(r) for r in _children(conn, schema.events, num, "idx")),
        statements=tuple(rows.statement_from(r) for r in _children(conn, schema.statements, num, "idx")),
        claims=tuple(rows.claim_from(r, tuple(by_claim[r["idx"]])) for r in _children(conn, schema.claims, num, "idx")),
        versions=json.loads(vjson),
    )


def document_num(conn: Connection, ref: str) -> int | None:
    """A document's ``num`` from its content hash (or a unique prefix of it) or its input id."""
    d = schema.documents
    hit = conn.execute(select(d.c.num).where(d.c.id == ref)).scalar_one_or_none()
    if hit is not None:
        return int(hit)
    found = list(conn.execute(select(d.c.num).where(d.c.input_id == ref).limit(2)).scalars())
    if len(found) == 1:
        return int(found[0])
    # any other id the same text was read under (another outlet's copy)
    found = list(conn.execute(select(schema.copies.c.doc).where(schema.copies.c.input_id == ref).distinct().limit(2)).scalars())
    if len(found) == 1:
        return int(found[0])
    if len(ref) >= 8:
        found = list(conn.execute(select(d.c.num).where(d.c.id.startswith(ref)).limit(2)).scalars())
        if len(found) == 1:
            return int(found[0])
    return None


def document_nums(conn: Connection, *, not_version: str | None = None) -> Iterator[int]:
    """Stored document numbers in order; with ``not_version``, only those coded by other versions."""
    d = schema.documents
    q = select(d.c.num).order_by(d.c.num)
    if not_version is not None:
        q = q.where(d.c.version_id != not_version)
    yield from (int(n) for n in conn.execute(q).scalars())


def document_for(conn: Connection, num: int) -> Any:
    """The stored Document ``num`` (None when absent)."""
    d = conn.execute(select(schema.documents).where(schema.documents.c.num == num)).mappings().first()
    return None if d is None else rows.document_from(dict(d))
