"""The article page in headless Chromium (every event and statement marked, side list to span and back), and
untrusted article text shown as text on every page."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

import pytest
from workbench_data import HOSTILE, HOSTILE_TITLE

pytest.importorskip("fastapi", reason="the web view needs the api extra: pip install -e '.[api]'")
pytest.importorskip("uvicorn", reason="tidings serve needs uvicorn (the api extra)")


def _seed(site: Any) -> None:
    if not site.has_seed:
        pytest.skip("../shared/seed is absent (a fresh clone has no seed article); the project's CI has it")


def _stored(site: Any, kind: str, document: str) -> list[dict[str, Any]]:
    return site.get(f"/{kind}", params={"document": document, "limit": 1000}).json()["rows"]


def test_web_seed_article_marks_every_event_and_statement(tab: Any, site: Any) -> None:
    _seed(site)
    events, statements = _stored(site, "events", "seed"), _stored(site, "statements", "seed")
    assert events and statements
    tab.open("/ui/documents/seed")
    assert tab.locator("h1#title").inner_text().startswith("DPRK on US allegations")
    assert tab.locator("#event-list > li").count() == len(events)
    assert tab.locator("#statement-list > li").count() == len(statements)
    for i, e in enumerate(events):
        marked = tab.locator(f'#text .m.ev[data-refs~="ev-{i}"]')
        assert "".join(marked.all_inner_texts()) == e["trigger_text"], f"event {i}"
    for i, s in enumerate(statements):
        content = tab.locator(f'#text .m.sc[data-refs~="st-{i}"]')
        assert "".join(content.all_inner_texts()) == s["content_text"], f"statement {i}"
        cue = tab.locator(f'#text .m.cue[data-refs~="st-{i}"]')
        assert "".join(cue.all_inner_texts()) == s["cue_text"], f"statement {i} cue"


def test_web_side_list_scrolls_to_and_highlights_the_trigger_and_back(tab: Any, site: Any) -> None:
    _seed(site)
    tab.open("/ui/documents/seed")
    last = tab.locator("#event-list > li").count() - 1
    tab.locator(f"#event-list > li >> nth={last} >> a.go").click()
    trigger = tab.locator(f'#text .m.ev[data-refs~="ev-{last}"]').first
    tab.wait_for_function("() => document.querySelector('.m.hl') !== null")
    assert "hl" in trigger.get_attribute("class").split()
    box, height = trigger.bounding_box(), tab.viewport_size["height"]
    assert box is not None and 0 <= box["y"] <= height, "the trigger is scrolled into view"
    assert tab.url.endswith(f"#ev-{last}")
    trigger.hover()
    assert "CAMEO" in tab.locator("#inspector").inner_text()
    tab.click("#inspector a >> nth=0")  # back to the side list
    assert tab.locator("aside li.hl").count() >= 1


def test_web_article_opened_at_an_event_anchor_highlights_it(tab: Any, site: Any) -> None:
    tab.open("/ui/documents/01-moldova-accuses-russia#ev-2")
    assert tab.locator('#text .m.ev.hl[data-refs~="ev-2"]').count() >= 1


def _hostile_pages(site: Any) -> list[str]:
    doc = quote(HOSTILE["id"], safe="")
    rows = _stored(site, "events", HOSTILE["id"])
    assert rows, "the hostile article must yield events, so its text reaches the events pages"
    actor = rows[0]["source_key"] or rows[0]["target_key"]
    return ["/ui", "/ui/documents", f"/ui/documents/{doc}", f"/ui/documents/{doc}?start=0&end=40",
            "/ui/events?since=2024-05-20&until=2024-05-20", "/ui/events?text=shelling", "/ui/claims?scope=all",
            "/ui/timeline?since=2024-05-20", f"/ui/actors/{quote(actor, safe='')}", "/ui/search?q=%3Cscript%3E",
            "/ui/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/ui/events?actor=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E"]


def test_web_hostile_article_renders_as_text_on_every_page(tab: Any, site: Any) -> None:
    for path in _hostile_pages(site):
        tab.open(path)
        assert tab.evaluate("() => window.__xss === undefined"), f"{path}: injected script ran"
        assert tab.locator("main img, main iframe, main [onerror], main [onmouseover]").count() == 0, path
        assert tab.locator("a[href^='javascript:' i]").count() == 0, path
        for s in tab.locator("script").all():  # only the workbench's own script, never one from the article
            assert "__xss" not in s.inner_text(), path
    tab.open("/ui/documents/" + quote(HOSTILE["id"], safe=""))
    assert tab.locator("h1#title").inner_text() == HOSTILE_TITLE, "the title shows as its characters"
    shown = tab.locator("#text").inner_text()
    assert "<script>window.__xss='text'</script>" in shown and '<a href="javascript:' in shown
    assert tab.locator("text=javascript:window.__xss='url'").count() >= 1, "an unsafe URL stays text"
    for mark in tab.locator("#text .m").all()[:30]:
        mark.hover()
    assert tab.evaluate("() => window.__xss === undefined")
    tab.open("/ui/documents")
    assert HOSTILE_TITLE in tab.locator("#documents").inner_text()


def test_web_hostile_input_in_filters_is_echoed_as_text(tab: Any) -> None:
    payload = '"><script>window.__xss=1</script>'
    tab.open("/ui/events")
    tab.fill("input[name=actor]", payload)
    tab.click("#apply")
    tab.wait_for_url(re.compile(r"actor="))
    assert tab.locator("input[name=actor]").input_value() == payload
    assert tab.evaluate("() => window.__xss === undefined")
