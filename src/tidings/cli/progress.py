"""A progress bar on standard error for multi-document runs."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import Callable, Iterator


@contextlib.contextmanager
def progress_for(paths: tuple[str, ...], *, enabled: bool) -> Iterator[Callable[[], None]]:
    """Yield a ``tick()``; shows a bar only for several inputs and on a terminal."""
    many = len(paths) > 1 or any(Path(p).is_dir() or Path(p).suffix.lower() in {".jsonl", ".ndjson"} for p in paths)
    if not (enabled and many and sys.stderr.isatty()):
        yield lambda: None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("analyse", total=None)
        yield lambda: bar.advance(task)
