"""Scale-out on a Dask cluster: partitioned input, one model per worker, resumable shards or store writes.

Needs the ``dask`` extra (``pip install -e '.[dask]'``); nothing here imports Dask until a run starts.
"""

from .partitions import Partition, plan, read_partition
from .run import DaskOptions, ScaleReport, analyze_on_dask, ingest_on_dask

__all__ = ["DaskOptions", "Partition", "ScaleReport", "analyze_on_dask", "ingest_on_dask", "plan", "read_partition"]
