"""``--dask`` for ``tidings analyze`` and ``tidings ingest``: the same commands, run on a Dask cluster."""

from __future__ import annotations

from typing import Any, Callable

import click

from ..records import Failure
from .common import report_failure

DASK_HELP = ("Run on Dask: a scheduler address (tcp://scheduler:8786) or 'local' for a LocalCluster of --workers "
             "processes (needs the dask extra). Input is partitioned; a rerun resumes.")


def dask_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--dask ADDRESS`` and ``--partition-mb``."""
    fn = click.option("--partition-mb", type=click.FloatRange(0.001), default=None,
                      help="With --dask: megabytes of input per partition (default 32; SQLite ingest 2).")(fn)
    return click.option("--dask", "dask", metavar="ADDRESS", default=None, help=DASK_HELP)(fn)


def _options(dask: str, workers: int, partition_mb: float | None, options: Any = None) -> Any:
    from ..scale import DaskOptions

    return DaskOptions(address=dask, workers=workers,
                       partition_bytes=int(partition_mb * 1_000_000) if partition_mb else None, options=options)


def _on_failure(quiet: bool) -> Callable[[Failure], None]:
    def on_failure(f: Failure) -> None:
        if not quiet:
            report_failure(f)

    return on_failure


def analyze(paths: tuple[str, ...], *, fmt: str, out: str | None, dask: str, workers: int, partition_mb: float | None,
            explain: bool, quiet: bool, options: Any = None, min_confidence: float = 0.0) -> None:
    """``tidings analyze --dask``: shards in ``--out DIR``; ``options`` (``--date``, ``--date-order``) and
    ``--min-confidence`` apply on the workers as in one process."""
    from ..scale import analyze_on_dask

    if not out:
        raise click.UsageError("--dask writes shards into a directory: give --out DIR")
    if fmt not in ("jsonl", "parquet"):
        raise click.UsageError("--dask writes JSON Lines or Parquet shards: use --format jsonl or --format parquet")
    report = analyze_on_dask(paths, out, fmt=fmt, explain=explain, opts=_options(dask, workers, partition_mb, options),
                             on_failure=_on_failure(quiet), min_confidence=min_confidence)
    click.echo(f"{out}: {report.summary()}", err=True)
    if report.documents == 0 and report.done_before < report.partitions:
        raise click.ClickException(f"no document could be analysed ({report.failed} input(s) failed)")


def ingest(paths: tuple[str, ...], *, db: str, dask: str, workers: int, partition_mb: float | None, quiet: bool,
           options: Any = None) -> None:
    """``tidings ingest --dask``: PostgreSQL takes every worker's writes; SQLite is written by this process alone."""
    from ..scale import ingest_on_dask

    report = ingest_on_dask(paths, db, opts=_options(dask, workers, partition_mb, options), on_failure=_on_failure(quiet))
    click.echo(f"{db if '://' not in db else db.split('@')[-1]}: {report.summary()}", err=True)
