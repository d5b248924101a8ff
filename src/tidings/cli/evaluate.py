"""``tidings evaluate``: P/R/F1 against gold files (GUIDE section 3)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from .common import actor_dict_option, run_guarded, verb_dict_option


def register(group: click.Group) -> None:
    group.add_command(evaluate)


@click.command()
@click.argument("gold", type=click.Path(path_type=Path))
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL corpus with the article texts when the gold omits them.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the report.")
@click.option("--save", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the system output (JSON Lines) to this file.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True)
@click.option("--only", metavar="ID,ID,...", help="Score only these articles (e.g. one half of a split).")
@click.option("--half", type=(click.Path(exists=True, dir_okay=False, path_type=Path), str, str), default=None,
              metavar="HALVES.json HALF SET", help="Score only one half of a fixed split: the ids under HALF -> SET "
              "in HALVES.json (e.g. ../shared/corpus/halves.json judge dev2).")
@actor_dict_option
@verb_dict_option
def evaluate(gold: Path, corpus: Path | None, as_json: bool, save: Path | None, workers: int,
             only: str | None, half: tuple[Path, str, str] | None) -> None:
    """Run tidings on gold articles and print precision, recall and F1 (events, statements, claims),
    and the precision of events per confidence band."""
    from ..evaluate import evaluate as run, format_report

    ids = [i for i in only.split(",") if i] if only else None
    if half is not None:
        ids = (ids or []) + _half_ids(*half)

    def go() -> None:
        result = run(gold, corpus=corpus, workers=workers, save=save, only=ids)
        click.echo(json.dumps(result) if as_json else format_report(result))

    run_guarded(go)


def _half_ids(path: Path, half: str, name: str) -> list[str]:
    try:
        ids = json.loads(path.read_text(encoding="utf-8"))[half][name]
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise click.BadParameter(f"{path} has no list of ids under {half!r} -> {name!r} ({e})", param_hint="--half") from e
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise click.BadParameter(f"{path}: {half!r} -> {name!r} must be a list of ids", param_hint="--half")
    return ids
