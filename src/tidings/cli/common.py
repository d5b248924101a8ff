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
    if f.id is not None:
        where += f" (id {f.id})"
    click.echo(f"error: {where}: {f.message} [{f.code}]", err=True)


def _dictionary_option(flag: str, help: str, install: Callable[[tuple[str, ...]], None]) -> Callable[..., Callable[..., None]]:
    """A repeatable ``--X-dict FILE`` option whose files ``install`` puts in use before the command runs."""

    def callback(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> None:
        if value:
            install(value)

    def decorate(fn: Callable[..., None]) -> Callable[..., None]:
        return click.option(flag, multiple=True, expose_value=False, callback=callback, is_eager=False,
                            type=click.Path(exists=True, dir_okay=False), help=help)(fn)

    return decorate


def _through_environment(variable: str, paths: tuple[str, ...]) -> None:
    """Name the files in the environment, so that --workers processes read the same ones."""
    import os

    os.environ[variable] = os.pathsep.join(paths)


def _install_actor_dicts(paths: tuple[str, ...]) -> None:
    from ..actors.lexicon import ENV_DICTIONARIES, use_dictionaries

    _through_environment(ENV_DICTIONARIES, paths)
    use_dictionaries(None)


def _install_verb_dicts(paths: tuple[str, ...]) -> None:
    from ..events.patterns import ENV_VERB_DICTIONARIES, use_verb_dictionaries

    _through_environment(ENV_VERB_DICTIONARIES, paths)
    use_verb_dictionaries(None)


# ``--actor-dict FILE``: extra PETRARCH/TABARI ``.actors``/``.agents`` dictionaries
actor_dict_option = _dictionary_option(
    "--actor-dict", "Extra actor dictionary in PETRARCH/TABARI .actors or .agents format (repeatable).",
    _install_actor_dicts)
# ``--verb-dict FILE``: extra PETRARCH/TABARI verb dictionaries (CAMEO.2.0.txt format)
verb_dict_option = _dictionary_option(
    "--verb-dict", "Extra verb dictionary in PETRARCH/TABARI format (CAMEO.2.0.txt; repeatable).", _install_verb_dicts)
