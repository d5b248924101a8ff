"""One text from many outlets, one event reported many times (issue 11), and the migration that brings old stores along."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sample_records import make_analysis
from sqlalchemy import select, text

from tidings.export import export_store, gdelt
from tidings.records import Analysis
from tidings.store import Store, query
from tidings.store.query import Filters


def _copy(a: Analysis, id: str, source: str | None, url: str | None, date: str | None = None) -> Analysis:
    d = dataclasses.replace(a.document, id=id, source=source, url=url, date=date or a.document.date)
    return dataclasses.replace(a, document=d)


def _gdelt(store: Store, out: Path, **kw: object) -> list[dict[str, str]]:
    export_store(store, fmt="gdelt", out=str(out), **kw)  # type: ignore[arg-type]
    return [dict(zip(gdelt.columns(), ln.split("\t"))) for ln in out.read_text(encoding="utf-8").splitlines()]


def test_copies_same_text_under_three_ids_keeps_every_id(store_url: str, tmp_path: Path) -> None:
    a = make_analysis(0, date="2025-03-03")
    with Store.open(store_url) as s:
        assert s.write(_copy(a, "wire-1", "Daily Wire Service", "https://wire.example/1")) is True
        assert s.write(_copy(a, "paper-2", "The Coast Herald", "https://herald.example/2")) is False  # same text
        assert s.add_copy(_copy(a, "radio-3", "Radio Horn", None).document) is True
        assert s.add_copy(_copy(a, "radio-3", "Radio Horn", None).document) is False  # idempotent
        assert s.count("documents") == 1 and s.count("copies") == 3
        for ref in ("wire-1", "paper-2", "radio-3"):
            assert len(query.events(s, Filters(document=ref))) == 3
            found = s.analysis(ref)
            assert found is not None and found.document.id == "wire-1"
        rows = {r["GlobalEventID"]: r for r in _gdelt(s, tmp_path / "g.tsv", filters=Filters(status="all"))}
        assert len(rows) == 3
        assert {(r["NumMentions"], r["NumSources"], r["NumArticles"]) for r in rows.values()} == {("3", "3", "3")}


def test_copies_same_event_from_two_articles_is_one_event(store_url: str, tmp_path: Path) -> None:
    with Store.open(store_url) as s:
        # articles 0 and 4 have the same cast (Pyongyang, Washington): their events coincide when their dates do
        s.write(make_analysis(0, date="2025-03-03"))
        s.write(make_analysis(4, date="2025-03-04"))
        s.write(make_analysis(8, date="2025-04-20"))  # same cast, seven weeks later: another event
        rows = _gdelt(s, tmp_path / "g.tsv")
        accuse = sorted((r for r in rows if r["EventCode"] == "112"), key=lambda r: int(r["GlobalEventID"]))
        assert [(r["NumMentions"], r["NumArticles"], r["NumSources"]) for r in accuse] == [("2", "2", "1"), ("1", "1", "1")]
        assert accuse[0]["Day"] == "20250303"  # the first report's date
        out = tmp_path / "m.csv"
        export_store(s, fmt="csv", out=str(out), table="mentions", filters=Filters(cameo="112"))
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("event,mention,document,")
        assert sorted(ln.split(",")[2] for ln in lines[1:]) == ["doc-0", "doc-4", "doc-8"]
        assert len({ln.split(",")[0] for ln in lines[1:]}) == 2  # two events, three mentions


def test_copies_migration_brings_an_old_store_along(store_url: str) -> None:
    """A store written before migration 3 (no copies, no confidence, unchecked dates) opens and migrates."""
    path = store_url
    with Store.open(str(path)) as s:
        s.write(make_analysis(0, date="2025-03-03"))
        s.write(make_analysis(1, date="2025-03-04"))
    with Store.open(str(path), migrate=False) as s, s.engine.begin() as conn:
        conn.execute(text("DROP TABLE copies"))
        conn.execute(text("ALTER TABLE documents DROP COLUMN date_source"))
        conn.execute(text("ALTER TABLE events DROP COLUMN confidence"))
        conn.execute(text("DELETE FROM migrations WHERE version >= 3"))
        conn.execute(text("UPDATE documents SET date = '20080806' WHERE input_id = 'doc-0'"))
        conn.execute(text("UPDATE documents SET date = 'yesterday' WHERE input_id = 'doc-1'"))
    with Store.open(str(path)) as s:
        assert s.count("copies") == 2
        with s.reading() as conn:
            d = conn.execute(text("SELECT input_id, date, date_source FROM documents ORDER BY num")).fetchall()
            assert [tuple(r) for r in d] == [("doc-0", "2008-08-06", "metadata"), ("doc-1", None, None)]
            assert conn.execute(select(text("count(*)")).select_from(text("events")).where(
                text("confidence IS NULL"))).scalar() == 6
        a = s.analysis("doc-0")
        assert a is not None and a.events[0].confidence == 0.5  # rows coded before confidence read back with the default
        assert query.events(s, Filters(document="doc-1"))


def test_copies_actor_name_is_the_most_frequent_one(store_url: str) -> None:
    from tidings.records import ActorMention

    a = make_analysis(0)
    t = a.document.text
    extra = tuple(ActorMention(0, 9, t[0:9], "IRN.GOV", name=n, kind="state") for n in ("Iran", "Western diplomats", "Iran"))
    with Store.open(store_url) as s:
        s.write(dataclasses.replace(a, mentions=a.mentions + extra))
        [row] = query.actors(s, Filters(actor="IRN"))
        assert (row["key"], row["name"], row["mentions"]) == ("IRN.GOV", "Iran", 3)
