"""``tidings ingest | query | export | stats | recode``: the database shell (store stage).

Handlers parse options and call ``tidings.store`` / ``tidings.export``; no SQL here.
"""

from __future__ import annotations

import csv
import json
import sys
from typing import IO, Any, Sequence

import click

from ..records import Failure
from .common import (
    SomeFailed,
    UsageFailure,
    actor_dict_option,
    date_options,
    read_options,
    report_failure,
    run_guarded,
    verb_dict_option,
)
from .scale import dask_options

DB_HELP = "Database: a SQLite file path (default tidings.db, or $TIDINGS_DB) or a postgresql:// URL."
KINDS = ("events", "statements", "claims", "actors", "failures")


def register(group: click.Group) -> None:
    """Add the store commands."""
    for cmd in (ingest, query, export, stats, recode):
        group.add_command(cmd)


def db_option(fn: Any) -> Any:
    return click.option("--db", "db", envvar="TIDINGS_DB", default="tidings.db", show_default=True, help=DB_HELP)(fn)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes for spaCy parsing.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input instead of recording it and going on.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print each failure, and no progress bar.")
@date_options
@dask_options
@actor_dict_option
@verb_dict_option
def ingest(paths: tuple[str, ...], db: str, workers: int, strict: bool, quiet: bool, default_date: str | None,
           date_order: str | None, dask: str | None = None, partition_mb: float | None = None) -> None:
    """Analyse articles and store documents, actors, events, statements and claims (re-runs add nothing new;
    the same text under another id, URL or source is kept as one more copy). Exit 1 when any input failed."""
    if dask:
        from . import scale

        if strict:
            raise click.UsageError("--strict stops at the first bad input; --dask records failures and goes on")
        run_guarded(lambda: scale.ingest(paths, db=db, dask=dask, workers=workers, partition_mb=partition_mb, quiet=quiet,
                                         options=read_options(default_date, date_order)))
        return
    failed = 0

    def run() -> None:
        nonlocal failed
        from ..jobs import Hooks, ingest_paths
        from ..store import Store
        from .progress import progress_for

        def on_failure(f: Failure) -> None:
            if not quiet:
                report_failure(f)

        with Store.open(db) as store, progress_for(paths, enabled=not quiet, label="ingest") as tick:
            report = ingest_paths(store, paths, workers=workers, strict=strict, options=read_options(default_date, date_order),
                                  hooks=Hooks(on_failure=on_failure, on_step=tick))
        click.echo(f"{store.url}: {report.summary()}", err=True)
        failed = report.failed

    run_guarded(run)
    if failed:
        raise SomeFailed(f"{failed} input(s) failed (tidings query failures lists them)")


def filter_options(fn: Any) -> Any:
    """The filters ``query`` and ``export`` share (checked by ``tidings.validate`` before any work)."""
    options = [
        click.option("--actor", help="Actor key (PRK matches PRK.GOV), a name the actor dictionaries know "
                     "(North Korea -> PRK, Moscow -> RUS.GOV), or part of a name as written."),
        click.option("--cameo", help="CAMEO code or prefix (19, 190, 0332)."),
        click.option("--root", help="CAMEO root (01-20)."),
        click.option("--plover", help="PLOVER event type (ACCUSE, AID, ...)."),
        click.option("--status", help="Event status (asserted, claimed, denied, intended, hypothetical, negated), a "
                     "comma-separated list of them, or all; stance for statements and claims; stage for failures."),
        click.option("--since", help="From this date (YYYY-MM-DD), inclusive."),
        click.option("--until", help="Up to this date (YYYY-MM-DD), inclusive."),
        click.option("--min-confidence", "min_confidence", help="Events the extractor is at least this sure of (0-1)."),
        click.option("--document", help="A document's input id (any id its text was read under) or content hash."),
        click.option("--search", help="Full-text search: every word must appear (an event's sentence; statement "
                     "content; article text)."),
        click.option("--limit", type=click.IntRange(1), help="At most this many rows (with --ledger: ledger claims)."),
    ]
    for opt in reversed(options):
        fn = opt(fn)
    return fn


def checked_filters(kind: str, filters: dict[str, Any]) -> Any:
    """``Filters`` from the options, or a usage error (exit 2) naming the accepted values."""
    from ..errors import BadFilter
    from ..store.query import Filters
    from ..validate import check_filters

    try:
        return Filters(**check_filters(kind, **filters))
    except BadFilter as e:
        raise UsageFailure(e.message) from e


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@db_option
@filter_options
@click.option("--ledger", is_flag=True,
              help="claims only: the cross-document ledger (contested first, each with its timeline of stances) "
                   "instead of one row per stance.")
