"""Ingest benchmark: documents/s, the store's share of the time, database size per 1,000 articles.

    python benchmarks/ingest.py [--n 300] [--db URL]

The corpus is synthetic: short news articles recombined from sentences written
for the tests (tests/store/sample_records.py), so the figures are reproducible
and no third-party text is involved. Analysis and storage are timed separately
on the same documents: "store share" is store time / analyse time (target <= 10%).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "store"))

from sample_records import synthetic_articles  # noqa: E402

from tidings.records import Document  # noqa: E402


def _size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="number of synthetic articles")
    ap.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    args = ap.parse_args()

    from tidings.nlp import load_model
    from tidings.pipeline import analyze_documents
    from tidings.store import Store, document_id

    docs = [Document(id=r["id"], text=r["text"], title=r["title"], date=r["date"]) for r in synthetic_articles(args.n)]
    load_model()
    t0 = time.perf_counter()
    analyses = list(analyze_documents(docs))
    t_analyze = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.db"
        with Store.open(args.db or str(db_path)) as store:
            t0 = time.perf_counter()
            for a in analyses:  # what ingest does per document: the skip check, then one transaction
                store.stored([document_id(a.document.text)])
                store.write(a)
            t_store = time.perf_counter() - t0
            if store.dialect == "sqlite":
                size = -1
            else:
                with store.reading() as conn:
                    size = int(conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())
        if size < 0:
            import sqlite3

            con = sqlite3.connect(db_path)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.close()
            size = _size(db_path)
        n_events = sum(len(a.events) for a in analyses)
        n_statements = sum(len(a.statements) for a in analyses)
    chars = sum(len(d.text) for d in docs) / len(docs)
    total = t_analyze + t_store
    print(f"articles: {len(docs)} (mean {chars:.0f} characters; {n_events} events, {n_statements} statements)")
    print(f"analyse: {t_analyze:.2f} s ({len(docs) / t_analyze:.1f} docs/s)")
    print(f"store:   {t_store:.2f} s ({len(docs) / t_store:.1f} docs/s)")
    print(f"ingest:  {len(docs) / total:.1f} docs/s end to end")
    print(f"store share: {100 * t_store / t_analyze:.1f}% over analyse ({100 * t_store / total:.1f}% of total); target <= 10%")
    print(f"database size: {size / 1e6 * 1000 / len(docs):.2f} MB per 1,000 articles ({os.path.basename(args.db or 'sqlite')})")


if __name__ == "__main__":
    main()
