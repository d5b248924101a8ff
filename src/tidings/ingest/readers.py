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
import stat
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
_QUOTE_MARKS = ('"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb")
_SURROGATE = re.compile("[\ud800-\udfff]")
_JSON_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Limits for reading. An article over a limit is refused with E106, never truncated or split:
    its id and offsets would no longer be those of the text the user gave."""

    max_bytes: int = 5_000_000  # bytes read from one file (or one JSONL line) before decoding
    check_language: bool = True
    default_date: str | None = None  # YYYY-MM-DD for articles whose metadata and text give none (--date)
    date_order: DateOrder | None = None  # how to read 03/04/2025 in metadata: "DMY" or "MDY" (--date-order)
    max_chars: int = 100_000  # characters of one article's text (~15,000 words; spaCy itself stops at 1,000,000)
    max_lines: int = 2_000  # lines of one article (the stages' work grows with lines and sentences)
    max_word: int = 1_000  # characters without a space (spaCy's tokenizer is quadratic in one such run)
    max_quotes: int = 1_000  # quotation marks in one article (pairing speech with quotes grows with tokens x quotes)
    max_depth: int = 64  # nesting of a JSON document or JSONL record


def unfit_text(text: str, opts: ReadOptions | None = None) -> InputError | None:
    """Why ``text`` cannot go to spaCy and the store as one article, or None: no text at all (E101), NUL
    characters (E102, no PostgreSQL text holds one) or too much work (E106)."""
    o = opts or ReadOptions()
    if not text.strip():
        return EmptyInput("article text is empty")
    if "\x00" in text:
        return BinaryInput("article text holds NUL characters (binary data), not text")
    if len(text) > o.max_chars:
        return InputTooLarge(f"article text is {len(text):,} characters, over the {o.max_chars:,} limit for one article; "
                             "split it into several articles (one a JSONL line)")
    lines = text.count("\n") + 1
    if lines > o.max_lines:
        return InputTooLarge(f"article text has {lines:,} lines, over the {o.max_lines:,} limit for one article; "
                             "split it into several articles (one a JSONL line)")
    run = re.search(r"\S{%d,}" % (o.max_word + 1), text)
    if run:
        return InputTooLarge(f"article text holds {run.end() - run.start():,} characters without a space "
                             f"(at offset {run.start()}), over the {o.max_word:,} limit")
    quotes = sum(text.count(q) for q in _QUOTE_MARKS)
    if quotes > o.max_quotes:
        return InputTooLarge(f"article text holds {quotes:,} quotation marks, over the {o.max_quotes:,} limit for one article")
    return None


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
                if isinstance(f, Failure):
                    yield f
                else:
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


def _walk(root: Path) -> Iterator[Path | Failure]:
    """Known files under ``root`` (symbolic links to folders are not followed: no loops); a folder that
    cannot be listed is a failure."""
    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        while unreadable:
            e = unreadable.pop()
            yield Failure(path=_repaired(str(e.filename or dirpath)), code=UnreadablePath.code,
                          message=f"cannot list folder: {e.strerror or e}")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith(GOLD_SUFFIXES):
                continue
            if Path(name).suffix.lower() in KNOWN_EXT:
                yield Path(dirpath) / name


def _failure(err: InputError, path: Path, line: int | None = None, rid: object = None) -> Failure:
    return Failure(path=_repaired(str(path)), code=err.code, message=err.message, line=line or err.line,
                   id=None if rid is None else _repaired(str(rid))[:200])


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
            yield _checked(Document(id=_repaired(path.stem), text=text, path=_repaired(str(path))), opts)
    except InputError as e:
        yield _failure(e, path)


def _too_large(size: float, opts: ReadOptions) -> InputTooLarge:
    return InputTooLarge(f"file is {size / 1e6:.1f} MB, over the {opts.max_bytes / 1e6:.0f} MB limit for one article; "
                         "split it or pass a JSONL corpus (one article a line)")


def _open_regular(path: Path, opts: ReadOptions) -> Any:
    """Open ``path`` for reading if it is a regular file of at most ``max_bytes`` (JSONL: any size).

    A FIFO, a device (``/dev/zero``), a socket or a directory is refused before it is opened: reading one
    could block for ever or never end. ``O_NONBLOCK`` keeps a file swapped for a FIFO meanwhile from blocking.
    """
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise UnreadablePath("is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise UnreadablePath("not a regular file (a FIFO, device or socket); give files, folders or '-'")
        if st.st_size > opts.max_bytes and path.suffix.lower() not in JSONL_EXT:
            raise _too_large(st.st_size, opts)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise UnreadablePath("not a regular file (a FIFO, device or socket); give files, folders or '-'")
        return os.fdopen(fd, "rb")
    except FileNotFoundError as e:
        raise UnreadablePath("no such file or directory") from e
    except PermissionError as e:
        raise UnreadablePath("permission denied") from e
    except OSError as e:
        raise UnreadablePath(f"cannot read: {e.strerror or e}") from e


def _read_bytes(path: Path, opts: ReadOptions) -> bytes:
    """The file's bytes, never more than ``max_bytes`` (a file that grows while read is refused too)."""
    with _open_regular(path, opts) as f:
        try:
            raw: bytes = f.read(opts.max_bytes + 1)
        except OSError as e:
            raise UnreadablePath(f"cannot read: {e.strerror or e}") from e
    if len(raw) > opts.max_bytes:
        raise _too_large(len(raw), opts)
    return raw


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
    unfit = unfit_text(doc.text, opts)
    if unfit is not None:
        raise unfit
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
        id=_repaired(path.stem),
        text=text,
        title=title,
        date=_metadata_date(getattr(result, "date", None), opts),
        url=getattr(result, "url", None),
        source=getattr(result, "sitename", None) or getattr(result, "hostname", None),
        author=getattr(result, "author", None),
        path=_repaired(str(path)),
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
        id=_repaired(str(rid))[:200],
        text=_repaired(text),
        title=_field(obj, "title"),
        date=parse_date(_repaired(str(date)) if isinstance(date, str) else date, order=opts.date_order) if date not in (None, "") else None,
        url=_field(obj, "url"),
        source=_field(obj, "source"),
        path=_repaired(str(path)),
        line=line,
    )
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


