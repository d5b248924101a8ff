"""Partitions read, in index order, exactly what one process reads (same documents, ids, lines, failures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.ingest.readers import iter_inputs
from tidings.records import Document
from tidings.scale.partitions import plan, plan_id, read_partition

EXAMPLES = Path(__file__).resolve().parent.parent.parent / "examples"


def _corpus(tmp_path: Path) -> Path:
    """A JSONL file with and without ids, a blank line and a bad line: ids and line numbers must survive a cut."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    lines = []
    for i, t in enumerate(texts * 2):
        rec = {"text": t, "date": "2024-03-0%d" % (1 + i % 9)}
        if i % 3:
            rec["id"] = f"a{i}"
        lines.append(json.dumps(rec))
        if i == 5:
            lines += ["", "{not json"]
    p = tmp_path / "corpus.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _flat(items: object) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for x in items:  # type: ignore[attr-defined]
        out.append(("doc", x.id, x.text, x.line, x.path) if isinstance(x, Document) else ("fail", x.path, x.line, x.code))
    return out


@pytest.mark.parametrize("partition_bytes", [1, 3_000, 20_000, 10_000_000])
def test_partitions_read_what_one_process_reads(tmp_path: Path, partition_bytes: int) -> None:
    corpus = _corpus(tmp_path)
    paths = [str(EXAMPLES), str(corpus), str(tmp_path / "missing.txt")]
    parts = plan(paths, partition_bytes=partition_bytes)
    assert [p.index for p in parts] == list(range(len(parts)))
    got = [x for p in parts for x in read_partition(p)]
    assert _flat(got) == _flat(iter_inputs(paths))
    if partition_bytes < 20_000:
        assert sum(p.kind == "range" for p in parts) > 1


def test_partitions_plan_id_is_stable_and_sees_changes(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    a = plan([str(corpus)], partition_bytes=5_000)
    assert plan_id(a) == plan_id(plan([str(corpus)], partition_bytes=5_000))
    assert plan_id(a) != plan_id(plan([str(corpus)], partition_bytes=6_000))


def test_partitions_parquet_dataset_reads_id_and_text(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ds = tmp_path / "ds"
    ds.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))][:4]
    pq.write_table(pa.table({"id": ["p0", "p1"], "text": texts[:2]}), ds / "a.parquet", row_group_size=1)
    pq.write_table(pa.table({"id": ["p2", "p3"], "text": [texts[2], ""]}), ds / "b.parquet")
    parts = plan([str(ds)])
    assert [p.kind for p in parts] == ["parquet"] * 3  # a.parquet has two row groups
    items = [x for p in parts for x in read_partition(p)]
    assert [x.id for x in items if isinstance(x, Document)] == ["p0", "p1", "p2"]
    assert [x.code for x in items if not isinstance(x, Document)] == ["E101"]
