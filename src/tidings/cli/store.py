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
from .common import actor_dict_option, report_failure, run_guarded, verb_dict_option
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
@click.option("--quiet", "-q", is_flag=True, help="Do not print each failure.")
@dask_options
@actor_dict_option
@verb_dict_option
def ingest(paths: tuple[str, ...], db: str, workers: int, strict: bool, quiet: bool, dask: str | None = None,
           partition_mb: float | None = None) -> None:
    """Analyse articles and store documents, actors, events, statements and claims (re-runs add nothing new)."""
    if dask:
        from . import scale

        if strict:
            raise click.UsageError("--strict stops at the first bad input; --dask records failures and goes on")
        run_guarded(lambda: scale.ingest(paths, db=db, dask=dask, workers=workers, partition_mb=partition_mb, quiet=quiet))
        return

    def run() -> None:
        from ..jobs import Hooks, ingest_paths
        from ..store import Store

        def on_failure(f: Failure) -> None:
            if not quiet:
                report_failure(f)

        with Store.open(db) as store:
            report = ingest_paths(store, paths, workers=workers, strict=strict, hooks=Hooks(on_failure=on_failure))
        click.echo(f"{store.url}: {report.summary()}", err=True)

    run_guarded(run)


@click.command()
@click.argument("kind", type=click.Choice(KINDS))
@db_option
@click.option("--actor", help="Actor key (PRK matches PRK.GOV), a name the actor dictionaries know "
              "(North Korea -> PRK, Moscow -> RUS.GOV), or part of a name as written.")
@click.option("--cameo", help="CAMEO code or prefix (19, 190, 0332).")
@click.option("--root", help="CAMEO root (two digits).")
@click.option("--plover", help="PLOVER event type (ACCUSE, AID, ...).")
@click.option("--status", help="Event status (asserted, claimed, denied ...), stance for statements and claims, "
              "stage for failures (ingest, analyze, store, recode).")
@click.option("--since", help="From this date (YYYY-MM-DD), inclusive.")
@click.option("--until", help="Up to this date (YYYY-MM-DD), inclusive.")
@click.option("--document", help="A document's input id or content hash.")
@click.option("--search", help="Full-text search: every word must appear (article text; statement content).")
@click.option("--limit", type=click.IntRange(1), help="At most this many rows (with --ledger: ledger claims).")
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

    def run() -> None:
        from ..store import Store, query as q

        with Store.open(db, create=False) as store:
            if ledger:
                from ..store.ledger import ledger as read_ledger

                write_ledger(read_ledger(store, q.Filters(**filters), window_days=window_days), fmt, sys.stdout)
                return
            rows = getattr(q, kind)(store, q.Filters(**filters))
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
@click.option("--format", "fmt", type=click.Choice(["gdelt", "plover", "csv", "parquet"]), required=True,
              help="gdelt: GDELT 2.0 event table (61 tab-separated columns); plover: PLOVER/POLECAT JSON; csv; parquet.")
@click.option("--out", "out", type=click.Path(dir_okay=False, writable=True), required=True, help="File to write.")
@click.option("--table", type=click.Choice(["events", "statements", "claims"]), default="events", show_default=True,
              help="What to export as csv or parquet (gdelt and plover export events).")
def export(db: str, fmt: str, out: str, table: str) -> None:
    """Write the store's events (or statements, claims) in a standard format."""

    def run() -> None:
        from ..export import export_store
        from ..store import Store

        with Store.open(db, create=False) as store:
            n = export_store(store, fmt=fmt, out=out, table=table)
        click.echo(f"wrote {n} row(s) to {out}", err=True)

    run_guarded(run)


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
@actor_dict_option
@verb_dict_option
def recode(db: str, everything: bool, workers: int) -> None:
    """Re-run extraction on stored texts after a dictionary or pipeline change (one transaction per document)."""

    def run() -> None:
        from ..jobs import Hooks, recode as do_recode
        from ..store import Store

        with Store.open(db, create=False) as store:
            report = do_recode(store, everything=everything, workers=workers, hooks=Hooks(on_failure=report_failure))
        click.echo(f"{store.url}: {report.summary()}", err=True)

    run_guarded(run)


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
           "cue_start", "cue_end", "mode", "context", "location_country", "quad_class", "stance_idx"}


def _table(rows: Sequence[dict[str, Any]], out: IO[str], title: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=200, highlight=False, soft_wrap=False)
    if not rows:
        console.print(f"{title}: nothing")
        return
    cols = [c for c in rows[0] if c not in _HIDDEN]
    t = Table(title=title)
    for c in cols:
        t.add_column(c)
    for r in rows:
        t.add_row(*(_cell(r[c]) for c in cols))
    console.print(t)


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    s = str(v)
    return s if len(s) <= 80 else s[:77] + "..."
