"""Issue 11, end to end through the CLI: dated rows, asserted-only GDELT, copies counted, bad values refused.

The articles are written for this test (invented events between real countries).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tidings.cli import main
from tidings.export import gdelt

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

TALKS = ("Turkey said on Monday it would host a new round of talks between Russian and Ukrainian negotiators on "
         "shipping in the Black Sea. Russia accused Ukraine of attacking a grain convoy, a charge Kyiv denied.")
DATELINED = ("Turkey offers to host Black Sea shipping talks\n"
             "ISTANBUL, March 3, 2025 — Egypt and Sudan signed an agreement on Monday to share water from the Nile, "
             "the two governments said in a joint statement.\n")
UNDATED = ("Kenya and Ethiopia sign border trade pact\n"
           "Kenya and Ethiopia signed an agreement on Tuesday to reopen two border crossings, the foreign ministry said.\n")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: object) -> Path:
    d = tmp_path_factory.mktemp("grade")
    corpus = d / "wire.jsonl"
    records = [
        {"id": "wire-1", "source": "Daily Wire Service", "url": "https://wire.example/1", "date": "20250303", "text": TALKS},
        {"id": "paper-2", "source": "The Coast Herald", "url": "https://herald.example/2", "date": "March 3, 2025",
         "text": TALKS},
        {"id": "radio-3", "source": "Radio Horn", "url": "https://radio.example/3", "date": "2025-03-03", "text": TALKS},
        {"id": "late-4", "date": "yesterday", "text": DATELINED},
    ]
    corpus.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (d / "istanbul.txt").write_text(DATELINED, encoding="utf-8")
    (d / "nairobi.txt").write_text(UNDATED, encoding="utf-8")
    db = d / "grade.db"
    run = CliRunner().invoke(main, ["ingest", str(EXAMPLES), str(corpus), str(d / "istanbul.txt"), "--db", str(db), "-q"])
    assert run.exit_code == 1, run.output  # one record failed: the rest is stored
    assert "12 stored, 0 already stored, 1 failed (14 documents read); 2 more copies" in run.stderr
    run = CliRunner().invoke(main, ["ingest", str(d / "nairobi.txt"), "--db", str(db), "--date", "2025-03-04"])
    assert run.exit_code == 0, run.output
    return db


def _gdelt(db: Path, *extra: str) -> list[dict[str, str]]:
    res = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "gdelt", "--out", "-", *extra])
    assert res.exit_code == 0, res.output
    return [dict(zip(gdelt.columns(), ln.split("\t"))) for ln in res.stdout.splitlines()]


def test_dataset_grade_bad_date_is_refused_with_id_and_line(store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "failures", "--db", str(store), "--format", "json"])
    [f] = json.loads(res.stdout)
    assert (Path(f["path"]).name, f["line"], f["document"], f["code"]) == ("wire.jsonl", 4, "late-4", "E109")
    assert "'yesterday' is not a date" in f["message"]


def test_dataset_grade_every_gdelt_row_is_dated(store: Path) -> None:
    assert all(r["Day"] and r["MonthYear"] and r["Year"] and r["FractionDate"] for r in _gdelt(store))
    rows = _gdelt(store, "--status", "all")
    assert len(rows) > 50
    assert all(r["Day"] and r["MonthYear"] and r["Year"] and r["FractionDate"] for r in rows)
    days = {r["SOURCEURL"].rsplit("/", 1)[-1]: r["Day"] for r in rows}
    assert days["01-moldova-accuses-russia.txt"] == "20250414" and days["istanbul.txt"] == "20250303"
    assert days["nairobi.txt"] == "20250304"  # --date


def test_dataset_grade_gdelt_holds_asserted_events_unless_told(store: Path) -> None:
    asserted = _gdelt(store)
    everything = _gdelt(store, "--status", "all")
    assert 0 < len(asserted) < len(everything)
    statuses = {r["status"] for r in json.loads(CliRunner().invoke(
        main, ["query", "events", "--db", str(store), "--format", "json", "--status", "claimed,denied"]).stdout)}
    assert statuses == {"claimed", "denied"}
    ids = {r["GlobalEventID"] for r in asserted}
    claimed = json.loads(CliRunner().invoke(main, ["query", "events", "--db", str(store), "--format", "json",
                                                   "--status", "claimed"]).stdout)
    assert claimed and not ids & {str(r["event"]) for r in claimed}


def test_dataset_grade_three_outlets_one_text(store: Path) -> None:
    for ref in ("wire-1", "paper-2", "radio-3"):
        res = CliRunner().invoke(main, ["query", "events", "--db", str(store), "--document", ref, "--format", "json"])
        assert json.loads(res.stdout), ref
    rows = [r for r in _gdelt(store, "--status", "all") if r["SOURCEURL"] == "https://wire.example/1"]
    assert rows and {(r["NumArticles"], r["NumSources"]) for r in rows} == {("3", "3")}
    res = CliRunner().invoke(main, ["export", "--db", str(store), "--format", "csv", "--table", "mentions", "--out", "-",
                                    "--document", "paper-2", "--status", "all"])
    mentions = list(csv.DictReader(io.StringIO(res.stdout)))
    assert {m["source"] for m in mentions} == {"Daily Wire Service", "The Coast Herald", "Radio Horn"}


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["query", "events", "--plover", "NOTATYPE"], "accepted: AGREE, CONSULT"),
        (["query", "events", "--since", "2024-13-45"], "accepted: YYYY-MM-DD"),
        (["query", "events", "--since", "yesterday"], "accepted: YYYY-MM-DD"),
        (["query", "events", "--status", "bogus"], "accepted: asserted, claimed, denied"),
        (["query", "events", "--cameo", "999"], "not a CAMEO code"),
        (["query", "events", "--root", "21"], "accepted: 01 to 20"),
        (["query", "events", "--min-confidence", "2"], "accepted: 0 to 1"),
        (["query", "statements", "--status", "claimed"], "accepted: asserts, denies"),
        (["export", "--format", "gdelt", "--out", "-", "--plover", "NOTATYPE"], "accepted: AGREE"),
        (["export", "--format", "gdelt", "--out", "-", "--table", "statements"], "use --format csv or parquet"),
        (["ingest", "x.txt", "--date", "tomorrow"], "--date tomorrow: not a date"),
    ],
)
def test_dataset_grade_bad_values_exit_2_naming_what_is_accepted(store: Path, argv: list[str], needle: str) -> None:
    res = CliRunner().invoke(main, [*argv, "--db", str(store)])
    assert res.exit_code == 2, res.output
    assert needle in res.stderr and res.stderr.count("\n") == 1


def test_dataset_grade_csv_codes_stay_text(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    res = CliRunner().invoke(main, ["export", "--db", str(store), "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0 and not (tmp_path / "-").exists()
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {"status", "attributed_to", "confidence", "sentence_text"} <= set(rows[0])
    codes = {r["cameo"] for r in rows}
    assert "C016" in codes and all(c.startswith("C") and c[1:].isdigit() for c in codes)
    import duckdb
    import pandas as pd

    frame = pd.read_csv(out)  # no dtype options: the codes keep their leading zeros
    assert "C016" in set(frame["cameo"]) and "C01" in set(frame["root"])
    rel = duckdb.sql(f"SELECT * FROM read_csv_auto('{out}')")
    types = dict(zip(rel.columns, [str(t) for t in rel.types]))
    assert types["cameo"] == "VARCHAR" and types["root"] == "VARCHAR"


def test_dataset_grade_plover_jsonl_says_what_it_left_out(store: Path) -> None:
    res = CliRunner().invoke(main, ["export", "--db", str(store), "--format", "plover-jsonl", "--out", "-"])
    assert res.exit_code == 0
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert recs and all(r["event_type"] for r in recs)
    assert {"status", "attributed_to", "confidence", "event_text", "actors", "recipients", "contexts"} <= set(recs[0])
    assert "without a PLOVER type left out" in res.stderr


def test_dataset_grade_stats_months_are_real(store: Path) -> None:
    res = CliRunner().invoke(main, ["stats", "--db", str(store), "--format", "json"])
    months = [m["month"] for m in json.loads(res.stdout)["by_month"]]
    assert months and all(len(m) == 7 and m[:4].isdigit() and m[5:].isdigit() for m in months)


def test_dataset_grade_analyze_explain_table_and_out_dash(tmp_path: Path) -> None:
    p = tmp_path / "istanbul.txt"
    p.write_text(DATELINED, encoding="utf-8")
    res = CliRunner().invoke(main, ["analyze", str(p), "--explain"])
    assert res.exit_code == 0, res.output
    assert "pattern" in res.stdout and "evidence" in res.stdout and "2025-03-03 (dateline)" in res.stdout
    res = CliRunner().invoke(main, ["analyze", str(p), "--format", "jsonl", "--out", "-"])
    assert res.exit_code == 0 and json.loads(res.stdout)["metadata"]["date_source"] == "dateline"
    assert not Path("-").exists()


def test_dataset_grade_a_filter_that_does_not_apply_is_refused(store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "statements", "--db", str(store), "--plover", "ACCUSE"])
    assert res.exit_code == 2 and "--plover does not filter statements; it filters events, claims" in res.stderr
    res = CliRunner().invoke(main, ["export", "--db", str(store), "--format", "csv", "--table", "claims", "--out", "-",
                                    "--min-confidence", "0.5"])
    assert res.exit_code == 2 and "--min-confidence does not filter claims" in res.stderr
