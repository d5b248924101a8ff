"""The workbench in headless Chromium: every page, its filters, paging, links, charts and error pages.

Assertions are on the rendered page (what the browser lays out and runs), not on the HTML.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the web view needs the api extra: pip install -e '.[api]'")
pytest.importorskip("uvicorn", reason="tidings serve needs uvicorn (the api extra)")


def _texts(tab: Any, selector: str) -> list[str]:
    return [t.strip() for t in tab.locator(selector).all_inner_texts()]


def _total(tab: Any) -> int:
    return int(tab.locator("#total").inner_text())


def test_web_root_redirects_a_browser_to_the_overview(tab: Any) -> None:
    tab.open("/")
    assert tab.url.endswith("/ui")
    assert int(tab.locator("#n-documents").inner_text()) >= 11
    assert "2024-05-21" in tab.locator("#date-range").inner_text()
    nav = _texts(tab, "nav a")
    for view in ("documents", "events", "timeline", "claims"):
        assert view in nav
    assert tab.locator("#by-plover tr").count() > 3 and tab.locator("#actors tr").count() > 3
    assert tab.locator("#contested a").count() >= 1, "the demo corpus has contested claims"


def test_web_home_search_box_finds_an_actor(tab: Any) -> None:
    tab.open("/ui")
    tab.fill("main input[name=q]", "Russia")
    tab.click("main form button")
    tab.wait_for_url(re.compile(r"/ui/search"))
    assert "RUS" in " ".join(_texts(tab, "#found-actors a"))
    tab.click("#search-links a >> nth=1")
    tab.wait_for_url(re.compile(r"/ui/events"))
    assert _total(tab) > 0


def test_web_events_filter_by_plover_and_status_narrows_the_rows(tab: Any) -> None:
    tab.open("/ui/events")
    everything = _total(tab)
    tab.select_option("select[name=plover]", "ACCUSE")
    tab.click("#apply")
    tab.wait_for_url(re.compile(r"plover=ACCUSE"))
    accused = _total(tab)
    assert 0 < accused < everything
    assert set(_texts(tab, "#events tr.event-row td:nth-child(4)")) == {"ACCUSE"}
    assert tab.locator("select[name=plover]").input_value() == "ACCUSE", "the form keeps its filter"
    tab.select_option("select[name=plover]", "")  # and unsetting it works the other way
    tab.click("#apply")
    tab.wait_for_load_state()
    assert _total(tab) == everything


def test_web_events_dates_actor_dyad_and_words(tab: Any) -> None:
    tab.open("/ui/events?since=2024-05-01&until=2024-05-01")
    assert _total(tab) > 0 and set(_texts(tab, "#events tr.event-row td:nth-child(1)")) == {"2024-05-01"}
    tab.open("/ui/events")
    tab.fill("input[name=actor]", "Russia")
    tab.fill("input[name=dyad]", "MDA")
    tab.click("#apply")
    tab.wait_for_load_state()
    rows = tab.locator("#events tr.event-row").all()
    assert rows
    for row in rows:
        sides = row.locator("td:nth-child(2)").inner_text() + " " + row.locator("td:nth-child(5)").inner_text()
        assert "RUS" in sides and "MDA" in sides
    tab.open("/ui/events?text=protests")
    for s in _texts(tab, "#events a.sentence"):
        assert "protests" in s.lower()


def test_web_events_facets_pages_and_exports(tab: Any, site: Any) -> None:
    tab.open("/ui/events")
    total = _total(tab)
    assert total > 50, "the demo corpus has more than one page of events"
    first_page = _texts(tab, "#events a.sentence")
    assert len(first_page) == 50 and "page 1 of" in tab.locator("#page-no").inner_text()
    tab.click("#next")
    tab.wait_for_url(re.compile(r"page=2"))
    assert "page 2 of" in tab.locator("#page-no").inner_text()
    assert _texts(tab, "#events a.sentence") != first_page
    tab.click("#prev")
    tab.wait_for_load_state()
    assert _texts(tab, "#events a.sentence") == first_page
    facet = tab.locator(".facet[data-facet=status] a").first
    status, count = facet.inner_text(), int(facet.evaluate("a => a.nextElementSibling.textContent"))
    facet.click()
    tab.wait_for_url(re.compile(r"status="))
    assert _total(tab) == count and set(_texts(tab, "#events tr.event-row td:nth-child(6)")) <= {status} | {
        t for t in _texts(tab, "#events tr.event-row td:nth-child(6)") if t.startswith(status + " ")}
    for link, kind in (("#csv", "csv"), ("#json", "json")):
        href = tab.locator(link).get_attribute("href")
        body = site.get(href)
        assert body.status_code == 200
        n = body.json()["count"] if kind == "json" else len(body.text.strip().splitlines()) - 1
        assert n == count, f"the {kind} download holds exactly the filtered rows"


def test_web_event_row_links_to_its_sentence(tab: Any) -> None:
    tab.open("/ui/events?plover=ACCUSE&page=1")
    row = tab.locator("#events a.sentence").nth(1)
    sentence, trigger = row.inner_text(), row.locator("b").inner_text()
    row.click()
    tab.wait_for_url(re.compile(r"/ui/documents/"))
    hit = tab.locator("#text .m.hit")
    assert hit.count() >= 1 and "".join(hit.all_inner_texts()) == sentence
    assert trigger in tab.locator("#text .m.hit.ev").all_inner_texts()
    assert hit.first.is_visible()


def test_web_claims_filters_work_both_ways_and_quotes_open_their_sentence(tab: Any) -> None:
    tab.open("/ui/claims")
    contested = _total(tab)
    assert contested > 0 and set(_texts(tab, "section.claim h2 .tag")) == {"contested"}
    tab.select_option("#scope", "all")
    tab.click("#apply")
    tab.wait_for_url(re.compile(r"scope=all"))
    assert _total(tab) > contested and tab.locator("#scope").input_value() == "all"
    assert "repeated" in _texts(tab, "section.claim h2 .tag")
    tab.select_option("#scope", "contested")
    tab.click("#apply")
    tab.wait_for_url(re.compile(r"scope=contested"))
    assert _total(tab) == contested
    marks = tab.locator("section.claim svg.stances .stance-mark")
    assert marks.count() >= 2 and marks.first.bounding_box()["width"] > 0
    assert {"asserts", "denies"} <= {m.get_attribute("data-stance") for m in marks.all()}
    quote = tab.locator("section.claim a.quote").first
    words = quote.inner_text()
    quote.click()
    tab.wait_for_url(re.compile(r"/ui/documents/.*start="))
    assert "".join(tab.locator("#text .m.hit").all_inner_texts()) == words
    tab.go_back()
    tab.click("section.claim p.meta a >> nth=0")  # the articles behind the claim
    tab.wait_for_url(re.compile(r"/ui/documents/"))
    assert tab.locator("#event-list li").count() > 0


def test_web_claims_paging_and_empty_message(tab: Any) -> None:
    tab.open("/ui/claims?scope=all")
    if tab.locator("#next").count():
        first = _texts(tab, "section.claim h2")
        tab.click("#next")
        tab.wait_for_url(re.compile(r"page=2"))
        assert _texts(tab, "section.claim h2") != first
    tab.open("/ui/claims?actor=BRA")
    message = tab.locator("#no-match").inner_text()
    assert "filters" in message and "ingest" not in message


def test_web_actor_page_draws_its_events_and_counterparts(tab: Any) -> None:
    tab.open("/ui")
    tab.click("#actors a >> nth=0")
    tab.wait_for_url(re.compile(r"/ui/actors/"))
    key = tab.locator("#actor-key").inner_text().split()[0]
    bars = tab.locator("svg.chart rect.bar")
    assert bars.count() > 0 and bars.first.bounding_box()["height"] > 0
    assert {b.get_attribute("data-group") for b in bars.all()} <= {"source", "target"}
    edges = tab.locator("svg.network line.edge")
    assert edges.count() == tab.locator("#counterparts tr").count() - 1 > 0
    assert tab.locator("#statements tr").count() > 1
    other = tab.locator("#counterparts a").first.inner_text()
    tab.click("#counterparts td a >> text=events between")
    tab.wait_for_url(re.compile(r"dyad="))
    assert _total(tab) > 0
    tab.open("/ui/actors/" + key)
    tab.click(f"svg.network a.node >> text={other}")
    tab.wait_for_url(re.compile(r"/ui/actors/"))
    assert tab.locator("#actor-key").inner_text().startswith(other)


def test_web_timeline_by_day_and_week_by_type_and_quad_class(tab: Any) -> None:
    tab.open("/ui/timeline")
    days = {b.get_attribute("data-period") for b in tab.locator("svg.chart rect.bar").all()}
    assert len(days) >= 5
    tab.select_option("select[name=by]", "week")
    tab.select_option("select[name=group]", "quad_class")
    tab.click("#apply")
    tab.wait_for_url(re.compile(r"by=week"))
    bars = tab.locator("svg.chart rect.bar").all()
    weeks = {b.get_attribute("data-period") for b in bars}
    assert 2 <= len(weeks) < len(days) and {b.get_attribute("data-group") for b in bars} <= {"1", "2", "3", "4", "-"}
    drawn = sum(int(b.get_attribute("data-count")) for b in bars)
    assert drawn == _total(tab)
    tab.select_option("select[name=plover]", "ACCUSE")
    tab.click("#apply")
    tab.wait_for_load_state()
    assert 0 < _total(tab) < drawn


def test_web_documents_list_and_article_marks(tab: Any) -> None:
    tab.open("/ui/documents")
    assert _total(tab) >= 11
    tab.click("#documents a >> text=Moldova")
    tab.wait_for_url(re.compile(r"/ui/documents/"))
    assert tab.locator("h1#title").inner_text().startswith("Moldova"), "a plain-text article's headline is its title"
    for kind in ("ev", "mn", "spk", "cue", "sc"):
        assert tab.locator(f"#text .m.{kind}").count() > 0, kind
    assert tab.locator("#text .m[class*=cs-]").count() > 0
    n_events = tab.locator("#event-list > li").count()
    assert n_events > 0
    for i in range(n_events):
        assert tab.locator(f"#ev-{i}").count() == 1
    mark = tab.locator("#text .m.ev").first
    mark.focus()
    details = tab.locator("#inspector").inner_text()
    assert "CAMEO" in details and "status" in details and "evidence" in details and "confidence" in details


@pytest.mark.parametrize("path, words", [
    ("/ui/documents/no-such-article", "No stored document"),
    ("/ui/actors/ZZZ.NOBODY", "No stored event"),
    ("/ui/no/such/page", "There is no page"),
    ("/ui/events?page=minus", "page must be a whole number"),
    ("/ui/events?since=yesterday", "since must be a date"),
])
def test_web_error_pages_are_html(tab: Any, path: str, words: str) -> None:
    response = tab.open(path)
    assert response.status in (400, 404)
    assert tab.locator("h1").inner_text().startswith(str(response.status))
    assert words in tab.locator("#error-message").inner_text()
    tab.click("text=back to the overview")
    tab.wait_for_url(re.compile(r"/ui$"))
