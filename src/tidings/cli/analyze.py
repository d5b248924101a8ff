"""``tidings analyze``: one exchange record per document, as JSON, JSON Lines or a table."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, Callable

import click

from ..errors import TidingsError
from ..records import Failure
from .common import SomeFailed, actor_dict_option, date_options, read_options, report_failure, run_guarded, verb_dict_option
from .scale import dask_options


def register(group: click.Group) -> None:
    group.add_command(analyze)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "table", "parquet"]), default=None,
              help="json: one object (a list for several documents); jsonl: one object a line; table: terminal view "
                   "(the default; with --dask: jsonl); parquet: with --dask only.")
@click.option("--out", "out_path", type=click.Path(writable=True),
              help="Write to this file instead of standard output (with --dask: a directory of shards).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes for spaCy parsing.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input instead of skipping it.")
@click.option("--explain", is_flag=True, help="Add the evidence for each actor and the pattern behind each event.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Leave out events whose confidence (0-1) is below this.")
@date_options
@dask_options
@actor_dict_option
@verb_dict_option
def analyze(paths: tuple[str, ...], fmt: str | None, out_path: str | None, workers: int, strict: bool, explain: bool,
            quiet: bool, min_confidence: float, default_date: str | None, date_order: str | None, dask: str | None,
            partition_mb: float | None) -> None:
    """Analyse articles (text, HTML, JSON/JSONL corpora, directories, with --dask Parquet) and print what they say.
    Exit 1 when any input failed (the others are still written)."""
    if dask:
        from . import scale

        if strict:
            raise click.UsageError("--strict stops at the first bad input; --dask records failures and goes on")
        run_guarded(lambda: scale.analyze(paths, fmt=fmt or "jsonl", out=out_path, dask=dask, workers=workers,
                                          partition_mb=partition_mb, explain=explain, quiet=quiet,
                                          options=read_options(default_date, date_order), min_confidence=min_confidence))
        return
    if fmt == "parquet":
        raise click.UsageError("--format parquet writes shards: use it with --dask")
    if out_path and out_path != "-" and Path(out_path).is_dir():
        raise click.UsageError(f"--out {out_path} is a directory: give a file (directories of shards go with --dask)")
    opts = read_options(default_date, date_order)
    run_guarded(lambda: _analyze(paths, fmt or "table", None if out_path == "-" else out_path, workers, strict, explain,
                                 quiet, opts, min_confidence))


def _analyze(paths: tuple[str, ...], fmt: str, out_path: str | None, workers: int, strict: bool, explain: bool, quiet: bool,
             options: Any = None, min_confidence: float = 0.0) -> None:
    from ..exchange import confident, to_record
    from ..pipeline import analyze_paths
    from .progress import progress_for
    from .table import print_table

    failures: list[Failure] = []

    ticks: list[Callable[[], None]] = []  # the progress bar's tick, once it is up

    def on_failure(f: Failure) -> None:
        failures.append(f)
        report_failure(f)
        for t in ticks:
            t()

    out: IO[str] = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    n = 0
    first = True
    try:
        with progress_for(paths, enabled=not quiet and fmt != "table") as tick:
            ticks.append(tick)
            if fmt == "json":
                out.write("[\n" if _many(paths) else "")
            for analysis in analyze_paths(paths, workers=workers, strict=strict, on_failure=on_failure, options=options):
                analysis = confident(analysis, min_confidence)
                n += 1
                tick()
                if fmt == "table":
                    print_table(analysis, out, explain=explain)
                    continue
                rec: dict[str, Any] = to_record(analysis, explain=explain)
                if fmt == "jsonl":
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                else:
                    if _many(paths):
                        out.write(("" if first else ",\n") + json.dumps(rec, ensure_ascii=False, indent=1))
                    else:
                        out.write(json.dumps(rec, ensure_ascii=False, indent=1) + "\n")
                first = False
            if fmt == "json" and _many(paths):
                out.write("\n]\n")
    finally:
        if out_path:
            out.close()
    if n == 0:
        raise click.ClickException(f"no document could be analysed ({len(failures)} input(s) failed)")
    if failures:
        raise SomeFailed(f"analysed {n} document(s); {len(failures)} input(s) skipped")


def _many(paths: tuple[str, ...]) -> bool:
    """Several documents are expected: a JSON list is printed (one object for a single text or HTML file)."""
    from pathlib import Path

    if len(paths) != 1:
        return True
    p = Path(paths[0])
    return p.is_dir() or p.suffix.lower() in {".jsonl", ".ndjson", ".json"}


def fail(e: TidingsError) -> None:
    raise click.ClickException(str(e))
