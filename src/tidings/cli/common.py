"""Shared helpers for the CLI shells: error translation and failure reporting."""

from __future__ import annotations

from typing import Callable

import click

from ..errors import TidingsError
from ..records import Failure


def run_guarded(fn: Callable[[], None]) -> None:
    """Run ``fn``; a TidingsError becomes a one-line message and exit code 1."""
    try:
        fn()
    except TidingsError as e:
        raise click.ClickException(str(e)) from e


def report_failure(f: Failure) -> None:
    where = f"{f.path}:{f.line}" if f.line else f.path
    click.echo(f"error: {where}: {f.message} [{f.code}]", err=True)
