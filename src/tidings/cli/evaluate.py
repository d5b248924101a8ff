"""``tidings evaluate``: P/R/F1 against gold files (GUIDE section 3)."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Filled in below once the scorer exists."""
