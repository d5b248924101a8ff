"""Headless Chromium for the workbench tests: one browser a session, one ``tidings serve`` a module.

The browser is Debian's ``chromium`` driven by the Python ``playwright`` package
(test extra); nothing is downloaded at run time. Without either the browser tests
skip with the reason. A page that throws a JavaScript error or logs a console
error fails the test that opened it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest
from workbench_data import CHROMIUM_ARGS, DEMO_DATES, HOSTILE

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "seed" / "dprk-denies-arms-to-russia.txt"

def chromium_path() -> str | None:
    for candidate in (os.environ.get("TIDINGS_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser tests need playwright (the test extra)")
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium: install Debian's chromium (apt-get install chromium; .ci/run does) for browser tests")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Tab:
    """A browser page on the test server that records JavaScript errors and any script the pages were tricked into."""

    def __init__(self, page: Any, base: str):
        self.page, self.base = page, base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda e: self.errors.append(f"{page.url}: {e}"))
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

    def _console(self, m: Any) -> None:
        # a 4xx/5xx load is logged as a console error; error pages answer 404 on purpose, other loads are checked below
        if m.type == "error" and not m.text.startswith("Failed to load resource"):
            self.errors.append(f"{self.page.url}: console {m.text}")

    def _response(self, r: Any) -> None:
        if r.status >= 400 and r.request.resource_type != "document":
            self.errors.append(f"{r.url}: {r.status} for a {r.request.resource_type}")

    def open(self, path: str) -> Any:
        response = self.page.goto(self.base + path, wait_until="load")
        return response

    def __getattr__(self, name: str) -> Any:
        return getattr(self.page, name)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """``tidings serve`` over a store of the demo corpus (dated), the hostile article and, when present, the seed."""
    from serve_helpers import example_article, server

    where = tmp_path_factory.mktemp("workbench")
    with server(where, "--db", str(where / "workbench.db")) as c:
        docs = [example_article(name, day) for name, day in DEMO_DATES.items()] + [HOSTILE]
        if SEED.exists():
            docs.append({"id": "seed", "text": SEED.read_text(encoding="utf-8"), "date": "2023-01-22"})
        r = c.post("/documents", json={"documents": docs})
        assert r.status_code == 200 and r.json()["stored"] == len(docs), r.text
        c.has_seed = SEED.exists()  # type: ignore[attr-defined]
        yield c


@pytest.fixture()
def tab(browser: Any, site: Any) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)  # a missing element fails in seconds, not playwright's 30
    t = Tab(context.new_page(), str(site.base_url).rstrip("/"))
    yield t
    context.close()
    assert not t.errors, "JavaScript errors: " + "; ".join(t.errors)
    assert not t.dialogs, f"a page ran injected script: {t.dialogs}"
