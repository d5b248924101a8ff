"""Flat tables for pandas, R and DuckDB: CSV and Parquet of events, statements or claims.

The rows are those of ``tidings query`` (claims: one row per stance), with every
offset kept. Parquet column types are fixed per column name so files from
different stores line up.
"""

from __future__ import annotations

import csv
from typing import IO, Any, Sequence

_INTS = ("num", "event", "statement", "claim", "sentence", "quad_class", "stance_idx")
_FLOATS = ("goldstein",)


def write_csv(rows: Sequence[dict[str, Any]], out: IO[str], *, header: Sequence[str]) -> int:
    w = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    return len(rows)


def _arrow_type(name: str) -> Any:
    import pyarrow as pa

    if name in _INTS or name.endswith(("_start", "_end")):
        return pa.int64()
    if name in _FLOATS:
        return pa.float64()
    return pa.string()


def write_parquet(rows: Sequence[dict[str, Any]], path: str, *, header: Sequence[str]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c)) for c in header])
    table = pa.Table.from_pylist(list(rows), schema=schema)
    pq.write_table(table, path, compression="zstd")
    return len(rows)
