"""Flat tables for pandas, R and DuckDB: CSV and Parquet of events, statements or claims.

The rows are those of ``tidings query`` (claims: one row per stance), with every
offset kept. Parquet column types are fixed per column name so files from
different stores line up.

CAMEO codes have leading zeros ("071", root "07") that pandas, R and spreadsheets
drop when they guess a column is numeric, and a CSV file cannot say a column is
text. So in CSV the code columns carry a ``C`` before the code (``C071``, ``C07``):
every reader keeps them as text, without options, and the code is the rest of the
cell (pandas: ``df.cameo.str[1:]``). Parquet has types and stores the bare code.
"""

from __future__ import annotations

import csv
import itertools
from typing import IO, Any, Iterable, Sequence

_INTS = ("num", "event", "statement", "claim", "sentence", "quad_class", "stance_idx", "articles")
_FLOATS = ("goldstein", "confidence")
CODE_COLUMNS = ("cameo", "root", "prop_cameo")
CODE_PREFIX = "C"


BATCH_ROWS = 10_000  # rows per Parquet row group written at a time


def write_csv(rows: Iterable[dict[str, Any]], out: IO[str], *, header: Sequence[str]) -> int:
    w = csv.DictWriter(out, fieldnames=list(header), lineterminator="\n")
    w.writeheader()
    n = 0
    codes = [c for c in header if c in CODE_COLUMNS]
    for r in rows:
        if codes:
            r = {**r, **{c: CODE_PREFIX + r[c] for c in codes if r.get(c)}}
        w.writerow(r)
        n += 1
    return n


def _arrow_type(name: str) -> Any:
    import pyarrow as pa

    if name in _INTS or name.endswith(("_start", "_end")) or name.startswith("num_") or name == "mention":
        return pa.int64()
    if name in _FLOATS:
        return pa.float64()
    return pa.string()


def write_parquet(rows: Iterable[dict[str, Any]], path: str, *, header: Sequence[str]) -> int:
    """Write ``rows`` in batches (one row group each); an empty table still gets its columns."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(c, _arrow_type(c)) for c in header])
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        it = iter(rows)
        while batch := list(itertools.islice(it, BATCH_ROWS)):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
