"""Progress on standard error for long runs: a bar with the total and time left when the total is
known, a spinner with a count otherwise; nothing with ``-q`` or when standard error is not a terminal."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..ingest.readers import GOLD_SUFFIXES, JSONL_EXT, KNOWN_EXT

COUNT_LIMIT = 256_000_000  # bytes of JSON Lines worth a counting pass before the run (about a second)


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many records ``paths`` hold (files; lines of JSON Lines), or None when that is not cheap to know."""
    total = 0
    budget = COUNT_LIMIT
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            name = f.name
            if path.is_dir() and (name.startswith(".") or name.endswith(GOLD_SUFFIXES) or f.suffix.lower() not in KNOWN_EXT):
                continue
            if f.suffix.lower() not in JSONL_EXT and f.suffix.lower() != ".json":
                total += 1
                continue
            try:
                size = f.stat().st_size
            except OSError:
                total += 1
                continue
            budget -= size
            if budget < 0 or f.suffix.lower() == ".json":
                return None  # a JSON list or a corpus too large to count first: a spinner instead
            with f.open("rb") as fh:
                total += sum(1 for line in fh if line.strip())
    return total


@contextlib.contextmanager
def progress(*, total: int | None, label: str, enabled: bool) -> Iterator[Callable[[], None]]:
    """Yield a ``tick()`` that advances the bar by one."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    if total:
        columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("left"), TimeRemainingColumn())
    else:
        columns = (SpinnerColumn(), TextColumn(label + " {task.completed}"), TimeElapsedColumn())  # type: ignore[assignment]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=total or None)
        yield lambda: bar.advance(task)


@contextlib.contextmanager
def progress_for(paths: tuple[str, ...], *, enabled: bool, label: str = "documents") -> Iterator[Callable[[], None]]:
    """Progress over the records of ``paths`` (counted first when cheap)."""
    if not (enabled and sys.stderr.isatty()):
        yield lambda: None
        return
    with progress(total=count_inputs(paths), label=label, enabled=enabled) as tick:
        yield tick
