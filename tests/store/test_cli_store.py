"""End-to-end: ``tidings ingest | query | export | stats | recode`` with the real pipeline on small texts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main

ARTICLES = [
    {"id": "kr-1", "date": "2024-03-27", "title": "North Korea denies arms deal",
     "text": "North Korea denies arms deal\nPYONGYANG, March 27. North Korea on Wednesday denied supplying weapons to Russia. "
             "\"This is a groundless fabrication,\" a foreign ministry spokesman said in a statement carried by state media.\n"},
    {"id": "ua-2", "date": "2024-04-02", "title": "Ukraine and Poland sign grain agreement",
     "text": "Ukraine and Poland sign grain agreement\nKYIV, April 2. Ukraine signed an agreement with Poland on grain transit on Tuesday, "
             "the government said. Prime Minister Denys Shmyhal said the deal would help farmers on both sides of the border.\n"},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("cli")
    path = d / "news.jsonl"
    lines = [json.dumps(a) for a in ARTICLES] + ["{not json", json.dumps({"id": "no-text"})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def ingested(corpus: Path, nlp: object) -> Path:
    db = corpus.parent / "cli.db"
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert res.exit_code == 1, res.output  # the good articles are stored; two inputs failed (issue 14)
    assert "2 stored, 0 already stored, 2 failed" in res.stderr
    return db


def test_cli_store_ingest_twice_adds_nothing(ingested: Path, corpus: Path) -> None:
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(ingested), "-q"])
    assert res.exit_code == 1  # the two bad lines are still bad
    assert "0 stored, 2 already stored, 2 failed" in res.stderr
    stats = json.loads(CliRunner().invoke(main, ["stats", "--db", str(ingested), "--format", "json"]).stdout)
    assert stats["totals"]["documents"] == 2
    assert stats["totals"]["failures"] == 2  # recorded once although seen twice


def test_cli_store_failures_are_recorded_with_stage_and_code(ingested: Path) -> None:
    import sqlite3

    con = sqlite3.connect(ingested)
    rows = con.execute("SELECT line, stage, code FROM failures ORDER BY line").fetchall()
    con.close()
    assert rows == [(3, "ingest", "E104"), (4, "ingest", "E104")]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_cli_store_query_formats(ingested: Path, fmt: str) -> None:
    res = CliRunner().invoke(main, ["query", "statements", "--db", str(ingested), "--format", fmt, "--document", "kr-1"])
    assert res.exit_code == 0, res.output
    out = res.stdout
    if fmt == "json":
        assert all(r["document"] == "kr-1" for r in json.loads(out))
    elif fmt == "jsonl":
        assert all(json.loads(line)["document"] == "kr-1" for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert all(r["document"] == "kr-1" for r in rows)
    else:
        assert "statements (" in out


def test_cli_store_query_search_finds_article_text(ingested: Path) -> None:
    res = CliRunner().invoke(main, ["query", "actors", "--db", str(ingested), "--search", "grain transit", "--format", "json"])
    assert res.exit_code == 0, res.output
    docs = json.loads(CliRunner().invoke(main, ["query", "events", "--db", str(ingested), "--search", "fabrication",
                                                "--format", "json"]).stdout)
    assert {r["document"] for r in docs} <= {"kr-1"}


def test_cli_store_export_gdelt_has_61_columns(ingested: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    res = CliRunner().invoke(main, ["export", "--db", str(ingested), "--format", "gdelt", "--out", str(out)])
    assert res.exit_code == 0, res.output
    for line in out.read_text(encoding="utf-8").splitlines():
        assert len(line.split("\t")) == 61


def test_cli_store_recode_only_touches_other_versions(ingested: Path) -> None:
    res = CliRunner().invoke(main, ["recode", "--db", str(ingested)])
    assert res.exit_code == 0, res.output
    assert "0 recoded, 2 already current" in res.stderr
    res = CliRunner().invoke(main, ["recode", "--db", str(ingested), "--all"])
    assert "2 recoded" in res.stderr


def test_cli_store_unreadable_database_is_one_line_error(tmp_path: Path) -> None:
    res = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "no" / "such" / "dir.db")])
    assert res.exit_code == 1
    assert "does not exist [E401]" in res.output


@pytest.mark.parametrize("argv", [["stats"], ["query", "events"], ["export", "--format", "csv", "--out", "x.csv"], ["recode"],
                                  ["claims"], ["query", "claims", "--ledger"]])
def test_cli_store_readers_never_create_a_database(tmp_path: Path, argv: list[str]) -> None:
    typo = tmp_path / "tidngs.db"
    res = CliRunner().invoke(main, [*argv, "--db", str(typo)])
    assert res.exit_code == 1
    assert res.output.startswith(f"Error: no database at {typo}") and res.output.count("\n") == 1
    assert not typo.exists()


def test_cli_store_query_failures_say_where_which_stage_and_why(ingested: Path) -> None:
    res = CliRunner().invoke(main, ["query", "failures", "--db", str(ingested), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert [(Path(r["path"]).name, r["line"], r["stage"], r["code"]) for r in rows] == [
        ("news.jsonl", 3, "ingest", "E104"), ("news.jsonl", 4, "ingest", "E104")]
    assert "JSON" in rows[0]["message"] and rows[1]["message"]
    res = CliRunner().invoke(main, ["query", "failures", "--db", str(ingested), "--status", "store", "--format", "json"])
    assert json.loads(res.stdout) == []
