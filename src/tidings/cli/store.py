"""``tidings ingest | query | export | stats | recode``: the database shell (store stage)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add the store commands (filled in by the store stage)."""
