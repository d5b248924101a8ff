"""The tidings database: documents, actors, events, statements, claims and failures.

Contract::

    with Store.open("tidings.db") as store:        # or "postgresql://user@host/db"
        report = ingest_paths(store, ["corpus.jsonl"])
        rows = query.events(store, Filters(actor="PRK"))

SQLite by default (WAL, FTS5); PostgreSQL through psycopg 3. One schema,
versioned migrations, one transaction per document.
"""

from .base import Store
from .db import normalize_url
from .rows import document_id

__all__ = ["Store", "document_id", "normalize_url"]
