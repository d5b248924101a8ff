"""Read articles from plain text, HTML, JSON / JSON Lines corpora and directories.

``iter_inputs`` yields a :class:`Document` for each article and a
:class:`Failure` for each input that cannot be one; it never raises for bad
input, so a batch goes on. The record's ``text`` is the article text exactly as
read (for HTML: as extracted by trafilatura), and every offset points into it.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import (
    BinaryInput,
    EmptyInput,
    EncodingError,
    InputError,
    InputTooLarge,
    MalformedRecord,
    NoArticleBody,
    NotEnglish,
    UnreadablePath,
)
from ..records import Document, Failure
from .dates import DateOrder, article_date, parse_date

TEXT_EXT = {".txt", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT | JSON_EXT
GOLD_SUFFIXES = (".gold.json", ".gold.jsonl")

_ENGLISH = frozenset(
    "the of and to in a is that for on was with as by said it at from he his has have be are were an this "
    "which but not who their they its after will had been would also".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits for reading; one article larger than ``max_bytes`` is refused, not truncated."""

    max_bytes: int = 5_000_000
    check_language: bool = True
    default_date: str | None = None  # YYYY-MM-DD for articles whose metadata and text give none (--date)
    date_order: DateOrder | None = None  # how to read 03/04/2025 in metadata: "DMY" or "MDY" (--date-order)


def iter_inputs(paths: Iterable[str | os.PathLike[str]], *, options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    """Documents and failures from files, directories (recursively) and ``-`` (standard input)."""
    opts = options or ReadOptions()
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            try:
                yield from _read_stdin(opts)
            except InputError as e:
                yield _failure(e, Path("<stdin>"))
        elif path.is_dir():
            for f in _walk(path):
                yield from _read_file(f, opts)
        else:
            yield from _read_file(path, opts)


def iter_documents(paths: Iterable[str | os.PathLike[str]], *, options: ReadOptions | None = None) -> Iterator[Document]:
    """Only the documents; failures are dropped (use ``iter_inputs`` to see them)."""
    for item in iter_inputs(paths, options=options):
        if isinstance(item, Document):
            yield item


def read_record(obj: Any, *, name: str = "record", options: ReadOptions | None = None) -> Document:
    """One article given as a dict (``text``, optional ``id``, ``title``, ``date``, ``url``, ``source``),
    checked as a corpus line is; ``name`` stands for the file in error messages. Raises InputError."""
    clean = {k: v for k, v in obj.items() if v is not None} if isinstance(obj, dict) else obj
    try:
        return _record_document(clean, Path(name), None, options or ReadOptions())
    except InputError as e:
        e.path = e.path or name
        raise


def _walk(root: Path) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(GOLD_SUFFIXES):
                continue
            if Path(name).suffix.lower() in KNOWN_EXT:
                yield Path(dirpath) / name


def _failure(err: InputError, path: Path, line: int | None = None, rid: object = None) -> Failure:
    return Failure(path=str(path), code=err.code, message=err.message, line=line or err.line,
                   id=None if rid is None else str(rid))


def _read_file(path: Path, opts: ReadOptions) -> Iterator[Document | Failure]:
    ext = path.suffix.lower()
    try:
        if ext in JSONL_EXT:
            yield from _read_jsonl(path, opts)
            return
        raw = _read_bytes(path, opts)
        if ext in JSON_EXT:
            yield from _read_json(path, raw, opts)
        elif ext in HTML_EXT or _looks_like_html(raw):
            yield _html_document(path, raw, opts)
        else:
            text = _decode(raw, path)
            yield _checked(Document(id=path.stem, text=text, path=str(path)), opts)
    except InputError as e:
        yield _failure(e, path)


def _read_bytes(path: Path, opts: ReadOptions) -> bytes:
    try:
        size = path.stat().st_size
        if size > opts.max_bytes:
            raise InputTooLarge(
                f"file is {size / 1e6:.1f} MB, over the {opts.max_bytes / 1e6:.0f} MB limit for one article; "
                "split it or pass a JSONL corpus (one article a line)"
            )
        with path.open("rb") as f:
            return f.read()
    except FileNotFoundError as e:
        raise UnreadablePath("no such file or directory") from e
    except IsADirectoryError as e:
        raise UnreadablePath("is a directory") from e
    except PermissionError as e:
        raise UnreadablePath("permission denied") from e
    except OSError as e:
        raise UnreadablePath(f"cannot read: {e.strerror or e}") from e


def _decode(raw: bytes, path: Path) -> str:
    if not raw.strip():
        raise EmptyInput("file is empty")
    if b"\x00" in raw[:8192]:
        raise BinaryInput("file is binary (NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise EncodingError(
            f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start}); re-encode the file as UTF-8"
        ) from e
    return text


def _dated(doc: Document, opts: ReadOptions) -> Document:
    """The article date: metadata (already normalised), else the dateline or first lines, else ``--date``."""
    from dataclasses import replace

    from .zones import dateline_pattern

    if doc.date:
        return replace(doc, date_source="metadata")
    found = article_date(doc.text, dateline_pattern(), default=opts.default_date)
    return doc if found is None else replace(doc, date=found[0], date_source=found[1])


