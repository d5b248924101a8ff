"""``tidings claims``: contested claims first, each with its timeline of stances.

Over articles given as paths (analysed on the fly), or over a store
(``--db``, or no paths at all: the default database) built by ``tidings ingest``.
"""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING, Iterator

import click

from ..records import Claim, Document, Failure

if TYPE_CHECKING:
    from ..claims import LedgerClaim
from .common import SomeFailed, report_failure, run_guarded


def register(group: click.Group) -> None:
    group.add_command(claims)


@click.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--db", "db", help="Read the claims of this store (SQLite path or postgresql:// URL) instead of analysing "
              "paths; with no paths and no --db: $TIDINGS_DB, else tidings.db.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: terminal view; json: a list of ledger claims with their timelines.")
@click.option("--window-days", type=click.IntRange(0, 36500), default=90, show_default=True,
              help="Claims with the same signature this many days apart or less are the same claim.")
@click.option("--all", "show_all", is_flag=True, help="Also list claims no one denies (repeated claims).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Processes for spaCy parsing.")
@click.option("--strict", is_flag=True, help="Stop at the first bad input instead of skipping it.")
@click.option("--quiet", "-q", is_flag=True, help="Accepted for symmetry with analyze; claims prints no progress bar.")
def claims(paths: tuple[str, ...], db: str | None, fmt: str, window_days: int, show_all: bool, workers: int, strict: bool,
           quiet: bool) -> None:
    """Who asserts, denies, repeats or questions which proposition, across the given articles or a store."""
    if paths and db:
        raise click.UsageError("give article paths or --db, not both (tidings ingest adds articles to a store)")
    if paths:
        run_guarded(lambda: _claims(paths, fmt, window_days, show_all, workers, strict))
    else:
        run_guarded(lambda: _stored_claims(db or os.environ.get("TIDINGS_DB") or "tidings.db", fmt, window_days, show_all))


def _stored_claims(db: str, fmt: str, window_days: int, show_all: bool) -> None:
    from ..store import Store
    from ..store.ledger import ledger

    with Store.open(db, create=False) as store:
        merged = ledger(store, window_days=window_days)
    _show(merged, fmt, show_all)


def _pairs(paths: tuple[str, ...], workers: int, strict: bool, failures: list[Failure], seen: list[str]) -> Iterator[tuple[Document, Claim]]:
    from ..pipeline import analyze_paths

    def on_failure(f: Failure) -> None:
        failures.append(f)
        report_failure(f)

    for analysis in analyze_paths(paths, workers=workers, strict=strict, on_failure=on_failure):
        seen.append(analysis.document.id)
        for claim in analysis.claims:
            yield analysis.document, claim


def _claims(paths: tuple[str, ...], fmt: str, window_days: int, show_all: bool, workers: int, strict: bool) -> None:
    from ..claims import merge

    failures: list[Failure] = []
    seen: list[str] = []
    ledger = merge(_pairs(paths, workers, strict, failures, seen), window_days=window_days)
    if not seen:
        raise click.ClickException(f"no document could be analysed ({len(failures)} input(s) failed)")
    _show(ledger, fmt, show_all)
    if failures:  # exit codes agree across commands: some records failed -> 1
        raise SomeFailed(f"{len(failures)} input(s) skipped")


def _show(ledger: list[LedgerClaim], fmt: str, show_all: bool) -> None:
    """Contested claims (all with ``show_all``) as the terminal view or JSON."""
    from ..claims import as_record

    shown = ledger if show_all else [c for c in ledger if c.contested]
    if fmt == "json":
        click.echo(json.dumps([as_record(c) for c in shown], ensure_ascii=False, indent=1))
    else:
        from .claims_table import print_ledger

        print_ledger(shown, total=len(ledger))
