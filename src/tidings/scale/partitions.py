"""Split inputs into partitions that workers read on their own, in the order one process reads them.

A partition is a list of whole files, a byte range of a large JSON Lines file
(cut at line boundaries, with the line number it starts at so record ids and
failure lines are those of a one-process run), or one row group of a Parquet
file (``id``/``text`` columns and the optional ``title``, ``date``, ``url``,
``source``). Concatenating partitions in ``index`` order gives exactly the
documents and failures of ``iter_inputs`` over the same paths; Parquet files,
which ``iter_inputs`` does not read, come after them.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from ..errors import InputError, MalformedRecord, UnreadablePath
from ..ingest import readers
from ..ingest.readers import ReadOptions, iter_inputs
from ..records import Document, Failure

DEFAULT_PARTITION_BYTES = 32_000_000
FILES_PER_PARTITION = 64
PARQUET_EXT = ".parquet"
PARQUET_COLUMNS = ("id", "text", "title", "date", "url", "source")


@dataclass(frozen=True, slots=True)
class Partition:
    """What one task reads: ``kind`` is ``files``, ``range`` (JSONL bytes) or ``parquet`` (a row group)."""

    index: int
    kind: str
    paths: tuple[str, ...]
    start: int = 0  # byte offset (range) or row group (parquet)
    end: int = 0  # byte offset, exclusive (range)
    first_line: int = 1  # line number of the byte at ``start`` (range)

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def plan(paths: Iterable[str], *, partition_bytes: int = DEFAULT_PARTITION_BYTES) -> list[Partition]:
    """Partitions for ``paths`` (files, directories, Parquet datasets); ``-`` is not supported here."""
    out: list[Partition] = []
    small: list[str] = []
    small_bytes = 0
    parquet: list[str] = []

    def flush() -> None:
        nonlocal small, small_bytes
        if small:
            out.append(Partition(len(out), "files", tuple(small)))
            small, small_bytes = [], 0

    for f in _files(paths, parquet):
        size = _size(f)
        if f.suffix.lower() in readers.JSONL_EXT and size > partition_bytes:
            flush()
            for start, end, line in _line_ranges(f, partition_bytes):
                out.append(Partition(len(out), "range", (str(f),), start, end, line))
            continue
        if small and (small_bytes + size > partition_bytes or len(small) >= FILES_PER_PARTITION):
            flush()
        small.append(str(f))
        small_bytes += size
    flush()
    for pq_path in parquet:
        for group in range(_row_groups(pq_path)):
            out.append(Partition(len(out), "parquet", (pq_path,), group))
    return out


def plan_id(parts: list[Partition], *, absolute: bool = False) -> str:
    """A short hash of the plan: a rerun into the same output directory must partition the same way
    (``absolute``: paths given relative to another directory are the same paths)."""
    rows = [p.as_dict() for p in parts]
    if absolute:
        for p, r in zip(parts, rows):
            r["paths"] = [os.path.abspath(x) for x in p.paths]
    blob = json.dumps(rows, sort_keys=True).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def read_partition(part: Partition, *, options: ReadOptions | None = None) -> Iterator[Document | Failure]:
    """The documents and failures of one partition, streamed (a range is read line by line)."""
    opts = options or ReadOptions()
    if part.kind == "files":
        yield from iter_inputs(part.paths, options=opts)
    elif part.kind == "range":
        yield from _read_range(Path(part.paths[0]), part.start, part.end, part.first_line, opts)
    else:
        yield from _read_parquet(part.paths[0], part.start, opts)


def _files(paths: Iterable[str], parquet: list[str]) -> Iterator[Path]:
    """Files in ``iter_inputs`` order; Parquet files (and datasets: directories of them) go to ``parquet``."""
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            raise InputError("standard input cannot be partitioned; give files or directories with --dask", path="-")
        if path.is_dir():
            parquet.extend(str(f) for f in _parquet_files(path))
            for f in readers._walk(path):
                # a folder that cannot be listed is read as such in its partition, where it becomes the failure
                yield f if isinstance(f, Path) else Path(f.path)
        elif path.suffix.lower() == PARQUET_EXT:
            parquet.append(str(path))
        else:
            yield path  # a missing file becomes a Failure when the partition is read, as in one process


def _parquet_files(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(dirpath) / n for n in sorted(filenames) if n.lower().endswith(PARQUET_EXT) and not n.startswith("."))
    return found


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _line_ranges(path: Path, partition_bytes: int) -> Iterator[tuple[int, int, int]]:
    """Byte ranges of about ``partition_bytes`` ending after a newline, with the line each starts at.

    One pass over the file in large blocks: counting newlines is the only work."""
    start, line = 0, 1
    with path.open("rb") as f:
        while True:
            f.seek(start + partition_bytes)
            rest = f.readline()
            end = f.tell() if rest else _size(path)
            if end <= start:
                return
            f.seek(start)
            line_after = line + _count_newlines(f, end - start)
            yield start, end, line
            start, line = end, line_after
            if not rest:
                return


def _count_newlines(f: BinaryIO, n: int, block: int = 1 << 24) -> int:
    count = 0
    while n > 0:
        chunk = f.read(min(block, n))
        if not chunk:
            break
        count += chunk.count(b"\n")
        n -= len(chunk)
    return count


def _read_range(path: Path, start: int, end: int, first_line: int, opts: ReadOptions) -> Iterator[Document | Failure]:
    def lines() -> Iterator[bytes]:
        with path.open("rb") as f:
            f.seek(start)
            pos = start
            while pos < end:
                raw = f.readline()
                if not raw:
                    return
                pos += len(raw)
                yield raw

    # the reader numbers lines from 1 and skips blank ones: blank lines before this range keep its numbering
    numbered = itertools.chain(itertools.repeat(b"", first_line - 1), lines())
    try:
        yield from readers._jsonl_records(numbered, path, opts)
    except InputError as e:
        if start == 0:  # "corpus has no records" belongs to the file, reported once, by its first range
            yield readers._failure(e, path)


def _row_groups(path: str) -> int:
    import pyarrow.parquet as pq

    try:
        return int(pq.ParquetFile(path).metadata.num_row_groups) or 1
    except (OSError, ValueError):
        return 1  # unreadable: the partition reports it as a failure


def _read_parquet(path: str, group: int, opts: ReadOptions) -> Iterator[Document | Failure]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        columns = [c for c in PARQUET_COLUMNS if c in pf.schema_arrow.names]
        if "text" not in columns:
            raise MalformedRecord('Parquet file has no "text" column')
        table = pf.read_row_group(group, columns=columns) if pf.metadata.num_row_groups else None
    except InputError as e:
        yield readers._failure(e, Path(path))
        return
    except (OSError, ValueError) as e:
        yield readers._failure(UnreadablePath(f"cannot read Parquet: {e}"), Path(path))
        return
    if table is None:
        return
    for i, row in enumerate(table.to_pylist()):
        line = i + 1
        try:
            if row.get("id") is None:
                row["id"] = f"{Path(path).stem}:{group}:{line}"
            yield readers.read_record(row, name=path, options=opts)
        except InputError as e:
            yield readers._failure(e, Path(path), line)
