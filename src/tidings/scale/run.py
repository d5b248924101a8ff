"""The client side: partition the inputs, hand partitions to Dask workers, collect their summaries.

``analyze_on_dask`` writes one shard per partition into a directory (JSON Lines
or Parquet) and ``ingest_on_dask`` stores documents (PostgreSQL: every worker
writes; SQLite: workers analyse, the client is the one writer). Both are
resumable: a rerun skips finished shards, or documents already stored. At most
a few partitions are in flight at once, so the client's memory does not grow
with the input.
"""

from __future__ import annotations

import itertools
import json
import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..bounded import stage_failure
from ..errors import ScaleError
from ..ingest.readers import ReadOptions
from ..records import Failure
from .partitions import DEFAULT_PARTITION_BYTES, Partition, plan, plan_id
from .work import STATUS_DIR, PartResult, _failure_dict, analyze_partition, environment, ingest_partition

SQLITE_PARTITION_BYTES = 2_000_000  # SQLite: analyses travel back to the client, keep partitions small
PLAN_FILE = "_plan.json"


@dataclass(frozen=True, slots=True)
class DaskOptions:
    """Where to run: ``address`` of a running scheduler, or ``local`` for a LocalCluster of ``workers``."""

    address: str = "local"
    workers: int = 2
    partition_bytes: int | None = None  # default: DEFAULT_PARTITION_BYTES (SQLite ingest: SQLITE_PARTITION_BYTES)
    processes: bool = True  # LocalCluster only; tests use threads to start fast
    options: ReadOptions | None = None


@dataclass(slots=True)
class ScaleReport:
    partitions: int = 0
    done_before: int = 0  # finished by an earlier run, skipped
    documents: int = 0
    written: int = 0
    skipped: int = 0  # already stored (ingest)
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)

    def add(self, r: PartResult) -> None:
        self.done_before += int(r.done_before)
        self.documents += r.documents
        self.written += r.written
        self.skipped += r.skipped
        self.failed += r.failed

    def summary(self) -> str:
        return (f"{self.written} written, {self.skipped} already stored, {self.failed} failed ({self.documents} documents "
                f"read; {self.partitions} partitions, {self.done_before} done by an earlier run)")


