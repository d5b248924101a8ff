"""The database schema, one for SQLite and PostgreSQL (SQLAlchemy Core).

Every child row points at ``documents.num`` (a small integer, cheaper than the
64-character content hash in every row) and keeps its position in the
Analysis (``idx``) so a document reads back exactly as it was written. Actor
mentions inside events and statements are stored inline (``source_key``,
``source_start`` ...) because queries filter on them constantly; a join per
filter would cost more than the repeated columns. ``version_id`` points at the
``versions`` row holding the pipeline, model and data-file versions that
produced the record.

Column names avoid SQL keywords (``char_start`` rather than ``start``/``end``)
so the tables are pleasant to query from sqlite3, psql, DuckDB or pandas.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

versions = Table(
    "versions",
    metadata,
    Column("id", Text, primary_key=True),  # short hash of the canonical JSON
    Column("json", Text, nullable=False),
    Column("created_at", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),  # sha256 of the text: re-ingesting is a no-op
    Column("input_id", Text, nullable=False),  # the input's own id (file stem, JSONL "id")
    Column("title", Text),
    Column("date", Text),
    Column("url", Text),
    Column("source", Text),
    Column("author", Text),
    Column("path", Text),
    Column("line", Integer),
    Column("date_source", Text),  # metadata | dateline | text | default (migration 3)
    Column("text", Text, nullable=False),
    Column("version_id", Text, ForeignKey("versions.id"), nullable=False),
    Column("ingested_at", Text, nullable=False),
    # row counts written in the same transaction: a reader can prove a document is whole
    Column("n_lines", Integer, nullable=False, server_default="0"),
    Column("n_sentences", Integer, nullable=False, server_default="0"),
    Column("n_mentions", Integer, nullable=False, server_default="0"),
    Column("n_events", Integer, nullable=False, server_default="0"),
    Column("n_statements", Integer, nullable=False, server_default="0"),
    Column("n_claims", Integer, nullable=False, server_default="0"),
    Index("ix_documents_input_id", "input_id"),
    Index("ix_documents_date", "date"),
)


# Where a text appeared: one row per (id, URL, source, date) it was read under. A document is a
# text; the same text from two outlets is one document with two copies (migration 3).
copies = Table(
    "copies",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    Column("doc", Integer, ForeignKey("documents.num"), nullable=False),
    Column("copy_key", Text, nullable=False, unique=True),  # hash of (document, id, url, source, date)
    Column("input_id", Text, nullable=False),
    Column("title", Text),
    Column("date", Text),
    Column("date_source", Text),
    Column("url", Text),
    Column("source", Text),
    Column("path", Text),
    Column("line", Integer),
    Column("ingested_at", Text, nullable=False),
    Index("ix_copies_doc", "doc"),
    Index("ix_copies_input_id", "input_id"),
)


def _doc() -> Column[int]:
    return Column("doc", Integer, ForeignKey("documents.num"), nullable=False)


def _actor(prefix: str) -> list[Column[object]]:
    """Inline copy of an ActorMention (all fields, so it reads back equal)."""
    return [
        Column(f"{prefix}_key", Text),
        Column(f"{prefix}_name", Text),
        Column(f"{prefix}_text", Text),
        Column(f"{prefix}_start", Integer),
        Column(f"{prefix}_end", Integer),
        Column(f"{prefix}_kind", Text),
        Column(f"{prefix}_evidence", Text),
        Column(f"{prefix}_entity", Integer),
    ]


def _span(prefix: str, *, nullable: bool = False) -> list[Column[object]]:
    return [
        Column(f"{prefix}_start", Integer, nullable=nullable),
        Column(f"{prefix}_end", Integer, nullable=nullable),
        Column(f"{prefix}_text", Text, nullable=nullable),
    ]


lines = Table(
    "lines",
    metadata,
    _doc(),
    Column("idx", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("zone", Text, nullable=False),
    Column("reason", Text),
    PrimaryKeyConstraint("doc", "idx"),
)

sentences = Table(
    "sentences",
    metadata,
    _doc(),
    Column("idx", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("zone", Text, nullable=False),
    PrimaryKeyConstraint("doc", "idx"),
)

mentions = Table(
    "mentions",
    metadata,
    _doc(),
    Column("idx", Integer, nullable=False),
    Column("char_start", Integer, nullable=False),
    Column("char_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("key", Text),
    Column("name", Text),
    Column("kind", Text, nullable=False),
    Column("evidence", Text, nullable=False),
    Column("entity", Integer),
    Column("version_id", Text, nullable=False),
    PrimaryKeyConstraint("doc", "idx"),
    Index("ix_mentions_key", "key"),
)

events = Table(
    "events",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),  # GDELT's GlobalEventID
    _doc(),
    Column("idx", Integer, nullable=False),
    *_actor("source"),
    *_actor("target"),
    Column("cameo", Text, nullable=False),
    Column("root", Text, nullable=False),
    Column("plover", Text),
    Column("mode", Text),
    Column("context", Text),
    Column("status", Text, nullable=False),
    Column("quad_class", Integer),
    Column("goldstein", Float),
    Column("attributed_to", Text),
    Column("attributed_name", Text),
    *_span("trigger"),
    Column("sentence", Integer, nullable=False),
    Column("date", Text),
    Column("location", Text),
    Column("location_country", Text),
    Column("pattern", Text),
    Column("statement", Integer),
    Column("version_id", Text, nullable=False),
    Column("confidence", Float),  # 0-1, the extractor's (migration 3; NULL for rows coded before it)
    UniqueConstraint("doc", "idx", name="uq_events_doc_idx"),
    Index("ix_events_source_key", "source_key"),
    Index("ix_events_target_key", "target_key"),
    Index("ix_events_root", "root"),
    Index("ix_events_plover", "plover"),
)

statements = Table(
    "statements",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    _doc(),
    Column("idx", Integer, nullable=False),
    *_actor("speaker"),
    *_span("cue"),
    Column("kind", Text, nullable=False),
    *_span("content"),
    Column("sentence", Integer, nullable=False),
    Column("cue_lemma", Text, nullable=False),
    Column("stance", Text, nullable=False),
    Column("version_id", Text, nullable=False),
    UniqueConstraint("doc", "idx", name="uq_statements_doc_idx"),
    Index("ix_statements_speaker_key", "speaker_key"),
)

claims = Table(
    "claims",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    _doc(),
    Column("idx", Integer, nullable=False),
    Column("prop_source", Text),
    Column("prop_target", Text),
    Column("prop_cameo", Text, nullable=False),
    Column("prop_plover", Text),
    Column("prop_object", Text),
    Column("version_id", Text, nullable=False),
    UniqueConstraint("doc", "idx", name="uq_claims_doc_idx"),
    Index("ix_claims_signature", "prop_source", "prop_plover", "prop_target"),
)

stances = Table(
    "stances",
    metadata,
    _doc(),
    Column("claim_idx", Integer, nullable=False),
    Column("idx", Integer, nullable=False),
    Column("holder", Text),
    Column("name", Text),
    Column("stance", Text, nullable=False),
    *_span("content", nullable=True),
    Column("statement", Integer),
    Column("event", Integer),
    Column("date", Text),
    Column("document_ref", Text),  # ClaimStance.document as the stage set it
    PrimaryKeyConstraint("doc", "claim_idx", "idx"),
    Index("ix_stances_holder", "holder"),
)

failures = Table(
    "failures",
    metadata,
    Column("num", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("line", Integer, nullable=False, server_default="0"),  # 0: the whole file (NULLs defeat UNIQUE)
    Column("input_id", Text),
    Column("document_id", Text),  # content hash when the text was read
    Column("stage", Text, nullable=False),
    Column("code", Text, nullable=False),
    Column("message", Text, nullable=False),
    Column("version_id", Text),
    Column("created_at", Text, nullable=False),
    UniqueConstraint("path", "line", "stage", "code", name="uq_failures_input"),
)

# Tables holding one document's extracted rows, replaced together by ``recode``.
EXTRACTED = (lines, sentences, mentions, events, statements, claims, stances)