@click.option("--window-days", type=click.IntRange(0, 36500), default=90, show_default=True,
              help="With --ledger: claims with the same signature this many days apart or less are the same claim.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table", show_default=True)
def query(kind: str, db: str, fmt: str, ledger: bool, window_days: int, **filters: Any) -> None:
    """List stored events, statements, claims (one row per stance, or the ledger), actors, or failures
    (inputs that could not be read, analysed or stored: where, which stage, why)."""
    if ledger and kind != "claims":
        raise click.UsageError("--ledger goes with 'query claims'")
    checked = checked_filters(kind, filters)

    def run() -> None:
        from ..store import Store, query as q

        with Store.open(db, create=False) as store:
            if ledger:
                from ..store.ledger import ledger as read_ledger

                write_ledger(read_ledger(store, checked, window_days=window_days), fmt, sys.stdout)
                return
            rows = getattr(q, kind)(store, checked)
        write_rows(rows, fmt, sys.stdout, title=f"{kind} ({len(rows)})")

    run_guarded(run)


def write_ledger(claims: Sequence[Any], fmt: str, out: IO[str], *, total: int | None = None) -> None:
    """Print ledger claims: the terminal view, JSON records, one record per line, or one CSV row per stance."""
    from ..claims import as_record

    if fmt == "table":
        from .claims_table import print_ledger

        print_ledger(claims, total=len(claims) if total is None else total, out=out)
    elif fmt == "json":
        out.write(json.dumps([as_record(c) for c in claims], ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for c in claims:
            out.write(json.dumps(as_record(c), ensure_ascii=False) + "\n")
    else:
        write_rows(ledger_rows(claims), "csv", out)


def ledger_rows(claims: Sequence[Any]) -> list[dict[str, Any]]:
    """One flat row per timeline entry, the claim's columns repeated (``ledger`` numbers the claims from 1)."""
    out: list[dict[str, Any]] = []
    for n, c in enumerate(claims, 1):
        p = c.proposition
        head = {"ledger": n, "contested": c.contested, "source": p.source, "type": c.signature[1], "cameo": p.cameo,
                "target": p.target, "object": p.object, "first_date": c.first_date, "last_date": c.last_date}
        for e in c.timeline:
            out.append({**head, "date": e.date, "holder": e.holder, "speaker": e.name, "stance": e.stance,
                        "quote": e.quote, "document": e.document, "start": e.start, "end": e.end})
    return out


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "plover-jsonl", "csv", "parquet"]), required=True,
              help="gdelt: GDELT 2.0 event table (61 tab-separated columns; asserted events unless --status says "
                   "otherwise) or, with --table mentions, its Mentions table; plover: PLOVER/POLECAT JSON; "
                   "plover-jsonl: the same, one record a line; csv; parquet.")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True, allow_dash=True), required=True,
              help="File to write; - for standard output.")
@click.option("--table", type=click.Choice(["events", "statements", "claims", "mentions"]), default="events",
              show_default=True, help="What to export: csv and parquet take any; gdelt events or mentions; plover events. "
              "mentions: one row per article reporting each event.")
@click.option("--window-days", type=click.IntRange(0, 366), default=1, show_default=True,
              help="Event rows with the same source, target and CAMEO code this many days apart or less are one event.")
@filter_options
def export(db: str, fmt: str, out: str, table: str, window_days: int, **filters: Any) -> None:
    """Write the store's events (or statements, claims, mentions) in a standard format, with the filters of query."""
    from ..errors import BadFilter

    kind = table if table in ("statements", "claims") else "events"
    checked = checked_filters(kind, filters)

    def run() -> None:
        from ..export import export as do_export
        from ..store import Store

        with Store.open(db, create=False) as store:
            try:
                report = do_export(store, fmt=fmt, out=out, table=table, filters=checked, window_days=window_days)
            except BadFilter as e:
                raise UsageFailure(e.message) from e
            except BrokenPipeError:
                _quiet_stdout()
                return
        where = "standard output" if out == "-" else out
        click.echo(f"wrote {report.rows} row(s) to {where}" + (f"; {report.note}" if report.note else ""), err=True)

    run_guarded(run)


