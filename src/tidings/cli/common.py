"""Shared helpers for the CLI shells: error translation and failure reporting."""

from __future__ import annotations

from typing import Any, Callable

import click

from ..errors import BadFilter, TidingsError
from ..records import Failure

# Exit codes, the same for every command: 0 all good, 1 some records (or the run) failed, 2 usage.
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageFailure(click.ClickException):
    """A bad option value: one line on standard error, exit code 2 (as click's own usage errors)."""

    exit_code = EXIT_USAGE


class SomeFailed(click.ClickException):
    """The run finished, but some records failed (each was reported): exit code 1."""

    exit_code = EXIT_FAILED

    def show(self, file: Any = None) -> None:
        click.echo(self.message, err=True)


def run_guarded(fn: Callable[[], None]) -> None:
    """Run ``fn``; a TidingsError becomes a one-line message and exit code 1 (a bad filter value: 2)."""
    try:
        fn()
    except BadFilter as e:
        raise UsageFailure(e.message) from e
    except TidingsError as e:
        raise click.ClickException(str(e)) from e


def date_options(fn: Callable[..., None]) -> Callable[..., None]:
    """``--date`` and ``--date-order``: how articles get a date when their metadata and text give none."""
    from ..ingest.dates import ACCEPTED

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        from ..errors import BadDate
        from ..ingest.dates import parse_date

        if value is None:
            return None
        try:
            return parse_date(value)
        except BadDate as e:
            raise UsageFailure(f"--date {value}: not a date; accepted: {ACCEPTED}") from e

    fn = click.option("--date-order", "date_order", type=click.Choice(["DMY", "MDY"], case_sensitive=False),
                      help="How to read a metadata date written 03/04/2025: day first (DMY) or month first (MDY).")(fn)
    return click.option("--date", "default_date", callback=check,
                        help="Date (YYYY-MM-DD) of articles whose metadata and text give none (plain text); "
                             "also the year for a dateline without one.")(fn)


def read_options(default_date: str | None, date_order: str | None) -> Any:
    from ..ingest.readers import ReadOptions

    return ReadOptions(default_date=default_date, date_order=date_order.upper() if date_order else None)  # type: ignore[arg-type]


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