@contextmanager
def connect(opts: DaskOptions) -> Iterator[Any]:
    """A Dask client: to a running scheduler, or to a LocalCluster closed on exit."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise ScaleError("Dask is not installed: python -m pip install -e '.[dask]'") from e
    if opts.address != "local":
        try:
            client = Client(opts.address, timeout="30s")
        except (OSError, TimeoutError) as e:
            raise ScaleError(f"cannot reach the Dask scheduler at {opts.address}: {e}") from e
        with client:
            yield client
        return
    cluster = LocalCluster(n_workers=opts.workers, threads_per_worker=1, processes=opts.processes,
                           dashboard_address=None, silence_logs=logging.ERROR)
    with cluster, Client(cluster) as client:
        yield client


def _failures(r: PartResult) -> list[Failure]:
    return [Failure(path=d["path"], code=d["code"], message=d["message"], line=d["line"], stage=d["stage"]) for d in r.failures]


def _map(client: Any, fn: Callable[..., Any], parts: list[Partition], args: tuple[Any, ...], kwargs: dict[str, Any],
         on_result: Callable[[Partition, Any], None], on_error: Callable[[Partition, BaseException], None]) -> None:
    """Run ``fn(part, *args)`` for every partition, a few in flight at once, in any order."""
    from dask.distributed import as_completed

    width = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    todo = iter(parts)
    owner: dict[str, Partition] = {}

    def submit(p: Partition) -> Any:
        fut = client.submit(fn, p, *args, **kwargs, pure=False, retries=1)
        owner[fut.key] = p
        return fut

    running = as_completed([submit(p) for p in itertools.islice(todo, width)])
    for fut in running:
        p = owner.pop(fut.key)
        try:
            on_result(p, fut.result())
        except Exception as e:  # noqa: BLE001 - a lost partition is reported, the job goes on
            on_error(p, e)
        fut.release()
        nxt = next(todo, None)
        if nxt is not None:
            running.add(submit(nxt))


def _partition_failure(p: Partition, e: BaseException) -> Failure:
    return Failure(path=",".join(p.paths), code="E602", message=f"{p.name} failed: {type(e).__name__}: {e}", stage="partition")


def analyze_on_dask(paths: Iterable[str], out_dir: str, *, fmt: str = "jsonl", explain: bool = False,
                    opts: DaskOptions = DaskOptions(), on_failure: Callable[[Failure], None] | None = None,
                    min_confidence: float = 0.0) -> ScaleReport:
    """Analyse ``paths`` into ``out_dir/part-NNNNNN.<fmt>`` shards; shards already there are kept (a rerun must
    ask for the same shards: inputs, partition size, format, read options and confidence floor)."""
    parts = plan(list(paths), partition_bytes=opts.partition_bytes or DEFAULT_PARTITION_BYTES)
    out = Path(out_dir)
    _claim_directory(out, parts, fmt, _settings(opts.options, min_confidence))
    report = ScaleReport(partitions=len(parts))

    def done(p: Partition, r: PartResult) -> None:
        if r.done_before:
            r = _saved_result(out, p)
        report.add(r)
        for f in _failures(r):
            report.failures.append(f)
            if on_failure is not None:
                on_failure(f)

    def lost(p: Partition, e: BaseException) -> None:
        f = _partition_failure(p, e)
        report.failed += 1
        report.failures.append(f)
        if on_failure is not None:
            on_failure(f)

    with connect(opts) as client:
        _map(client, analyze_partition, parts, (str(out), fmt, environment()),
             {"explain": explain, "options": opts.options, "min_confidence": min_confidence}, done, lost)
    return report


def _settings(options: ReadOptions | None, min_confidence: float) -> dict[str, Any]:
    """What else shapes a shard's content, as recorded in the plan (only what differs from the defaults, so the
    plans of earlier runs with no such option still match)."""
    out: dict[str, Any] = {}
    if options is not None and options.default_date:
        out["date"] = options.default_date
    if options is not None and options.date_order:
        out["date_order"] = options.date_order
    if min_confidence:
        out["min_confidence"] = min_confidence
    return out


def _claim_directory(out: Path, parts: list[Partition], fmt: str, settings: dict[str, Any] | None = None) -> None:
    """Record the plan in ``out``; a rerun must have the same plan (same inputs, partition size, format,
    settings)."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ScaleError(f"cannot use {out} as the --out directory: {e.strerror or e}") from e
    plan_path = out / PLAN_FILE
    want = {"plan": plan_id(parts, absolute=True), "format": fmt, "partitions": len(parts), **(settings or {})}
    if plan_path.exists():
        have = json.loads(plan_path.read_text(encoding="utf-8"))
        if have != want:
            raise ScaleError(f"{out} holds the shards of another run (other inputs, partition size, format, --date, "
                             "--date-order or --min-confidence); "
                             "give a new --out directory or empty this one")
        return
    if any(out.iterdir()):
        raise ScaleError(f"{out} is not empty and holds no tidings plan; give a new or empty --out directory")
    plan_path.write_text(json.dumps(want), encoding="utf-8")


def _saved_result(out: Path, p: Partition) -> PartResult:
    path = out / STATUS_DIR / f"{p.name}.json"
    saved = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"index": p.index}
    r = PartResult(**saved)
    r.done_before = True
    return r


def ingest_on_dask(paths: Iterable[str], db: str, *, opts: DaskOptions = DaskOptions(),
                   on_failure: Callable[[Failure], None] | None = None) -> ScaleReport:
    """Analyse and store ``paths``; documents already stored (same text) are skipped before analysis."""
    from ..store import Store
    from ..store.base import RecordRejected

    with Store.open(db) as store:  # creates and migrates once, before any worker opens it
        many_writers = store.dialect != "sqlite"
        default = DEFAULT_PARTITION_BYTES if many_writers else SQLITE_PARTITION_BYTES
        parts = plan(list(paths), partition_bytes=opts.partition_bytes or default)
        report = ScaleReport(partitions=len(parts))

        def record(f: Failure, d: dict[str, Any] | None, stamp: dict[str, str] | None) -> None:
            report.failures.append(f)
            store.record_failure(f, input_id=(d or {}).get("input_id"), document_id=(d or {}).get("document_id"), versions=stamp)
            if on_failure is not None:
                on_failure(f)

        def done(p: Partition, result: tuple[PartResult, list[Any]]) -> None:
            r, analyses = result
            for a in analyses:  # SQLite: the client is the one writer
                try:
                    r.written += int(store.write(a))
                except RecordRejected as e:
                    r.failed += 1
                    r.failures.append(_failure_dict(stage_failure(a.document, "store", e), a.document))
            report.add(r)
            stamp = analyses[0].versions if analyses else None
            for f, d in zip(_failures(r), r.failures):
                record(f, d, stamp)

        def lost(p: Partition, e: BaseException) -> None:
            report.failed += 1
            record(_partition_failure(p, e), None, None)

        with connect(opts) as client:
            _map(client, ingest_partition, parts, (db, environment()), {"write": many_writers, "options": opts.options},
                 done, lost)
    return report
