"""The /ui pages over HTTP (no browser): the claims ledger, quotes linked to their exact span, escaping, errors."""

from __future__ import annotations

import re
from html import unescape
from typing import Iterator

import pytest

pytest.importorskip("fastapi", reason="the web view needs the api extra: pip install -e '.[api]'")
pytest.importorskip("uvicorn", reason="tidings serve needs uvicorn (the api extra)")
httpx = pytest.importorskip("httpx", reason="the tests talk to the server with httpx (in the test extra)")

from serve_helpers import example_article, server  # noqa: E402

# a second report of the same dispute, a day later, with markup-like text that must be escaped
FOLLOW_UP = (
    "Moldova repeats charge that Russia funded protests\n"
    "CHISINAU, April 15 — Moldova's government on Tuesday again accused Russia of funding opposition protests, "
    "saying new bank records showed the transfers. Russia's Foreign Ministry denied funding any protests in Moldova "
    "and called the charge <script>alert(1)</script> \"a fabrication\"."
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    where = tmp_path_factory.mktemp("web")
    with server(where, "--db", str(where / "web.db")) as c:
        docs = [example_article("01-moldova-accuses-russia.txt", "2024-04-14"),
                {"id": "follow-up", "text": FOLLOW_UP, "date": "2024-04-15"}]
        assert c.post("/documents", json={"documents": docs}).json()["stored"] == 2
        yield c


def test_ledger_page_lists_contested_claims_with_linked_quotes(client: httpx.Client) -> None:
    r = client.get("/ui/claims")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "contested" in r.text and "denies" in r.text and "asserts" in r.text
    links = re.findall(r'href="(/ui/documents/[^"]+)"', r.text)
    assert links, "every quote should link to its sentence"


def test_quote_link_highlights_exactly_its_span(client: httpx.Client) -> None:
    page = client.get("/ui/claims").text
    for link in re.findall(r'class="quote" href="(/ui/documents/[^"]+)"', page)[:5]:
        link = unescape(link)
        start, end = (int(x) for x in re.search(r"start=(\d+)&end=(\d+)", link).groups())
        doc = client.get(link.split("#")[0])
        assert doc.status_code == 200
        pieces = re.findall(r'<span class="m [^"]*\bhit\b[^"]*"[^>]*>(.*?)</span>', doc.text, re.S)
        assert pieces, "the quoted span should be marked"
        ident = link.split("/ui/documents/")[1].split("?")[0]
        source = FOLLOW_UP if ident == "follow-up" else example_article("01-moldova-accuses-russia.txt")["text"]
        assert unescape("".join(pieces)) == source[start:end]


def test_stored_text_is_escaped(client: httpx.Client) -> None:
    page = client.get("/ui/documents/follow-up").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_actor_filter_and_unknown_document(client: httpx.Client) -> None:
    assert "No claims match" in client.get("/ui/claims", params={"actor": "BRA", "scope": "all"}).text
    r = client.get("/ui/documents/no-such-article")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html") and "No stored document" in r.text


def test_old_ledger_links_lead_to_the_claims_page(client: httpx.Client) -> None:
    r = client.get("/ui", params={"actor": "Russia", "contested": "false"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ui/claims?actor=Russia&scope=all"


def test_root_redirects_browsers_to_the_workbench(client: httpx.Client) -> None:
    r = client.get("/", headers={"accept": "text/html,application/xhtml+xml"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/ui"
    assert client.get("/").json()["name"] == "tidings"  # API clients still get JSON


def test_pages_without_a_database_answer_an_html_503(tmp_path) -> None:
    with server(tmp_path) as c:
        for path in ("/ui", "/ui/events", "/ui/documents/x", "/ui/actors/PRK"):
            r = c.get(path)
            assert r.status_code == 503 and r.headers["content-type"].startswith("text/html"), path
            assert "no database" in r.text


def test_pages_of_an_empty_store_say_to_ingest(tmp_path) -> None:
    with server(tmp_path, "--db", str(tmp_path / "empty.db")) as c:
        assert "The store is empty" in c.get("/ui").text
        for path in ("/ui/events", "/ui/claims", "/ui/documents"):
            assert "tidings ingest" in c.get(path).text, path


def test_pages_forbid_inline_and_foreign_script(client: httpx.Client) -> None:
    for path in ("/ui", "/ui/documents/follow-up", "/ui/no-such-page"):
        policy = client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    js = client.get("/ui/static/article.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert client.get("/ui/static/../pages.py").status_code == 404
