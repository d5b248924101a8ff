"""Issue 14: fuzz and torture. Every input is a Document or a one-line Failure with a code, never a
traceback; work and memory per article are bounded; in a batch a bad record costs only itself."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from hostile_corpus import GOOD_LINE, TRUMP, gzip_bomb
from tidings.ingest.readers import ReadOptions, iter_inputs, read_record
from tidings.records import Document, Failure

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _items(path: Path | str, **kw: object) -> list[Document | Failure]:
    return list(iter_inputs([path], **kw))  # type: ignore[arg-type]


def _codes(items: list[Document | Failure]) -> list[str]:
    return [i.code if isinstance(i, Failure) else "doc" for i in items]


# ---- readers: the inputs of the table, one by one


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("one-line.txt", "Russia warned Ukraine. " * 90_000, "E106"),  # 2 MB on one line
        ("tiny-lines.txt", "a\n" * 5_000, "E106"),  # too many lines, though short
        ("deep.json", "[" * 100_000 + "]" * 100_000, "E104"),
        ("deep-object.json", '{"a":' * 50_000 + "1" + "}" * 50_000, "E104"),
        ("quotes.txt", '"' * 10_000, "E106"),
        ("spaced-quotes.txt", '" ' * 20_000, "E106"),  # too many quotation marks
        ("huge-int.json", '{"text": "x", "n": ' + "7" * 10_000 + "}", "E104"),
    ],
)
def test_hostile_inputs_refused_with_a_code(tmp_path: Path, name: str, content: str, code: str) -> None:
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    items = _items(p)
    assert _codes(items) == [code], items
    assert "\n" not in items[0].message  # type: ignore[union-attr]


def test_hostile_inputs_jsonl_bad_lines_cost_only_themselves(tmp_path: Path) -> None:
    p = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"id": "a", "text": GOOD_LINE}),
        json.dumps({"id": "huge", "text": "Russia said. " * 92_400}),  # 1.2 M characters
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"id": "lone", "text": GOOD_LINE + " \ud800"}),  # JSON's escape for a lone surrogate
        json.dumps({"id": "nul", "text": GOOD_LINE + "\u0000"}),
        json.dumps({"id": "b", "text": GOOD_LINE}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _items(p)
    assert _codes(items) == ["doc", "E106", "E104", "doc", "E102", "doc"]
    assert [(i.line, i.id) for i in items if isinstance(i, Failure)] == [(2, "huge"), (3, None), (5, "nul")]
    lone = items[3]
    assert isinstance(lone, Document) and lone.text.endswith("\ufffd") and len(lone.text) == len(GOOD_LINE) + 2
    lone.text.encode("utf-8")  # repaired: it can be written anywhere


def test_hostile_inputs_jsonl_line_over_the_byte_cap_is_skipped_not_held(tmp_path: Path) -> None:
    p = tmp_path / "long.jsonl"
    with p.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": GOOD_LINE}) + "\n")
        f.write('{"id": "long", "text": "' + "x" * 3_000_000 + '"}\n')
        f.write(json.dumps({"id": "b", "text": GOOD_LINE}) + "\n")
    items = _items(p, options=ReadOptions(max_bytes=1_000_000))
    assert _codes(items) == ["doc", "E106", "doc"] and items[1].line == 2  # type: ignore[union-attr]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_hostile_inputs_devices_are_refused_without_reading(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    items = _items(device)
    assert _codes(items) == ["E107"] and "not a regular file" in items[0].message  # type: ignore[union-attr]


def test_hostile_inputs_fifo_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)  # nobody writes to it: opening it for reading would wait for ever
    assert _codes(_items(fifo)) == ["E107"]
    assert _codes(_items(tmp_path)) == ["E107"]  # found while walking a folder, too


def test_hostile_inputs_symlink_loop_and_unreadable_folder(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)  # a folder link back up: not followed
    assert _codes(_items(tmp_path)) == ["E107", "E107"]
    if os.geteuid() == 0:
        pytest.skip("root reads any folder: the permission case needs an ordinary user")
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert "E107" in _codes(_items(tmp_path))
    finally:
        locked.chmod(0o755)


def test_hostile_inputs_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    """Such names come back from the file system with lone surrogates, which no store or terminal takes."""
    (tmp_path / os.fsdecode(b"bad\xff.txt")).write_text(GOOD_LINE, encoding="utf-8")
    (tmp_path / os.fsdecode(b"empty\xfe.txt")).write_bytes(b"")
    items = _items(tmp_path)
    assert _codes(items) == ["doc", "E101"]
    for item in items:
        item.path.encode("utf-8")  # type: ignore[union-attr]
        if isinstance(item, Document):
            assert item.id == "bad\ufffd"


def test_hostile_inputs_gzip_is_not_inflated(tmp_path: Path) -> None:
    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip_bomb())
    assert _codes(_items(tmp_path)) == []  # .gz is not a known kind: a folder walk skips it
    assert _codes(_items(p)) == ["E102"]  # given by name, its bytes are read as they are: binary


def test_hostile_inputs_html_entity_bomb_is_bounded(tmp_path: Path) -> None:
    ents = "".join(f'<!ENTITY e{i} "{("&e%d;" % (i - 1)) * 10 if i else "boom"}">' for i in range(12))
    p = tmp_path / "bomb.html"
    p.write_text(f"<!DOCTYPE html [{ents}]><html><body><p>&e11; {GOOD_LINE}</p></body></html>", encoding="utf-8")
    items = _items(p)
    assert len(items) == 1
    if isinstance(items[0], Document):  # the entities are not expanded: the text stays small
        assert len(items[0].text) < 10_000
    many = tmp_path / "amps.html"
    many.write_text("<html><body><p>" + GOOD_LINE + " &amp;&lt;&#x202e;" * 100_000 + "</p></body></html>", encoding="utf-8")
    assert _codes(_items(many)) in (["E106"], ["E105"])


def test_hostile_inputs_read_record_api_path() -> None:
    with pytest.raises(Exception) as e:
        read_record({"text": "a " * 60_000}, name="request")
    assert getattr(e.value, "code", None) == "E106"
    assert read_record({"text": GOOD_LINE, "id": "\udfff"}, name="request").id == "\ufffd"


# ---- fuzz: hypothesis text, JSON and bytes


@FUZZ
@given(st.binary(max_size=4000))
def test_hostile_inputs_fuzz_random_bytes(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    for name in ("x.txt", "x.json", "x.jsonl", "x.html"):
        (folder / name).write_bytes(data)
        for item in _items(folder / name):
            assert isinstance(item, (Document, Failure))
            if isinstance(item, Failure):
                assert item.code.startswith("E1") and "\n" not in item.message


_SCALAR = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50)
_NESTED = _SCALAR | st.lists(_SCALAR, max_size=5) | st.dictionaries(st.text(max_size=10), _SCALAR, max_size=5)
JSON = _NESTED | st.lists(_NESTED, max_size=4) | st.dictionaries(st.text(max_size=10), _NESTED, max_size=4)


@FUZZ
@given(st.lists(JSON | st.fixed_dictionaries({"text": st.text(max_size=300)}, optional={"id": JSON, "date": JSON,
                                                                                     "title": JSON}), max_size=6))
def test_hostile_inputs_fuzz_json_records(tmp_path_factory: pytest.TempPathFactory, records: list[object]) -> None:
    p = tmp_path_factory.mktemp("json") / "c.jsonl"
    p.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    items = _items(p)
    assert len(items) == max(1, len(records))  # one item per line, or the one "no records" failure
    for item in items:
        if isinstance(item, Document):
            item.text.encode("utf-8")
            item.id.encode("utf-8")


MARKS = st.sampled_from(["\u200b", "\u200f", "\u202e", "\u2066", "\ufeff", "\x07", "\x1b[31m", "\r", "\t", "\u00a0", '"',
                         "\u201c", "\u201d", "'", "\n", "\n\n", "&amp;", "<p>", "\u0301", "\U0001f600", "\ud7ff"])


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(GOOD_LINE.split()) | MARKS | st.text(max_size=8), min_size=1, max_size=120))
def test_hostile_inputs_fuzz_texts_are_analysed_or_refused(analyze_text, pieces: list[str]) -> None:  # type: ignore[no-untyped-def]
    from tidings.pipeline import analyze_documents

    text = " ".join(pieces)
    failures: list[Failure] = []
    out = list(analyze_documents([Document(id="f", text=text)], on_failure=failures.append))
    assert len(out) + len(failures) == 1
    for a in out:
        for ev in a.events:
            assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\t \r\n"])
def test_hostile_inputs_an_empty_text_is_refused_by_the_python_api(text: str) -> None:
    """``analyze_text("")`` says the text is empty (E101), as the readers do, rather than an IndexError from
    the line segmenter; in a batch the empty text is one failure and the rest go on."""
    from tidings.errors import EmptyInput
    from tidings.pipeline import analyze_documents, analyze_text

    with pytest.raises(EmptyInput, match="empty"):
        analyze_text(text)
    failures: list[Failure] = []
    docs = [Document(id="empty", text=text), Document(id="good", text=GOOD_LINE)]
    out = [a.document.id for a in analyze_documents(docs, on_failure=failures.append)]
    assert out == ["good"] and [(f.id, f.code) for f in failures] == [("empty", "E101")]


# ---- work bounds: the pipeline itself


def test_hostile_inputs_a_stage_error_fails_that_document_only(monkeypatch: pytest.MonkeyPatch, nlp: object) -> None:
    """Issue 14's date ``20080806``: any exception in a stage is a failure record and the batch goes on."""
    from tidings.pipeline import analyze_documents

    docs = [Document(id="a", text=GOOD_LINE), Document(id="bad-date", text=TRUMP, date="20080806", path="c.jsonl", line=2),
            Document(id="c", text=GOOD_LINE.replace("Tuesday", "Friday"))]
    failures: list[Failure] = []
    out = [a.document.id for a in analyze_documents(docs, on_failure=failures.append)]
    if failures:  # this tree's office-holder lookup chokes on the date
        assert out == ["a", "c"]
        assert (failures[0].path, failures[0].line, failures[0].id, failures[0].stage) == ("c.jsonl", 2, "bad-date", "analyze")
        assert failures[0].code == "E000" and "ValueError" in failures[0].message
    else:  # a date parser upstream made it readable
        assert out == ["a", "bad-date", "c"]

    import tidings.pipeline as pipeline

    real = pipeline.analyze_parsed

    def flaky(document: Document, doc: object, **kw: object) -> object:
        if document.id == "a":
            raise RuntimeError("a stage bug")
        return real(document, doc, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyze_parsed", flaky)
    failures.clear()
    out = [a.document.id for a in analyze_documents(docs[::2], on_failure=failures.append)]
    assert out == ["c"] and [(f.id, f.code) for f in failures] == [("a", "E000")]


def test_hostile_inputs_too_many_tokens_or_sentences_after_parsing(nlp: object) -> None:
    from tidings.pipeline import analyze_documents

    failures: list[Failure] = []
    docs = [Document(id="sents", text="Yes. " * 1_200), Document(id="tokens", text=", " * 31_000),
            Document(id="ok", text=GOOD_LINE)]
    out = [a.document.id for a in analyze_documents(docs, on_failure=failures.append)]
    assert out == ["ok"]
    assert [(f.id, f.code) for f in failures] == [("sents", "E106"), ("tokens", "E106")]


_BOUNDED = """
import json, resource, sys, time
from tidings.pipeline import analyze_documents
from tidings.records import Document
for name, text in json.loads(sys.stdin.read()).items():
    failures = []
    t = time.process_time()
    out = list(analyze_documents([Document(id="x", text=text)], on_failure=failures.append))
    print(json.dumps({"name": name, "chars": len(text), "analysed": len(out), "failed": [f.code for f in failures],
                      "cpu_s": round(time.process_time() - t, 2),
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}), flush=True)
"""

TORTURE = {  # each within the limits, so each is analysed: the work it costs is what is bounded
    "quotes at the limit": ('"' + GOOD_LINE.split()[0] + '" ') * 495,
    "lines at the limit": "Russia said it.\n" * 999,
    "zero-width and RTL": "\u200b\u200f\u202e word " * 5_000,
    "controls": ("\x07\x1b[31m " + GOOD_LINE + " ") * 300,
    "one sentence": "and " * 12_000,
    "mixed quotes": ("\u201c" + GOOD_LINE + '" \'' + "\u00ab ") * 300,
}


@pytest.mark.slow
def test_hostile_inputs_torture_texts_are_bounded() -> None:
    """In one process under a 3 GB address-space limit: peak memory is checked, time only printed."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-c", _BOUNDED], input=json.dumps(TORTURE), capture_output=True, text=True,
                       preexec_fn=limit, timeout=600)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr[-2000:]
    got = [json.loads(line) for line in r.stdout.splitlines()]
    for g in got:
        print(g)
    print(f"wall {time.monotonic() - t0:.1f} s")
    assert [(g["name"], g["analysed"], g["failed"]) for g in got] == [(n, 1, []) for n in TORTURE]
    assert max(g["peak_mb"] for g in got) < 1024
