"""The ``tidings`` command: a thin shell over the library.

Each sub-module registers its commands on the group; handlers parse options,
call library functions and print. ``TidingsError`` becomes a one-line message
with exit code 1, never a traceback.
"""

from __future__ import annotations

import click

from .. import __version__
from . import analyze, claims, evaluate, serve, store


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tidings")
def main() -> None:
    """Read international news; write who did what to whom, who said what, and who claims what."""


for _module in (analyze, evaluate, claims, store, serve):
    _module.register(main)
