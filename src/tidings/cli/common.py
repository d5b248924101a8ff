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


def _use_actor_dicts(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> None:
    if not value:
        return
    import os

    from ..actors.lexicon import ENV_DICTIONARIES, use_dictionaries

    # through the environment, so that --workers processes read the same files
    os.environ[ENV_DICTIONARIES] = os.pathsep.join(value)
    use_dictionaries(None)


def actor_dict_option(fn: Callable[..., None]) -> Callable[..., None]:
    """``--actor-dict FILE`` (repeatable): extra PETRARCH/TABARI ``.actors``/``.agents`` dictionaries."""
    return click.option(
        "--actor-dict", multiple=True, expose_value=False, callback=_use_actor_dicts, is_eager=False,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra actor dictionary in PETRARCH/TABARI .actors or .agents format (repeatable).",
    )(fn)


def _use_verb_dicts(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> None:
    if not value:
        return
    import os

    from ..events.patterns import ENV_VERB_DICTIONARIES, use_verb_dictionaries

    os.environ[ENV_VERB_DICTIONARIES] = os.pathsep.join(value)  # --workers processes read the same files
    use_verb_dictionaries(None)


def verb_dict_option(fn: Callable[..., None]) -> Callable[..., None]:
    """``--verb-dict FILE`` (repeatable): extra PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt format)."""
    return click.option(
        "--verb-dict", multiple=True, expose_value=False, callback=_use_verb_dicts, is_eager=False,
        type=click.Path(exists=True, dir_okay=False),
        help="Extra verb dictionary in PETRARCH/TABARI format (CAMEO.2.0.txt; repeatable).",
    )(fn)
