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
@actor_dict_option
@verb_dict_option
def evaluate(gold: Path, corpus: Path | None, as_json: bool, save: Path | None, workers: int) -> None:
    """Run tidings on gold articles and print precision, recall and F1 (events, statements, claims)."""
    from ..evaluate import evaluate as run, format_report

    def go() -> None:
        result = run(gold, corpus=corpus, workers=workers, save=save)
        click.echo(json.dumps(result) if as_json else format_report(result))

    run_guarded(go)
