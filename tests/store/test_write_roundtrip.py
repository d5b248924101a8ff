"""Writing an Analysis and reading it back gives the same records, on both backends."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings, strategies as hs
from sample_records import VERSIONS, make_analysis
from sqlalchemy import select

from tidings.records import ActorMention, Analysis, Document, Event, Statement, TextSpan
from tidings.store import Store, document_id, schema


def test_write_roundtrip_reads_back_equal(store: Store) -> None:
    a = make_analysis(2)
    assert store.write(a) is True
    assert store.analysis("doc-2") == a
    assert store.analysis(document_id(a.document.text)) == a


def test_write_roundtrip_same_text_is_stored_once(store: Store) -> None:
    a = make_analysis(1)
    assert store.write(a) is True
    assert store.write(a) is False
    renamed = Analysis(Document(id="other-id", text=a.document.text), versions=VERSIONS)
    assert store.write(renamed) is False  # the content hash decides, not the input id
    assert store.count("documents") == 1
    assert store.count("events") == 3
    assert store.count("stances") == 2


def test_write_roundtrip_records_versions_on_every_record(store: Store) -> None:
    store.write(make_analysis(0))
    with store.reading() as conn:
        vids = {conn.execute(select(t.c.version_id)).scalars().first()
                for t in (schema.documents, schema.events, schema.statements, schema.claims, schema.mentions)}
        assert len(vids) == 1
        stored = conn.execute(select(schema.versions.c.json).where(schema.versions.c.id == vids.pop())).scalar_one()
    assert json.loads(stored) == VERSIONS


def test_write_roundtrip_document_counts_match_rows(store: Store) -> None:
    for i in range(4):
        store.write(make_analysis(i))
    with store.reading() as conn:
        docs = conn.execute(select(schema.documents.c.num, schema.documents.c.n_events, schema.documents.c.n_statements)).all()
        for num, n_events, n_statements in docs:
            assert n_events == len(conn.execute(select(schema.events.c.num).where(schema.events.c.doc == num)).all())
            assert n_statements == 2


def test_write_roundtrip_recode_replaces_rows_and_versions(store: Store) -> None:
    a = make_analysis(3)
    store.write(a)
    num = store.document_nums()[0]
    newer = {**VERSIONS, "data:cameo": "4"}
    fewer = Analysis(a.document, a.lines, a.sentences, a.mentions, a.events[:1], a.statements, (), newer)
    store.replace(num, fewer)
    back = store.analysis(num)
    assert back is not None and back.events == a.events[:1] and back.claims == () and back.versions == newer
    assert store.count("stances") == 0
    assert store.document_nums(not_version="nonexistent") == [num]


_text = hs.text(alphabet=hs.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=60)
_opt = hs.one_of(hs.none(), _text)


@hs.composite
def analyses(draw: hs.DrawFn) -> Analysis:
    text = draw(_text)
    n = len(text)
    a, b = sorted((draw(hs.integers(0, n)), draw(hs.integers(0, n))))
    span = TextSpan(a, b, text[a:b])
    mention = ActorMention(a, b, text[a:b], draw(_opt), name=draw(_opt), kind=draw(hs.sampled_from(["state", "person"])),
                           evidence=draw(hs.text(max_size=10)), entity=draw(hs.one_of(hs.none(), hs.integers(-5, 50))))
    cameo = draw(hs.sampled_from(["010", "112", "0332"]))
    # the store always fills the root (the pipeline does too); an empty root would read back as cameo[:2]
    ev = Event(draw(hs.one_of(hs.none(), hs.just(mention))), None, cameo, span, 0, root=cameo[:2],
               status=draw(hs.sampled_from(["asserted", "claimed", "denied"])), plover=draw(_opt),
               goldstein=draw(hs.one_of(hs.none(), hs.floats(-10, 10, allow_nan=False))), date=draw(_opt), statement=draw(hs.one_of(hs.none(), hs.integers(0, 3))))
    st = Statement(draw(hs.one_of(hs.none(), hs.just(mention))), span, draw(hs.sampled_from(["direct", "indirect", "mixed"])), span, 0)
    doc = Document(id=draw(_text), text=text, title=draw(_opt), date=draw(_opt), url=draw(_opt), line=draw(hs.one_of(hs.none(), hs.integers(1, 10**6))))
    versions = draw(hs.dictionaries(hs.text(min_size=1, max_size=8), hs.text(max_size=8), min_size=1, max_size=3))
    return Analysis(doc, mentions=(mention,), events=(ev,), statements=(st,), versions=versions)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(analyses())
def test_write_roundtrip_hypothesis_any_record(tmp_path_factory: object, a: Analysis) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, Store.open(f"{tmp}/h.db") as store:
        assert store.write(a)
        assert store.analysis(document_id(a.document.text)) == a


def test_write_roundtrip_rejected_document_leaves_nothing_and_store_goes_on(store: Store) -> None:
    import dataclasses

    import pytest

    from tidings.store.base import RecordRejected

    good = make_analysis(0)
    broken_event = dataclasses.replace(good.events[0], cameo=None)  # type: ignore[arg-type]  # NOT NULL column
    bad = dataclasses.replace(make_analysis(1), events=(broken_event,))
    with pytest.raises(RecordRejected):
        store.write(bad)
    assert store.count("documents") == 0 and store.count("lines") == 0  # the document's rows went with it
    assert store.write(good) and store.write(make_analysis(1))  # the same connection pool goes on working
    assert store.count("documents") == 2 and store.count("events") == 6
