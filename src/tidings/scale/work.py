"""What one worker does with one partition: analyse it into a shard, or analyse and store it.

Each function is a Dask task: it loads the model once per worker process
(``load_model`` is cached), streams its partition batch by batch, and returns
a small summary, never the records, so the client's memory stays flat. A shard
is written to a temporary name and renamed when complete: a shard that exists
is a finished partition, which a rerun skips.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterator

from ..bounded import BATCH_SIZE, analyze_guarded, stage_failure
from ..ingest.readers import ReadOptions
from ..records import Analysis, Document, Failure
from .partitions import Partition, read_partition

STATUS_DIR = "_status"  # one summary per finished shard; "_" keeps it out of Parquet readers
PARQUET_ROWS = 256  # records per Parquet row group: a worker holds at most this many


@dataclass(slots=True)
class PartResult:
    """A partition's summary, returned to the client."""

    index: int
    documents: int = 0
    written: int = 0
    skipped: int = 0
    failed: int = 0
    done_before: bool = False  # the shard existed: nothing was done
    failures: list[dict[str, Any]] = field(default_factory=list)


def environment() -> dict[str, str]:
    """The settings a worker must share with the client (extra dictionaries given on the command line)."""
    from ..actors.lexicon import ENV_DICTIONARIES
    from ..events.patterns import ENV_VERB_DICTIONARIES

    return {k: os.environ.get(k, "") for k in (ENV_DICTIONARIES, ENV_VERB_DICTIONARIES)}


def _adopt(env: dict[str, str]) -> None:
    """Use the client's extra dictionaries on this worker (a remote worker needs the same files)."""
    from ..actors.lexicon import ENV_DICTIONARIES, use_dictionaries
    from ..events.patterns import ENV_VERB_DICTIONARIES, use_verb_dictionaries

    for key, reset in ((ENV_DICTIONARIES, use_dictionaries), (ENV_VERB_DICTIONARIES, use_verb_dictionaries)):
        want = env.get(key, "")
        if os.environ.get(key, "") != want:
            os.environ[key] = want
            reset(None)


def _failure_dict(f: Failure, document: Document | None = None) -> dict[str, Any]:
    """A failure as plain data, with the ids the store records for a document a stage failed on."""
    from ..store.rows import document_id

    out: dict[str, Any] = {k: getattr(f, k) for k in ("path", "line", "code", "message", "stage")}
    out["input_id"] = document.id if document is not None else f.id
    out["document_id"] = document_id(document.text) if document is not None else None
    return out


def analyses(items: Iterator[Document | Failure], res: PartResult, stamp: dict[str, str]) -> Iterator[Analysis]:
    """Parse and run every stage, streaming, under the same work limits as one process
    (``tidings.bounded``); a bad input or a stage error fails that record only."""
    from ..nlp import load_model
    from ..pipeline import staged

    def documents() -> Iterator[Document]:
        for item in items:
            if isinstance(item, Failure):
                res.failed += 1
                res.failures.append(_failure_dict(item))
                continue
            res.documents += 1
            yield item

    def fail(document: Document, stage: str, err: Exception) -> None:
        res.failed += 1
        res.failures.append(_failure_dict(stage_failure(document, stage, err), document))

    yield from analyze_guarded(documents(), nlp=load_model(), stages=staged, stamp=lambda: stamp, fail=fail)


def analyze_partition(part: Partition, out_dir: str, fmt: str, env: dict[str, str], *, explain: bool = False,
                      options: ReadOptions | None = None, min_confidence: float = 0.0) -> PartResult:
    """Analyse one partition into ``out_dir/part-NNNNNN.{jsonl,parquet}`` (skipped when it exists); events below
    ``min_confidence`` are left out, as ``tidings analyze --min-confidence`` does."""
    res = PartResult(part.index)
    final = Path(out_dir) / f"{part.name}.{fmt}"
    if final.exists():
        res.done_before = True
        return res
    _adopt(env)
    from ..exchange import confident, to_record
    from ..pipeline import versions

    stamp = versions()
    records = (to_record(confident(a, min_confidence), explain=explain)
               for a in analyses(read_partition(part, options=options), res, stamp))
    tmp = final.with_name(f".{final.name}.{os.getpid()}.tmp")
    if fmt == "parquet":
        _write_parquet(tmp, records)
    else:
        with tmp.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    res.written = res.documents - sum(1 for f in res.failures if f["stage"] == "analyze")
    # failures first: a shard that exists always has its failures beside it
    status = Path(out_dir) / STATUS_DIR
    status.mkdir(exist_ok=True)
    (status / f"{part.name}.json").write_text(json.dumps(asdict(res), ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, final)
    return res


def _write_parquet(path: Path, records: Iterator[dict[str, Any]]) -> None:
    """Columns ``id``, ``events``, ``statements``, ``claims`` (JSON arrays) and ``record`` (the whole JSON record)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, pa.string()) for c in ("id", "events", "statements", "claims", "record")])
    with pq.ParquetWriter(str(path), schema) as w:
        rows: list[dict[str, str]] = []
        for rec in records:
            rows.append({"id": rec["id"], **{k: json.dumps(rec[k], ensure_ascii=False) for k in ("events", "statements", "claims")},
                         "record": json.dumps(rec, ensure_ascii=False)})
            if len(rows) >= PARQUET_ROWS:
                w.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            w.write_table(pa.Table.from_pylist(rows, schema=schema))


_STORES: dict[str, Any] = {}


def _store(url: str) -> Any:
    """One open store per worker process and database (connections are reused across partitions)."""
    from ..store import Store

    if url not in _STORES:
        _STORES[url] = Store.open(url, migrate=False)  # the client migrated it before the workers started
    return _STORES[url]


def ingest_partition(part: Partition, db: str, env: dict[str, str], *, write: bool,
                     options: ReadOptions | None = None) -> tuple[PartResult, list[Analysis]]:
    """Analyse the documents of one partition not stored yet; store them here when ``write`` (PostgreSQL:
    every worker writes), else return them for the client's one writer (SQLite)."""
    from ..pipeline import versions
    from ..store.base import RecordRejected
    from ..store.rows import document_id

    _adopt(env)
    res = PartResult(part.index)
    store = _store(db)
    stamp = versions()
    kept: list[Analysis] = []

    def fresh() -> Iterator[Document | Failure]:
        chunk: list[Document] = []
        seen: set[str] = set()

        def unstored() -> Iterator[Document]:
            keys = [document_id(d.text) for d in chunk]
            stored = store.stored(keys)
            for d, key in zip(chunk, keys):
                if key in stored or key in seen:
                    res.skipped += 1
                    continue
                seen.add(key)
                yield d

        for item in read_partition(part, options=options):
            if isinstance(item, Failure):
                yield item
                continue
            chunk.append(item)
            if len(chunk) == BATCH_SIZE:
                yield from unstored()
                chunk = []
        yield from unstored()

    for a in analyses(fresh(), res, stamp):
        if not write:
            kept.append(a)
            continue
        try:
            res.written += int(store.write(a))
        except RecordRejected as e:
            res.failed += 1
            res.failures.append(_failure_dict(stage_failure(a.document, "store", e), a.document))
    res.documents += res.skipped  # read, and found stored already
    return res, kept
