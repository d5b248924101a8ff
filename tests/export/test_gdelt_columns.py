"""GDELT 2.0 event table: 61 columns in GDELT's order, documented, codes mapped from actor keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.export import export_store, gdelt

GDELT_ORDER_HEAD = ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
                    "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode"]
GDELT_ORDER_TAIL = ["ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]


def test_gdelt_columns_are_61_in_gdelt_order() -> None:
    cols = gdelt.columns()
    assert len(cols) == 61 == len(set(cols))
    assert cols[:10] == GDELT_ORDER_HEAD and cols[-5:] == GDELT_ORDER_TAIL
    assert cols.index("IsRootEvent") == 25 and cols.index("Actor1Geo_Type") == 35 and cols.index("ActionGeo_Type") == 51


@pytest.mark.parametrize(
    ("key", "name", "code", "country", "group", "type1"),
    [
        ("PRK.GOV", "Kwon Jong Gun", "PRKGOV", "PRK", "", "GOV"),
        ("UKR", "Ukraine", "UKR", "UKR", "", ""),
        ("ROU.MIL", "Romanian army", "ROMMIL", "ROM", "", "MIL"),  # CAMEO keeps the old code for Romania
        ("RUS.PMC:Wagner", "Wagner", "RUS", "RUS", "", ""),  # PMC is not a CAMEO agent type
        ("NATO", "Jens Stoltenberg", "NAT", "", "NAT", "IGO"),
        ("WST", "the West", "WST", "WST", "", ""),
        ("XYZORG", "Some Forum", "", "", "", ""),
    ],
)
def test_gdelt_columns_actor_fields(key: str, name: str, code: str, country: str, group: str, type1: str) -> None:
    f = gdelt.actor_fields(key, name)
    assert len(f) == 10
    assert (f[0], f[1], f[2], f[3], f[7]) == (code, name.upper(), country, group, type1)


def test_gdelt_columns_dates_and_quad() -> None:
    assert gdelt.date_fields("2024-03-27") == ["20240327", "202403", "2024", "2024.3205"]
    assert gdelt.date_fields(None) == ["", "", "", ""]
    assert [gdelt.quad_class(r) for r in ("01", "05", "07", "11", "19")] == ["1", "1", "2", "3", "4"]


def test_gdelt_columns_export_rows(filled: object, tmp_path: Path) -> None:
    from tidings.store.query import Filters

    out = tmp_path / "g.tsv"
    n = export_store(filled, fmt="gdelt", out=str(out), filters=Filters(status="all"))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == 18
    rows = sorted((dict(zip(gdelt.columns(), line.split("\t"))) for line in lines), key=lambda r: int(r["GlobalEventID"]))
    first = rows[0]
    assert (first["Actor1Code"], first["Actor2Code"], first["EventCode"], first["EventRootCode"]) == ("PRK", "USAGOV", "072", "07")
    assert first["IsRootEvent"] == "1" and rows[1]["IsRootEvent"] == "0"  # lead paragraph vs. later
    assert first["SOURCEURL"] == "https://news.example.org/0" and len(first["DATEADDED"]) == 14
    assert first["AvgTone"] == "" and first["Actor1Geo_Lat"] == ""
    assert {r["ActionGeo_FullName"] for r in rows} == {"", "Geneva"}
    assert all(r["Day"] and r["MonthYear"] and r["Year"] and r["FractionDate"] for r in rows)
    assert {(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in rows} == {("1", "1", "1")}


def test_gdelt_columns_export_keeps_asserted_events_by_default(filled: object, tmp_path: Path) -> None:
    out = tmp_path / "g.tsv"
    assert export_store(filled, fmt="gdelt", out=str(out)) == 12  # the 6 denied "supplied" events are left out
    codes = {line.split("\t")[26] for line in out.read_text(encoding="utf-8").splitlines()}
    assert codes == {"112", "016"}
