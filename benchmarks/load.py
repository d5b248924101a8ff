"""Load on the HTTP API: N concurrent clients for S seconds on loopback, queries and analyses mixed.

Starts ``tidings serve`` on a free 127.0.0.1 port with a fresh database holding the demo corpus, then runs
``--clients`` threads, each sending requests one after another until ``--seconds`` have passed: one in
``--analyze-every`` is ``POST /analyze`` (a demo article), the others are queries (events, statements, claims,
ledger, stats, full-text search). Prints requests, errors, throughput and latency percentiles.

    python benchmarks/load.py --clients 50 --seconds 30
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [("GET", "/events", {"limit": 50}), ("GET", "/statements", {"search": "said"}), ("GET", "/claims", {}),
           ("GET", "/ledger", {}), ("GET", "/stats", {}), ("GET", "/events", {"actor": "RUS", "root": "11"}),
           ("GET", "/actors", {"limit": 20})]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _start(db: Path, token: str) -> tuple[subprocess.Popen[bytes], str]:
    port = _port()
    env = {**os.environ, "TIDINGS_TOKEN": token}
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(base + "/", timeout=5)
            return proc, base
        except httpx.TransportError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("tidings serve did not start")


def _pct(xs: list[float], p: float) -> float:
    if not xs:
        return 0.0
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--analyze-every", type=int, default=10, help="one request in N is POST /analyze")
    args = ap.parse_args()

    token = "benchmark-token"
    articles = sorted((ROOT / "examples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in articles]
    with tempfile.TemporaryDirectory() as tmp:
        proc, base = _start(Path(tmp) / "load.db", token)
        try:
            docs = [{"id": p.stem, "text": t, "date": "2024-05-02"} for p, t in zip(articles, texts)]
            r = httpx.post(base + "/documents", json={"documents": docs}, headers={"authorization": f"Bearer {token}"},
                           timeout=600)
            r.raise_for_status()
            lat: dict[str, list[float]] = {"query": [], "analyze": []}
            errors: list[str] = []
            lock = threading.Lock()
            deadline = time.monotonic() + args.seconds

            def client(n: int) -> None:
                i = n
                with httpx.Client(base_url=base, timeout=300) as c:
                    while time.monotonic() < deadline:
                        i += 1
                        kind = "analyze" if i % args.analyze_every == 0 else "query"
                        t0 = time.monotonic()
                        try:
                            if kind == "analyze":
                                resp = c.post("/analyze", json={"id": f"c{n}", "text": texts[i % len(texts)]})
                            else:
                                _, path, params = QUERIES[i % len(QUERIES)]
                                resp = c.get(path, params=params)
                            ok = resp.status_code == 200
                            what = f"{resp.status_code} {resp.text[:80]}"
                        except httpx.HTTPError as e:
                            ok, what = False, f"{type(e).__name__}: {e}"
                        dt = time.monotonic() - t0
                        with lock:
                            lat[kind].append(dt)
                            if not ok:
                                errors.append(what)

            t_start = time.monotonic()
            threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.monotonic() - t_start
        finally:
            proc.terminate()
            proc.wait(timeout=30)

    every = lat["query"] + lat["analyze"]
    print(f"{args.clients} clients for {args.seconds:.0f} s on loopback ({elapsed:.1f} s with the last answers): "
          f"{len(every)} requests, {len(errors)} errors, {len(every) / elapsed:.1f} requests/s")
    for kind, xs in (("all", every), ("query", lat["query"]), ("analyze", lat["analyze"])):
        if xs:
            print(f"  {kind:8s} n={len(xs):6d}  p50 {_pct(xs, 50) * 1000:7.0f} ms  p90 {_pct(xs, 90) * 1000:7.0f} ms  "
                  f"p99 {_pct(xs, 99) * 1000:7.0f} ms  max {max(xs) * 1000:7.0f} ms  mean {statistics.mean(xs) * 1000:6.0f} ms")
    for e in errors[:10]:
        print("  error:", e)


if __name__ == "__main__":
    main()
