"""The same corpus on 1 and 2 local Dask workers: docs/s, parallel efficiency, peak memory per worker.

usage: python benchmarks/scale.py [--docs 500] [--repeat 1] [--big-mb 1024] [--big-partitions 4]

The corpus is synthesised from ../shared/corpus/*.jsonl when present (else the
demo corpus): real articles with their paragraphs reordered and a numbered
closing line, so every text is distinct and of real length. Each run starts a
LocalCluster of N single-threaded worker processes, loads the model on every
worker before the clock starts (reported apart), then analyses all partitions
into JSONL shards through ``tidings.scale``.

Parallel efficiency is ``rate(2) / (2 * rate(1))``, from wall-clock time, and
also from the workers' CPU time (steadier on a shared machine: what the second
worker costs in overhead, not what other load took from it).

With ``--big-mb``, a JSON Lines file of that size is written, planned into
byte-range partitions, and the first ``--big-partitions`` of them are analysed
on 2 workers: a worker's peak memory depends on the partition, never on the
size of the file.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import tempfile
import time
from functools import lru_cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpus"
WARM_UP = "Japan pledged aid to Pakistan on Monday, the foreign ministry said."


@lru_cache(maxsize=1)
def _sources() -> list[str]:
    from tidings.ingest.readers import iter_documents

    paths = sorted(SHARED.glob("*.jsonl")) if SHARED.exists() else [ROOT / "examples"]
    return [d.text for d in iter_documents(paths)]


def synthesise(n: int, *, seed: int = 13) -> list[dict[str, str]]:
    """``n`` distinct articles of real length: paragraphs of real ones, reordered, and a numbered last line."""
    rng = random.Random(seed)
    sources = _sources()
    out = []
    for i in range(n):
        paras = sources[i % len(sources)].split("\n")
        head, body = paras[:1], paras[1:]
        rng.shuffle(body)
        text = "\n".join(head + body) + f"\nThe ministry said on Monday it would comment later (item {i})."
        out.append({"id": f"s{i:06d}", "text": text, "date": "2024-06-01"})
    return out


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _worker_warm_up() -> float:
    from tidings.pipeline import analyze_text

    t0 = time.perf_counter()
    analyze_text(WARM_UP)
    return time.perf_counter() - t0


def _worker_stats() -> dict[str, float]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return {"peak_rss_mb": ru.ru_maxrss / 1024, "cpu_s": ru.ru_utime + ru.ru_stime}


def _run(corpus: Path, workers: int, out: Path, partitions: int | None, limit: int | None = None) -> dict[str, Any]:
    from dask.distributed import Client, LocalCluster, wait

    from tidings.scale.partitions import plan
    from tidings.scale.work import analyze_partition, environment

    size = corpus.stat().st_size
    part_bytes = max(1, size // partitions) if partitions else 250_000
    t_plan = time.perf_counter()
    parts = plan([str(corpus)], partition_bytes=part_bytes)
    plan_s = time.perf_counter() - t_plan
    if limit is not None:
        parts = parts[:limit]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster, Client(cluster) as client:
        t0 = time.perf_counter()
        load = client.run(_worker_warm_up)
        load_s = time.perf_counter() - t0
        cpu0 = client.run(_worker_stats)
        out.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        futures = [client.submit(analyze_partition, p, str(out), "jsonl", environment(), pure=False) for p in parts]
        wait(futures)
        secs = time.perf_counter() - t0
        results = [f.result() for f in futures]
        stats = client.run(_worker_stats)
    docs = sum(r.documents for r in results)
    cpu = sum(stats[w]["cpu_s"] - cpu0[w]["cpu_s"] for w in stats)
    return {"workers": workers, "docs": docs, "partitions": len(parts), "seconds": secs, "docs_per_s": docs / secs,
            "worker_cpu_s": cpu, "load_s": load_s, "warm_up_s": max(load.values()), "plan_s": plan_s,
            "peak_rss_mb": {w.rsplit(":", 1)[-1]: round(s["peak_rss_mb"]) for w, s in stats.items()}}


def _print(r: dict[str, Any]) -> None:
    print(f"{r['workers']} worker(s): {r['docs']} docs in {r['partitions']} partitions, {r['seconds']:6.1f} s, "
          f"{r['docs_per_s']:5.1f} docs/s, workers' CPU {r['worker_cpu_s']:6.1f} s "
          f"(load {r['load_s']:.1f} s), peak RSS per worker (MB) {sorted(r['peak_rss_mb'].values())}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=1, help="runs of each worker count (the machine is shared: noisy)")
    ap.add_argument("--big-mb", type=int, default=0, help="also: peak memory on a JSONL file of this size")
    ap.add_argument("--big-partitions", type=int, default=4)
    a = ap.parse_args()
    rss_client0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        _write(corpus, synthesise(a.docs))
        print(f"corpus: {a.docs} articles, {corpus.stat().st_size / 1e6:.1f} MB")
        runs: dict[int, list[dict[str, Any]]] = {1: [], 2: []}
        for k in range(a.repeat):
            for n in (1, 2):
                r = _run(corpus, n, Path(tmp) / f"out-{n}-{k}", partitions=8 * n)
                runs[n].append(r)
                _print(r)
        for k, (one, two) in enumerate(zip(runs[1], runs[2])):
            wall = two["docs_per_s"] / (2 * one["docs_per_s"])
            cpu = one["worker_cpu_s"] / two["worker_cpu_s"]
            print(f"run {k + 1}: parallel efficiency on 2 workers {wall:.2f} (wall clock), {cpu:.2f} (workers' CPU time); "
                  f"one worker {one['docs_per_s']:.1f} docs/s = {one['docs'] / one['worker_cpu_s']:.1f} docs per CPU second")
        if a.big_mb:
            big = Path(tmp) / "big.jsonl"
            t0 = time.perf_counter()
            n = 0
            with big.open("w", encoding="utf-8") as f:
                while f.tell() < a.big_mb * 1_000_000:
                    for r in synthesise(500, seed=n):
                        r["id"] = f"b{n}"
                        f.write(json.dumps(r, ensure_ascii=False) + "\n")
                        n += 1
            print(f"big corpus: {big.stat().st_size / 1e6:.0f} MB, {n} articles, written in {time.perf_counter() - t0:.0f} s")
            r = _run(big, 2, Path(tmp) / "out-big", partitions=None, limit=a.big_partitions)
            print(f"planned the {a.big_mb} MB file in {r['plan_s']:.1f} s; analysed its first {r['partitions']} partitions:")
            _print(r)
    rss_client = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"client peak RSS {rss_client:.0f} MB (at start {rss_client0:.0f} MB)")


if __name__ == "__main__":
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one thread per worker: the workers are the parallelism
    main()
