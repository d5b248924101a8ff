"""Workbench page times over a store of 1,000 articles: every /ui page, fetched from a running ``tidings serve``
(and, when Chromium and playwright are there, loaded in headless Chromium).

    python benchmarks/web_pages.py [--docs 1000] [--repeat 3] [--keep DB]

The store is built from the bundled demo corpus: its ten articles are analysed
once and each analysis is stored ``--docs / 10`` times under a new id, a new date
(spread over a year) and a text made distinct by a trailing marker (so the
offsets stay valid and the content hashes differ). Each page is then fetched
``--repeat`` times over loopback and the fastest time is printed beside the
slowest; the target is under 1 s for every page. Figures, not a test.
"""

from __future__ import annotations

import argparse
import dataclasses
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from serve_helpers import free_port  # noqa: E402


def build_store(db: str, docs: int) -> None:
    from tidings.ingest.readers import iter_documents
    from tidings.pipeline import analyze_documents
    from tidings.store import Store

    analyses = list(analyze_documents(list(iter_documents([str(ROOT / "examples")]))))
    start = date(2024, 1, 1)
    store = Store.open(db)
    try:
        for n in range(docs):
            a = analyses[n % len(analyses)]
            day = (start + timedelta(days=(n * 7) % 366)).isoformat()
            doc = dataclasses.replace(a.document, id=f"{a.document.id}-{n:04d}", date=day,
                                      text=a.document.text + f"\n[copy {n}]")
            store.write(dataclasses.replace(a, document=doc))
    finally:
        store.close()


def pages(c: httpx.Client) -> list[str]:
    top = c.get("/stats", params={"top": 1}).json()["by_pair"][0]["source"]
    doc = c.get("/events", params={"limit": 1}).json()["rows"][0]["document"]
    return ["/ui", "/ui/documents", "/ui/documents?page=15", f"/ui/documents/{doc}", "/ui/events", "/ui/events?page=200",
            "/ui/events?actor=Russia", "/ui/events?actor=RUS&dyad=MDA", "/ui/events?text=protests&status=claimed",
            "/ui/events?since=2024-03-01&until=2024-03-31&plover=ACCUSE", "/ui/timeline", "/ui/timeline?by=week&group=quad_class",
            "/ui/claims", "/ui/claims?scope=all", "/ui/claims?scope=all&page=5", f"/ui/actors/{top}", "/ui/search?q=Russia",
            "/ui/events.csv?plover=ACCUSE", "/ui/events.json?actor=RUS"]


def browser_times(base: str, paths: list[str], repeat: int) -> None:
    """The same pages in headless Chromium: request to the load event, layout and the page's script included."""
    import shutil

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("(no playwright: browser times skipped; pip install -e '.[test]')")
        return
    exe = shutil.which("chromium")
    if exe is None:
        print("(no chromium: browser times skipped)")
        return
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=exe, args=args)
        page = b.new_page()
        worst = 0.0
        print("in headless Chromium (navigation start to load event):")
        for path in paths:
            times = []
            for _ in range(repeat):
                page.goto(base + path, wait_until="load")
                times.append(page.evaluate("() => { const n = performance.getEntriesByType('navigation')[0];"
                                           " return (n.loadEventEnd - n.startTime) / 1000; }"))
            worst = max(worst, min(times))
            print(f"{min(times):7.3f} s  (slowest {max(times):.3f})  {path}")
        print(f"slowest page in the browser (best of {repeat}): {worst:.3f} s; target < 1 s")
        b.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--keep", help="build (or reuse) the store at this path instead of a temporary one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or str(Path(tmp) / "web.db")
        if not Path(db).exists():
            t = time.perf_counter()
            build_store(db, args.docs)
            print(f"stored {args.docs} articles in {time.perf_counter() - t:.1f} s ({db})")
        port = free_port()
        proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--db", db, "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
                for _ in range(300):
                    try:
                        c.get("/")
                        break
                    except httpx.TransportError:
                        time.sleep(0.2)
                counts = c.get("/stats").json()["totals"]
                print(f"store: {counts['documents']} documents, {counts['events']} events, {counts['statements']} "
                      f"statements, {counts['claims']} claims")
                worst = 0.0
                for path in pages(c):
                    times, size, status = [], 0, 0
                    for _ in range(args.repeat):
                        t = time.perf_counter()
                        r = c.get(path)
                        times.append(time.perf_counter() - t)
                        size, status = len(r.content), r.status_code
                    worst = max(worst, min(times))
                    print(f"{min(times):7.3f} s  (slowest {max(times):.3f})  {status}  {size / 1024:7.1f} kB  {path}")
                print(f"slowest page (best of {args.repeat}): {worst:.3f} s; target < 1 s")
                browser_times(f"http://127.0.0.1:{port}", [p for p in pages(c) if "/ui/events." not in p], args.repeat)
        finally:
            proc.terminate()
            proc.wait(timeout=20)


if __name__ == "__main__":
    main()
