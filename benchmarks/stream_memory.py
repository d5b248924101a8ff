"""Memory stays flat while `analyze` streams a huge JSONL corpus.

usage: python benchmarks/stream_memory.py [--size-mb 1024] [--docs 400] [--workers 1]

Writes a JSONL corpus of the given size to a temporary file (realistic
sentences written for this benchmark, recombined), then analyses its first
--docs documents through the same streaming path as `tidings analyze`,
printing resident memory every 50 documents. Flat figures mean the reader and
the pipeline never hold more than a batch.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import tempfile
import time

SENTENCES = [
    "The foreign ministry said on Monday that talks with its neighbour would resume next month.",
    "Officials accused the rebels of shelling a market in the north of the country.",
    "The European Union imposed new sanctions on three companies accused of supplying drones.",
    "Protesters gathered outside parliament to demand the resignation of the prime minister.",
    "The United Nations called for an immediate ceasefire and humanitarian access to the city.",
    "The president met his counterpart in the capital and signed an agreement on energy trade.",
    "Police arrested dozens of activists after clashes near the presidential palace.",
    "The army denied reports that its soldiers had fired on civilians at the border.",
]


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def _write_corpus(path: str, size_mb: int) -> int:
    rng = random.Random(7)
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        while f.tell() < size_mb * 1_000_000:
            text = "\n".join(" ".join(rng.sample(SENTENCES, 4)) for _ in range(3))
            f.write(json.dumps({"id": f"doc{n}", "text": text, "date": "2024-01-15"}) + "\n")
            n += 1
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--workers", type=int, default=1)
    a = ap.parse_args()
    from tidings.pipeline import analyze_paths

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "big.jsonl")
        t0 = time.perf_counter()
        n = _write_corpus(path, a.size_mb)
        print(f"wrote {os.path.getsize(path) / 1e6:.0f} MB, {n} documents in {time.perf_counter() - t0:.0f} s")
        t0 = time.perf_counter()
        for i, _ in enumerate(analyze_paths([path], workers=a.workers), start=1):
            if i % 50 == 0:
                print(f"{i:6d} documents  {time.perf_counter() - t0:6.1f} s  RSS {_rss_mb():7.0f} MB")
            if i >= a.docs:
                break
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {peak:.0f} MB for a {a.size_mb} MB corpus")


if __name__ == "__main__":
    main()