def _checked(doc: Document, opts: ReadOptions) -> Document:
    doc = _dated(doc, opts)
    if not doc.text.strip():
        raise EmptyInput("article text is empty")
    if opts.check_language:
        words = _WORD.findall(doc.text[:20000].lower())
        if len(words) >= 12:
            english = sum(1 for w in words if w in _ENGLISH)
            if english / len(words) < 0.04:
                raise NotEnglish("text does not look like English (tidings reads English news only)")
    return doc


def _looks_like_html(raw: bytes) -> bool:
    head = raw[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _html_document(path: Path, raw: bytes, opts: ReadOptions) -> Document:
    import trafilatura

    html = _decode(raw, path)
    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_precision=True)
    body = getattr(result, "text", None) if result is not None else None
    if not body or len(body.split()) < 5:
        raise NoArticleBody("HTML page has no article body that could be extracted")
    title = getattr(result, "title", None)
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    doc = Document(
        id=path.stem,
        text=text,
        title=title,
        date=_metadata_date(getattr(result, "date", None), opts),
        url=getattr(result, "url", None),
        source=getattr(result, "sitename", None) or getattr(result, "hostname", None),
        author=getattr(result, "author", None),
        path=str(path),
    )
    return _checked(doc, opts)


def _record_document(obj: Any, path: Path, line: int | None, opts: ReadOptions) -> Document:
    if not isinstance(obj, dict):
        raise MalformedRecord("record is not a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise MalformedRecord('record has no "text" string')
    rid = obj.get("id")
    if rid is None:
        rid = f"{path.stem}:{line}" if line else path.stem
    date = obj.get("date")
    doc = Document(
        id=str(rid),
        text=text,
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        date=parse_date(date, order=opts.date_order) if date not in (None, "") else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        path=str(path),
        line=line,
    )
    if len(text.encode("utf-8")) > opts.max_bytes:
        raise InputTooLarge(f"article text is over the {opts.max_bytes / 1e6:.0f} MB limit for one article")
    return _checked(doc, opts)


def _metadata_date(value: object, opts: ReadOptions) -> str | None:
    """A page's own date when it is a readable one (trafilatura may find none, or a partial one)."""
    if not value:
        return None
    try:
        return parse_date(value, order=opts.date_order)
    except InputError:
        return None


def _record_id(obj: Any) -> object:
    return obj.get("id") if isinstance(obj, dict) else None


def _read_json(path: Path, raw: bytes, opts: ReadOptions) -> Iterator[Document | Failure]:
    text = _decode(raw, path)
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        raise MalformedRecord(f"invalid JSON at line {e.lineno} column {e.colno}: {e.msg}") from e
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        try:
            yield _record_document(item, path, i + 1 if isinstance(obj, list) else None, opts)
        except InputError as e:
            yield _failure(e, path, i + 1 if isinstance(obj, list) else None, _record_id(item))


def _read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Document | Failure]:
    """Stream a JSON Lines corpus one line at a time (memory stays flat on any size)."""
    try:
        f = path.open("rb")
    except FileNotFoundError as e:
        raise UnreadablePath("no such file or directory") from e
    except PermissionError as e:
        raise UnreadablePath("permission denied") from e
    except OSError as e:
        raise UnreadablePath(f"cannot read: {e.strerror or e}") from e
    with f:
        yield from _jsonl_records(f, path, opts)


def _jsonl_records(lines: Iterable[bytes], path: Path, opts: ReadOptions) -> Iterator[Document | Failure]:
    n_records = 0
    for lineno, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        n_records += 1
        obj: Any = None
        try:
            if len(raw) > opts.max_bytes:
                raise InputTooLarge(f"line is over the {opts.max_bytes / 1e6:.0f} MB limit for one article")
            if b"\x00" in raw:
                raise BinaryInput("line holds NUL bytes (binary data)")
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                raise EncodingError(f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})") from e
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise MalformedRecord(f"invalid JSON at column {e.colno}: {e.msg}") from e
            yield _record_document(obj, path, lineno, opts)
        except InputError as e:
            yield _failure(e, path, lineno, _record_id(obj))
    if n_records == 0:
        raise EmptyInput("corpus has no records")


def _read_stdin(opts: ReadOptions) -> Iterator[Document | Failure]:
    """``-``: standard input, as JSON Lines when it starts with ``{``, otherwise one text or HTML article."""
    name = Path("<stdin>")
    stream = sys.stdin.buffer
    head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if head.lstrip().startswith(b"{"):
        yield from _jsonl_records(stream, name, opts)
        return
    raw = stream.read(opts.max_bytes + 1)
    if len(raw) > opts.max_bytes:
        raise InputTooLarge(f"input is over the {opts.max_bytes / 1e6:.0f} MB limit for one article; pass a JSONL corpus")
    if raw.lstrip().startswith(b"{"):
        yield from _jsonl_records(raw.splitlines(keepends=True), name, opts)
    elif _looks_like_html(raw):
        yield _html_document(name, raw, opts)
    else:
        yield _checked(Document(id="stdin", text=_decode(raw, name), path="-"), opts)
