"""The HTTP API: analyse, store and query over HTTP, with the same records and errors as the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("fastapi", reason="the HTTP API needs the api extra: pip install -e '.[api]'")
pytest.importorskip("uvicorn", reason="tidings serve needs uvicorn (the api extra)")
httpx = pytest.importorskip("httpx", reason="the tests talk to the server with httpx (in the test extra)")

from serve_helpers import example_article as _article, server  # noqa: E402

SPANISH = ("El Gobierno de España anunció hoy que enviará ayuda humanitaria a los países afectados por las "
           "inundaciones, según informó el ministerio en un comunicado publicado por la mañana.")


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    where = tmp_path_factory.mktemp("api")
    with server(where, "--db", str(where / "api.db")) as c:
        batch = {"documents": [_article("01-moldova-accuses-russia.txt"), _article("07-congo-m23-fighting.txt"),
                               {"id": "blank", "text": "   "}]}
        r = c.post("/documents", json=batch)
        assert r.status_code == 200, r.text
        c.stored = r.json()  # type: ignore[attr-defined]
        yield c


def test_root_reports_versions(client: httpx.Client) -> None:
    body = client.get("/").json()
    assert body["name"] == "tidings" and body["database"] is True
    assert body["versions"]["data:event_patterns"] and body["versions"]["data:cameo"]


def test_analyze_returns_the_exchange_record_with_offsets(client: httpx.Client) -> None:
    text = ("Japan pledged $10 million in flood aid to Pakistan on Tuesday, the Japanese Foreign Ministry said. "
            "\"We stand with the people of Pakistan,\" Foreign Minister Yoko Kamikawa said in Tokyo.")
    r = client.post("/analyze", json={"id": "aid", "text": text, "date": "2024-05-02"})
    assert r.status_code == 200, r.text
    rec = r.json()
    assert rec["id"] == "aid" and rec["text"] == text
    assert {"events", "statements", "claims"} <= rec.keys()
    for item in rec["events"] + rec["statements"]:
        for part in ("trigger", "content"):
            span = item.get(part)
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
    assert any(e["source"] and e["source"]["key"].startswith("JPN") and e["cameo"].startswith("033") for e in rec["events"])
    assert any(s["speaker"] and s["speaker"]["name"] == "Yoko Kamikawa" for s in rec["statements"])


@pytest.mark.parametrize(
    ("payload", "code"),
    [({"text": ""}, "E101"), ({"text": SPANISH}, "E108")],
)
def test_analyze_refuses_bad_articles_with_a_coded_error(client: httpx.Client, payload: dict, code: str) -> None:
    r = client.post("/analyze", json=payload)
    assert r.status_code == 422
    assert r.json()["code"] == code and "request" in r.json()["error"]


def test_analyze_rejects_a_request_without_text(client: httpx.Client) -> None:
    assert client.post("/analyze", json={"id": "x"}).status_code == 422


def test_documents_stores_good_articles_and_reports_bad_ones(client: httpx.Client) -> None:
    body = client.stored  # type: ignore[attr-defined]
    assert body["stored"] == 2 and body["failed"] == 1
    bad = [r for r in body["results"] if "error" in r]
    assert bad[0]["id"] == "blank" and bad[0]["code"] == "E101" and "documents[2]" in bad[0]["error"]


def test_documents_are_idempotent(client: httpx.Client) -> None:
    again = client.post("/documents", json={"documents": [_article("01-moldova-accuses-russia.txt")]}).json()
    assert again["stored"] == 0 and again["results"][0]["stored"] is False
    assert client.get("/stats").json()["totals"]["documents"] == 2


def test_query_events_by_actor_and_root(client: httpx.Client) -> None:
    body = client.get("/events", params={"actor": "COD.REB", "root": "19"}).json()
    assert body["count"] >= 1
    assert all(r["source_key"].startswith("COD.REB") or (r["target_key"] or "").startswith("COD.REB")
               for r in body["rows"])
    assert all(r["cameo"].startswith("19") for r in body["rows"])
    everything = client.get("/events", params={"limit": 10000}).json()["count"]
    assert client.get("/events", params={"limit": 3}).json()["count"] == 3 < everything


def test_query_statements_full_text_search(client: httpx.Client) -> None:
    rows = client.get("/statements", params={"search": "Moldova"}).json()["rows"]
    assert rows and all(r["document"].startswith("01-") for r in rows)


def test_ledger_lists_claims_with_their_timeline(client: httpx.Client) -> None:
    claims = client.get("/ledger").json()["claims"]
    assert claims
    for c in claims:
        assert c["timeline"] and all(e["document"] and e["stance"] for e in c["timeline"])


def test_bad_query_parameters_are_refused(client: httpx.Client) -> None:
    assert client.get("/events", params={"limit": 0}).status_code == 422
    assert client.get("/ledger", params={"window_days": -1}).status_code == 422


def test_server_without_a_database_analyses_but_does_not_query(tmp_path: Path) -> None:
    with server(tmp_path) as c:
        root = c.get("/").json()
        r = c.get("/events")
        docs = c.get("/openapi.json").json()
    assert root["database"] is False
    assert r.status_code == 503 and r.json()["code"] == "E401" and "--db" in r.json()["error"]
    assert {"/analyze", "/documents", "/events", "/ledger", "/stats"} <= docs["paths"].keys()
    assert not list(tmp_path.iterdir())  # no database file appears by itself


def test_serve_without_the_api_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys as _sys

    from click.testing import CliRunner

    from tidings.cli import main

    for name in [m for m in _sys.modules if m == "tidings.api" or m.startswith(("tidings.api.", "tidings.web"))]:
        monkeypatch.delitem(_sys.modules, name)
    monkeypatch.setitem(_sys.modules, "fastapi", None)  # as if FastAPI were not installed
    r = CliRunner().invoke(main, ["serve", "--port", "8999"])
    assert r.exit_code == 1 and "pip install 'tidings[api]'" in r.output and "Traceback" not in r.output


@pytest.mark.parametrize("params, named", [
    ({"plover": "SHOUT"}, "plover SHOUT: not a PLOVER event type"),
    ({"since": "the day before"}, "since the day before: not a date"),
    ({"since": "2024-05-02", "until": "2024-05-01"}, "since 2024-05-02 is after until 2024-05-01"),
    ({"status": "rumoured"}, "status rumoured: not an event status"),
    ({"root": "27"}, "root 27: not a CAMEO root"),
    ({"min_confidence": "1.5"}, "min_confidence 1.5: out of range"),
])
def test_filter_values_are_checked_as_the_cli_checks_them(client: httpx.Client, params: dict, named: str) -> None:
    r = client.get("/events", params=params)
    assert r.status_code == 422
    body = r.json()
    assert body["code"] == "E601" and named in body["error"] and "--" not in body["error"]


def test_filters_are_normalised_before_the_query(client: httpx.Client) -> None:
    lower = client.get("/events", params={"plover": "assault", "limit": 10000}).json()
    upper = client.get("/events", params={"plover": "ASSAULT", "limit": 10000}).json()
    assert lower["count"] == upper["count"] >= 1
    sure = client.get("/events", params={"min_confidence": "0.9", "limit": 10000}).json()
    assert all(r["confidence"] >= 0.9 for r in sure["rows"])
    assert client.get("/statements", params={"min_confidence": "0.5"}).status_code == 422  # events only
    assert client.get("/ledger", params={"plover": "nonsense"}).status_code == 422
