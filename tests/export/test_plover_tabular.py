"""PLOVER/POLECAT JSON, CSV and Parquet exports."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tidings.errors import StoreError
from tidings.export import export_store


def test_plover_tabular_plover_json_records(filled: object, tmp_path: Path) -> None:
    out = tmp_path / "p.json"
    assert export_store(filled, fmt="plover", out=str(out)) == 18
    recs = json.loads(out.read_text(encoding="utf-8"))
    aid = recs[0]
    assert aid["event_type"] == "AID" and aid["status"] == "denied"
    # POLECAT's conventions: actors, recipients and contexts are lists
    assert aid["actors"] == [{"name": "Pyongyang", "key": "PRK", "country": "PRK", "sector": None, "group": None}]
    assert aid["recipients"][0]["sector"] == "GOV" and aid["attributed_to"]["key"] == "PRK.GOV"
    assert aid["contexts"] == [] and aid["confidence"] == 0.5 and aid["sentence"] == 1
    assert aid["trigger"]["text"] == "supplied" and "supplied" in aid["event_text"]


def test_plover_tabular_plover_jsonl(filled: object, tmp_path: Path) -> None:
    out = tmp_path / "p.jsonl"
    export_store(filled, fmt="plover", out=str(out))
    assert [json.loads(x)["event_type"] for x in out.read_text(encoding="utf-8").splitlines()][:3] == ["AID", "ACCUSE", "REJECT"]


@pytest.mark.parametrize(("table", "n"), [("events", 18), ("statements", 12), ("claims", 12)])
def test_plover_tabular_csv_and_parquet_agree(filled: object, tmp_path: Path, table: str, n: int) -> None:
    import pyarrow.parquet as pq

    c, p = tmp_path / f"{table}.csv", tmp_path / f"{table}.parquet"
    assert export_store(filled, fmt="csv", out=str(c), table=table) == n
    assert export_store(filled, fmt="parquet", out=str(p), table=table) == n
    with c.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    pt = pq.read_table(p)
    assert pt.num_rows == len(rows) == n and pt.column_names == list(rows[0])
    col = {"events": "trigger_start", "statements": "content_start", "claims": "content_start"}[table]
    assert str(pt.schema.field(col).type) == "int64"


def test_plover_tabular_empty_store_writes_header(tmp_path: Path) -> None:
    from tidings.store import Store

    with Store.open(str(tmp_path / "e.db")) as s:
        assert export_store(s, fmt="csv", out=str(tmp_path / "e.csv")) == 0
        assert (tmp_path / "e.csv").read_text(encoding="utf-8").startswith("event,document,date,")
        with pytest.raises(StoreError, match="unknown export format"):
            export_store(s, fmt="xml", out=str(tmp_path / "e.xml"))
