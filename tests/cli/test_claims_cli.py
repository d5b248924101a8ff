"""``tidings claims`` over articles and over a store, and ``tidings query claims --ledger``.

Both read the same cross-document ledger: the store keeps every claim and
stance, so reading them back merges to exactly what analysing the articles gives.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main

# Written for this test: one side accuses, the other denies, a week later both repeat themselves.
ARTICLES = [
    {"id": "az-1", "date": "2024-05-02", "title": "Azerbaijan accuses Armenia of shelling border villages",
     "text": "Azerbaijan accuses Armenia of shelling border villages\nBAKU, May 2. Azerbaijan's defence ministry accused "
             "Armenia on Thursday of shelling villages along the border overnight.\n\"Armenian forces opened fire on our "
             "positions,\" the ministry said in a statement.\nArmenia denied shelling the villages and called the report a "
             "provocation.\n"},
    {"id": "am-2", "date": "2024-05-09", "title": "Armenia rejects Azerbaijani shelling claims",
     "text": "Armenia rejects Azerbaijani shelling claims\nYEREVAN, May 9. Armenia's foreign ministry on Thursday again denied "
             "that its troops had shelled Azerbaijani villages, calling the accusations baseless.\nAzerbaijan repeated its "
             "accusation that Armenia had shelled the villages.\n"},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("claims") / "news.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def db(corpus: Path, nlp: object) -> Path:
    out = corpus.parent / "claims.db"
    res = CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(out), "-q"])
    assert res.exit_code == 0, res.output
    return out


def _json(argv: list[str]) -> list[dict[str, object]]:
    res = CliRunner().invoke(main, argv)
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def test_claims_cli_store_gives_the_ledger_of_the_articles(corpus: Path, db: Path) -> None:
    from_paths = _json(["claims", str(corpus), "--all", "--format", "json"])
    from_store = _json(["claims", "--db", str(db), "--all", "--format", "json"])
    assert from_store == from_paths
    contested = [c for c in from_store if c["contested"]]
    assert contested, from_store
    docs = {e["document"] for c in contested for e in c["timeline"]}  # type: ignore[attr-defined]
    assert docs == {"az-1", "am-2"}  # merged across the two articles, a week apart


def test_claims_cli_store_table_shows_timeline(db: Path) -> None:
    res = CliRunner().invoke(main, ["claims", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "contested" in res.stdout and "2024-05-02" in res.stdout and "2024-05-09" in res.stdout
    assert "denies" in res.stdout and "asserts" in res.stdout


def test_claims_cli_query_ledger_formats(db: Path) -> None:
    records = _json(["query", "claims", "--ledger", "--db", str(db), "--format", "json"])
    assert records == _json(["claims", "--db", str(db), "--all", "--format", "json"])  # query lists all, contested first
    res = CliRunner().invoke(main, ["query", "claims", "--ledger", "--db", str(db), "--format", "jsonl"])
    assert [json.loads(line) for line in res.stdout.splitlines()] == records
    res = CliRunner().invoke(main, ["query", "claims", "--ledger", "--db", str(db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert len(rows) == sum(len(r["timeline"]) for r in records)  # type: ignore[arg-type]
    first = records[0]["timeline"][0]  # type: ignore[index]
    assert (rows[0]["ledger"], rows[0]["stance"], rows[0]["document"], int(rows[0]["start"])) == (
        "1", first["stance"], first["document"], first["start"])


def test_claims_cli_query_ledger_filters(db: Path) -> None:
    assert _json(["query", "claims", "--ledger", "--db", str(db), "--plover", "AID", "--format", "json"]) == []
    by_doc = _json(["query", "claims", "--ledger", "--db", str(db), "--document", "am-2", "--format", "json"])
    assert by_doc and all("am-2" in c["documents"] for c in by_doc)  # type: ignore[operator]


def test_claims_cli_paths_and_db_together_is_a_usage_error(corpus: Path, db: Path) -> None:
    res = CliRunner().invoke(main, ["claims", str(corpus), "--db", str(db)])
    assert res.exit_code == 2 and "not both" in res.output
    res = CliRunner().invoke(main, ["query", "events", "--ledger", "--db", str(db)])
    assert res.exit_code == 2 and "--ledger goes with 'query claims'" in res.output