def _quiet_stdout() -> None:
    """After ``| head`` closed the pipe: point standard output at /dev/null so the exit flush does not fail."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


@click.command()
@db_option
@click.option("--top", type=click.IntRange(1), default=20, show_default=True, help="How many actor pairs to show.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def stats(db: str, top: int, fmt: str) -> None:
    """Counts of what the store holds: totals, events by CAMEO root, actor pair and month."""

    def run() -> None:
        from ..store import Store
        from ..store.stats import stats as compute

        with Store.open(db, create=False) as store:
            s = compute(store, top=top)
        if fmt == "json":
            click.echo(json.dumps(s.as_dict(), indent=1))
            return
        data = s.as_dict()
        write_rows([data["totals"]], "table", sys.stdout, title="totals")
        for part in ("by_root", "by_pair", "by_month", "versions"):
            write_rows(data[part], "table", sys.stdout, title=part.replace("_", " "))

    run_guarded(run)


@click.command()
@db_option
@click.option("--all", "everything", is_flag=True, help="Recode every document, not only those coded by other versions.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes for spaCy parsing.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@actor_dict_option
@verb_dict_option
def recode(db: str, everything: bool, workers: int, quiet: bool) -> None:
    """Re-run extraction on stored texts after a dictionary or pipeline change (one transaction per document).
    Exit 1 when any document failed."""
    failed = 0

    def run() -> None:
        nonlocal failed
        from ..jobs import Hooks, recode as do_recode
        from ..pipeline import versions
        from ..store import Store
        from ..store.rows import versions_id
        from .progress import progress

        with Store.open(db, create=False) as store:
            total = len(store.document_nums(not_version=None if everything else versions_id(versions())))
            with progress(total=total, label="recode", enabled=not quiet) as tick:
                report = do_recode(store, everything=everything, workers=workers,
                                   hooks=Hooks(on_failure=report_failure, on_step=tick))
        click.echo(f"{store.url}: {report.summary()}", err=True)
        failed = report.failed

    run_guarded(run)
    if failed:
        raise SomeFailed(f"{failed} document(s) failed (tidings query failures --status recode lists them)")


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, out: IO[str], *, title: str = "") -> None:
    """Print rows as a terminal table, JSON, JSON Lines or CSV."""
    if fmt == "json":
        out.write(json.dumps(list(rows), ensure_ascii=False, indent=1) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        if rows:
            w = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    else:
        _table(rows, out, title)


_HIDDEN = {"document_hash", "version_id", "url", "trigger_start", "trigger_end", "content_start", "content_end",
           "cue_start", "cue_end", "mode", "context", "location_country", "quad_class", "stance_idx", "sentence_text"}
# short values that must stay whole when the table is squeezed to the terminal (the long ones wrap)
_WHOLE = {"event", "statement", "claim", "date", "cameo", "root", "plover", "status", "sentence", "confidence", "goldstein",
          "stance", "kind", "code", "line", "mentions", "documents", "articles"}
# left out first, in this order, when the terminal is too narrow for every column
_DROP_ORDER = ("location", "goldstein", "confidence", "sentence", "root", "source_name", "target_name", "holder_name",
               "created_at", "attributed_to", "cue_text", "kind", "prop_object", "trigger_text", "stage")


def _table(rows: Sequence[dict[str, Any]], out: IO[str], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from .table import console_width

    console = Console(file=out, width=console_width(out, 200), highlight=False, soft_wrap=False)
    if not rows:
        console.print(f"{title}: nothing")
        return
    cols = _fitting([c for c in rows[0] if c not in _HIDDEN], rows, console.width)
    t = Table(title=title)
    for c in cols:
        t.add_column(c, no_wrap=c in _WHOLE)
    for r in rows:
        t.add_row(*(_cell(r[c]) for c in cols))
    console.print(t)


def _fitting(cols: list[str], rows: Sequence[dict[str, Any]], width: int) -> list[str]:
    """The columns that fit ``width``: short values whole, long ones at least 8 characters wide (then wrapped)."""
    def need(c: str) -> int:
        longest = max([len(c)] + [len(_cell(r[c])) for r in rows[:200]])
        return 3 + (longest if c in _WHOLE else min(longest, 8))

    cols = list(cols)
    for c in _DROP_ORDER:
        if sum(need(x) for x in cols) + 1 <= width:
            break
        if c in cols:
            cols.remove(c)
    return cols


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    s = str(v)
    return s if len(s) <= 80 else s[:77] + "..."
