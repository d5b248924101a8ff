"""Ingest: every kind of input becomes a Document or a one-line Failure, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.errors import EncodingError
from tidings.ingest.readers import ReadOptions, iter_inputs
from tidings.records import Document, Failure

ARTICLE = (
    "Kenya and Ethiopia sign water-sharing pact\n"
    "NAIROBI, May 4 — Kenya and Ethiopia signed an agreement on Monday to share water from the Omo river, "
    "the two governments said in a joint statement.\n"
    "Kenyan Foreign Minister Musalia Mudavadi said the deal would end years of tension over the dam.\n"
)


def _one(path: Path, **kw) -> Document | Failure:
    items = list(iter_inputs([path], **kw))
    assert len(items) == 1
    return items[0]


def test_readers_plain_text_keeps_text_exactly(tmp_path: Path) -> None:
    p = tmp_path / "kenya.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    doc = _one(p)
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE and doc.id == "kenya"


def test_readers_utf8_bom_is_dropped_but_text_kept(tmp_path: Path) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    doc = _one(p)
    assert isinstance(doc, Document) and doc.text == ARTICLE


@pytest.mark.parametrize(
    "content, code, words",
    [
        (b"", "E101", "empty"),
        (b"   \n\n  ", "E101", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E102", "binary"),
        (ARTICLE.encode("utf-16"), "E102", "binary"),
        ("Caf\u00e9 owners in Paris protested on Monday against new rules.".encode("latin-1"), "E103", "UTF-8"),
    ],
)
def test_readers_bad_text_files_fail_with_code(tmp_path: Path, content: bytes, code: str, words: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    f = _one(p)
    assert isinstance(f, Failure)
    assert f.code == code and words in f.message and f.path == str(p)


def test_readers_encoding_error_names_the_byte(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    p.write_bytes("Le pr\u00e9sident a parl\u00e9 with reporters in the capital on Sunday.".encode("latin-1"))
    f = _one(p)
    assert isinstance(f, Failure) and f.code == EncodingError.code
    assert "0xe9" in f.message and "offset" in f.message


def test_readers_too_large_file_is_refused_not_truncated(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:  # 50 MB of real words, written in chunks
        chunk = (ARTICLE * 200).encode()
        while fh.tell() < 50_000_000:
            fh.write(chunk)
    f = _one(p)
    assert isinstance(f, Failure) and f.code == "E106" and "MB" in f.message


def test_readers_missing_path_is_a_failure(tmp_path: Path) -> None:
    f = _one(tmp_path / "nowhere.txt")
    assert isinstance(f, Failure) and f.code == "E107" and "no such file" in f.message


def test_readers_non_english_text_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "de.txt"
    p.write_text(
        "Die Bundesregierung hat am Montag neue Sanktionen gegen mehrere Unternehmen verh\u00e4ngt. "
        "Der Au\u00dfenminister sagte, man werde die Lage weiter genau beobachten und mit den Partnern "
        "in Br\u00fcssel eng zusammenarbeiten, um eine gemeinsame Antwort zu finden.",
        encoding="utf-8",
    )
    f = _one(p)
    assert isinstance(f, Failure) and f.code == "E108"


def test_readers_short_non_english_paragraph_is_refused_but_short_english_headline_is_kept(tmp_path: Path) -> None:
    es = tmp_path / "es.txt"
    es.write_text(
        "El presidente dijo el lunes que el gobierno no aceptar\u00e1 las sanciones impuestas contra sus empresas.",
        encoding="utf-8",
    )
    f = _one(es)
    assert isinstance(f, Failure) and f.code == "E108"
    en = tmp_path / "en.txt"
    en.write_text("Sudan army shells RSF positions near El Fasher market, killing dozens\n", encoding="utf-8")
    assert not isinstance(_one(en), Failure)


def test_readers_jsonl_streams_records_and_reports_bad_lines(tmp_path: Path) -> None:
    p = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "k1", "text": ARTICLE, "date": "2024-05-04T10:00:00Z", "title": "Pact"}),
        "{not json",
        json.dumps({"id": "k2", "title": "no text"}),
        "",
        json.dumps({"text": ARTICLE.replace("Monday", "Tuesday")}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_inputs([p]))
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [d.id for d in docs] == ["k1", "corpus:5"]
    assert docs[0].date == "2024-05-04" and docs[0].title == "Pact" and docs[0].line == 1
    assert [(f.line, f.code) for f in fails] == [(2, "E104"), (3, "E104")]
    assert "invalid JSON" in fails[0].message and '"text"' in fails[1].message


def test_readers_html_extracts_body_title_and_date(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}</p>" for s in ARTICLE.splitlines()[1:] * 3)
    html = (
        "<!DOCTYPE html><html><head><title>Kenya and Ethiopia sign pact</title>"
        '<meta property="article:published_time" content="2024-05-04"></head>'
        f"<body><nav>Home | World</nav><article><h1>Kenya and Ethiopia sign pact</h1>{body}</article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    p = tmp_path / "page.html"
    p.write_text(html, encoding="utf-8")
    doc = _one(p)
    assert isinstance(doc, Document)
    assert "Omo river" in doc.text and "Home | World" not in doc.text
    assert doc.title == "Kenya and Ethiopia sign pact" and doc.date == "2024-05-04"


def test_readers_html_without_body_fails(tmp_path: Path) -> None:
    p = tmp_path / "empty.html"
    p.write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>", encoding="utf-8")
    f = _one(p)
    assert isinstance(f, Failure) and f.code == "E105"


def test_readers_malformed_html_still_read(tmp_path: Path) -> None:
    body = "".join(f"<p>{s}" for s in ARTICLE.splitlines()[1:] * 3)  # unclosed tags
    p = tmp_path / "broken.htm"
    p.write_text(f"<html><body><div><article>{body}</div>", encoding="utf-8")
    doc = _one(p)
    assert isinstance(doc, Document) and "Mudavadi" in doc.text


def test_readers_directory_recurses_and_skips_gold_files(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.gold.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    ids = [d.id for d in iter_inputs([tmp_path]) if isinstance(d, Document)]
    assert sorted(ids) == ["one", "two"]


def test_readers_limit_is_configurable(tmp_path: Path) -> None:
    p = tmp_path / "k.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    f = _one(p, options=ReadOptions(max_bytes=100))
    assert isinstance(f, Failure) and f.code == "E106"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8"))


def test_readers_stdin_text_article(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, ARTICLE.encode("utf-8"))
    (doc,) = list(iter_inputs(["-"]))
    assert isinstance(doc, Document) and doc.text == ARTICLE and doc.id == "stdin"


def test_readers_stdin_jsonl_stream_with_a_bad_line(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps({"id": "s1", "text": ARTICLE}), "{oops", json.dumps({"id": "s2", "text": ARTICLE})]
    _stdin(monkeypatch, ("\n".join(lines) + "\n").encode("utf-8"))
    items = list(iter_inputs(["-"]))
    assert [type(i).__name__ for i in items] == ["Document", "Failure", "Document"]
    assert items[1].line == 2 and items[1].code == "E104" and items[1].path == "<stdin>"


def test_readers_stdin_empty_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b"")
    (f,) = list(iter_inputs(["-"]))
    assert isinstance(f, Failure) and f.code == "E101"
