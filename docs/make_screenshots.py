"""Screenshots of the workbench for the README (docs/screenshots/*.png), taken in headless Chromium.

    python docs/make_screenshots.py

Stores the bundled demo corpus (with the dates the browser tests give it) in a
temporary database, starts ``tidings serve`` on a loopback port and photographs
the main pages at 1200x760 (each PNG stays well under 300 kB). Needs the test
extra (playwright) and Debian's chromium.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "web"))

from serve_helpers import example_article, server  # noqa: E402
from workbench_data import CHROMIUM_ARGS, DEMO_DATES  # noqa: E402

SHOTS = {  # file -> (path, what to do before the picture)
    "home.png": ("/ui", None),
    "article.png": ("/ui/documents/01-moldova-accuses-russia#ev-3", "#text .m.ev.hl"),
    "events.png": ("/ui/events?plover=ACCUSE", None),
    "claims.png": ("/ui/claims", None),
    "actor.png": ("/ui/actors/RUS.GOV", "svg.network"),
    "timeline.png": ("/ui/timeline?by=day", None),
}


def main() -> None:
    from playwright.sync_api import sync_playwright

    exe = shutil.which("chromium")
    if exe is None:
        sys.exit("no chromium: apt-get install chromium")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, server(Path(tmp), "--db", str(Path(tmp) / "shots.db")) as c:
        docs = [example_article(name, day) for name, day in DEMO_DATES.items()]
        c.post("/documents", json={"documents": docs}).raise_for_status()
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
            page = b.new_page(viewport={"width": 1200, "height": 760})
            for name, (path, ready) in SHOTS.items():
                page.goto(str(c.base_url).rstrip("/") + path, wait_until="load")
                if ready:
                    page.wait_for_selector(ready)
                if name == "article.png":
                    page.locator("#text .m.ev").first.hover()
                page.screenshot(path=str(OUT / name))
                print(f"{OUT / name}: {(OUT / name).stat().st_size / 1024:.0f} kB")
            b.close()


if __name__ == "__main__":
    main()
