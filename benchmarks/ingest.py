"""Ingest benchmark: documents/s, the store's share of the time, database size per 1,000 articles.

    python benchmarks/ingest.py [--n 300] [--corpus FILE_OR_DIR ...] [--db postgresql://...] [--repeat 3]

By default the corpus is synthetic: short news articles (about 320 characters)
recombined from sentences written for the tests (tests/store/sample_records.py),
so the figures are reproducible and no third-party text is involved. Short
articles are the store's worst case (its cost per document is mostly fixed,
analysis grows with length); ``--corpus`` measures real articles instead
(anything ``tidings ingest`` reads; the first ``--n`` documents).

Analysis and storage are timed separately on the same documents: "store share"
is store time / analyse time (target <= 10%). Storing does what ``tidings
ingest`` does: one already-stored check per batch, one transaction per document.
With ``--repeat`` the store is timed that many times on fresh databases and the
fastest run is reported (the disk's flushes make single runs noisy).
With ``--db postgresql://...`` each run writes into a fresh schema that is dropped after.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))

from sample_records import synthetic_articles  # noqa: E402

from tidings.records import Analysis, Document  # noqa: E402


def _documents(n: int, corpus: list[str]) -> list[Document]:
    if not corpus:
        return [Document(id=r["id"], text=r["text"], title=r["title"], date=r["date"]) for r in synthetic_articles(n)]
    from tidings.ingest.readers import iter_documents

    docs: list[Document] = []
    for d in iter_documents(corpus):
        docs.append(d)
        if len(docs) == n:
            break
    return docs


@contextmanager
def _database(url: str | None) -> Iterator[tuple[str, Path | None]]:
    """A fresh database: a temporary SQLite file, or a new schema on the PostgreSQL server at ``url``."""
    if not url:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.db"
            yield str(path), path
        return
    from sqlalchemy import create_engine, text

    from tidings.store.db import normalize_url

    schema = "bench_" + uuid.uuid4().hex[:12]
    admin = create_engine(normalize_url(url))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}", None
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _store_run(analyses: list[Analysis], url: str | None) -> tuple[float, int]:
    """Seconds to store ``analyses`` as ingest does, and the database's size in bytes."""
    from tidings.jobs import BATCH_SIZE
    from tidings.store import Store, document_id

    with _database(url) as (target, sqlite_path):
        with Store.open(target) as store:
            t0 = time.perf_counter()
            for i, a in enumerate(analyses):
                if i % BATCH_SIZE == 0:
                    store.stored([document_id(x.document.text) for x in analyses[i : i + BATCH_SIZE]])
                store.write(a)
            elapsed = time.perf_counter() - t0
            if sqlite_path is None:
                with store.reading() as conn:
                    size = int(conn.exec_driver_sql(
                        "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                        "JOIN pg_namespace n ON n.oid = c.relnamespace "
                        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')").scalar_one())
                return elapsed, size
        import sqlite3

        con = sqlite3.connect(sqlite_path)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        return elapsed, sum(p.stat().st_size for p in sqlite_path.parent.glob(sqlite_path.name + "*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of articles (default 300)")
    ap.add_argument("--corpus", nargs="+", default=[], metavar="PATH",
                    help="real articles to use instead of the synthetic ones (files or folders tidings ingest reads)")
    ap.add_argument("--db", help="a postgresql:// server URL to measure PostgreSQL (default: a temporary SQLite file)")
    ap.add_argument("--repeat", type=int, default=3, help="store runs on fresh databases; the fastest counts (default 3)")
    args = ap.parse_args()

    from tidings.nlp import load_model
    from tidings.pipeline import analyze_documents

    docs = _documents(args.n, args.corpus)
    if not docs:
        sys.exit("no documents to benchmark")
    load_model()
    t0 = time.perf_counter()
    analyses = list(analyze_documents(docs))
    t_analyze = time.perf_counter() - t0

    runs = [_store_run(analyses, args.db) for _ in range(max(1, args.repeat))]
    t_store, size = min(runs)
    n_events = sum(len(a.events) for a in analyses)
    n_statements = sum(len(a.statements) for a in analyses)
    chars = sum(len(d.text) for d in docs) / len(docs)
    total = t_analyze + t_store
    where = "postgresql" if args.db else "sqlite"
    print(f"articles: {len(docs)} {'from ' + ' '.join(args.corpus) if args.corpus else 'synthetic'} "
          f"(mean {chars:.0f} characters; {n_events} events, {n_statements} statements)")
    print(f"analyse: {t_analyze:.2f} s ({len(docs) / t_analyze:.1f} docs/s)")
    print(f"store:   {t_store:.2f} s ({len(docs) / t_store:.1f} docs/s; {where}; fastest of {len(runs)}: "
          f"{', '.join(f'{r[0]:.2f}' for r in runs)} s)")
    print(f"ingest:  {len(docs) / total:.1f} docs/s end to end")
    print(f"store share: {100 * t_store / t_analyze:.1f}% over analyse ({100 * t_store / total:.1f}% of total); target <= 10%")
    print(f"database size: {size / 1e6 * 1000 / len(docs):.2f} MB per 1,000 articles ({where})")


if __name__ == "__main__":
    main()
