"""``tidings claims``: contested claims first, each with its timeline of stances (claims stage)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add the claims command (filled in by the claims stage)."""