def _repaired(s: str) -> str:
    """JSON can spell a lone surrogate (``"\\ud800"``) and a file name that is not UTF-8 comes back with
    some (surrogateescape); no encoder writes one: each becomes U+FFFD, one character for one, so offsets hold."""
    return _SURROGATE.sub("\ufffd", s) if _SURROGATE.search(s) else s


def _field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    return _repaired(value)[:2000] if isinstance(value, str) else None


def _parse_json(text: str, opts: ReadOptions, *, one_line: bool = False) -> Any:
    """``json.loads`` with a nesting limit checked first (deep nesting overflows the parser's stack)."""
    if text.count("[") + text.count("{") > opts.max_depth:
        depth = 0
        for m in _JSON_BRACKET.finditer(_JSON_STRING.sub('""', text)):
            depth += 1 if m.group() in "[{" else -1
            if depth > opts.max_depth:
                raise MalformedRecord(f"JSON nested over {opts.max_depth} levels deep")
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        where = f"column {e.colno}" if one_line else f"line {e.lineno} column {e.colno}"
        raise MalformedRecord(f"invalid JSON at {where}: {e.msg}") from e
    except ValueError as e:  # e.g. an integer of more digits than Python converts
        raise MalformedRecord(f"invalid JSON: {e}") from e


def _read_json(path: Path, raw: bytes, opts: ReadOptions) -> Iterator[Document | Failure]:
    text = _decode(raw, path)
    obj = _parse_json(text, opts)
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        try:
            yield _record_document(item, path, i + 1 if isinstance(obj, list) else None, opts)
        except InputError as e:
            yield _failure(e, path, i + 1 if isinstance(obj, list) else None, _record_id(item))


def _read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Document | Failure]:
    """Stream a JSON Lines corpus one line at a time (memory stays flat on any size)."""
    with _open_regular(path, opts) as f:
        yield from _jsonl_records(_bounded_lines(f, opts.max_bytes), path, opts)


def _bounded_lines(f: Any, limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream, each read up to ``limit`` bytes; a longer line is skipped in chunks
    (never held whole) and stands as None."""
    while True:
        raw = f.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = f.readline(1 << 20)
        yield None


def _jsonl_records(lines: Iterable[bytes | None], path: Path, opts: ReadOptions) -> Iterator[Document | Failure]:
    n_records = 0
    for lineno, raw in enumerate(lines, start=1):
        if raw is not None and not raw.strip():
            continue
        n_records += 1
        obj: Any = None
        try:
            if raw is None:
                raise InputTooLarge(f"line is over the {opts.max_bytes / 1e6:.0f} MB limit for one article")
            if b"\x00" in raw:
                raise BinaryInput("line holds NUL bytes (binary data)")
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as e:
                raise EncodingError(f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {e.start + 1})") from e
            obj = _parse_json(line, opts, one_line=True)
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
        yield from _jsonl_records(_bounded_lines(stream, opts.max_bytes), name, opts)
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
