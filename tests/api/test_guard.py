"""Issue 14: the server under attack. Tokens, read-only default, body limits, slow clients, one error
envelope, /docs offline, CORS, parameterised full-text search, and concurrent clients (bounded loops)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from typing import Iterator

import pytest

pytest.importorskip("fastapi", reason="the HTTP API needs the api extra: pip install -e '.[api]'")
pytest.importorskip("uvicorn", reason="tidings serve needs uvicorn (the api extra)")
httpx = pytest.importorskip("httpx", reason="the tests talk to the server with httpx (in the test extra)")

from serve_helpers import TOKEN, example_article, server  # noqa: E402

ENVELOPE = {"ok", "error", "code", "status"}


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    where = tmp_path_factory.mktemp("guard")
    with server(where, "--db", str(where / "g.db"), "--max-body", "200000", "--body-timeout", "1",
                "--header-timeout", "2") as c:
        r = c.post("/documents", json={"documents": [example_article("01-moldova-accuses-russia.txt"),
                                                      {"id": "xss", "text": XSS}]})
        assert r.status_code == 200 and r.json()["stored"] == 2, r.text
        yield c


XSS = ("Kenya accused Somalia of <script>alert('x')</script> blocking the talks on Tuesday, the ministry said. "
       "Somalia denied it and said \"<img src=x onerror=alert(1)>\" was never its policy.")


def _refused(r: httpx.Response, status: int, code: str) -> dict:
    body = r.json()
    assert r.status_code == status and set(body) == ENVELOPE, (r.status_code, r.text)
    assert body["ok"] is False and body["status"] == status and body["code"] == code and f"[{code}]" in body["error"]
    return body


def test_guard_documents_need_the_token(guarded: httpx.Client) -> None:
    batch = {"documents": [{"id": "t", "text": example_article("03-pakistan-flood-aid.txt")["text"]}]}
    anonymous = httpx.post(f"{guarded.base_url}/documents", json=batch, timeout=60)
    _refused(anonymous, 401, "E701")
    assert anonymous.headers["www-authenticate"] == "Bearer"
    wrong = httpx.post(f"{guarded.base_url}/documents", json=batch, headers={"authorization": "Bearer " + TOKEN[:-1] + "x"})
    _refused(wrong, 401, "E701")
    assert guarded.post("/documents", json=batch).status_code == 200


def test_guard_server_without_token_is_read_only(tmp_path: Path) -> None:
    with server(tmp_path, "--db", str(tmp_path / "ro.db"), "--no-analyze", token=None) as c:
        _refused(c.post("/documents", json={"documents": [{"text": "x"}]}), 403, "E702")
        _refused(c.post("/analyze", json={"text": "Kenya accused Somalia."}), 403, "E702")
        assert c.get("/events").status_code == 200


def test_guard_body_over_the_limit_is_refused_before_it_is_read(guarded: httpx.Client) -> None:
    big = b'{"text": "' + b"a " * 150_000 + b'"}'
    _refused(guarded.post("/analyze", content=big, headers={"content-type": "application/json"}), 413, "E703")

    def chunks() -> Iterator[bytes]:  # no Content-Length: refused once the stream passes the limit
        for _ in range(100):
            yield b" " * 10_000

    _refused(guarded.post("/analyze", content=chunks(), headers={"content-type": "application/json"}), 413, "E703")


def _raw(port: int, data: bytes, *, wait: float = 30) -> bytes:
    """Send ``data`` and read what the server answers until it closes (at most ``wait`` seconds)."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
        return out


def test_guard_slow_body_gets_408(guarded: httpx.Client) -> None:
    head = (b"POST /analyze HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n"
            b"connection: close\r\n\r\n{\"text\":")
    answer = _raw(guarded.port, head)  # type: ignore[attr-defined]
    assert answer.startswith(b"HTTP/1.1 408") and b'"E706"' in answer


def test_guard_slow_headers_are_cut_off(guarded: httpx.Client) -> None:
    assert _raw(guarded.port, b"GET /events HTTP/1.1\r\nhost: x\r\n") == b""  # type: ignore[attr-defined]
    assert guarded.get("/").status_code == 200  # and the server still answers


@pytest.mark.parametrize(
    ("body", "content_type", "status", "code"),
    [
        (b'{"text": "unterminated', "application/json", 400, "E705"),
        (b'{"id": "no text"}', "application/json", 422, "E705"),
        (b'{"text": 5}', "application/json", 422, "E705"),
        (b"text=Kenya", "application/x-www-form-urlencoded", 415, "E704"),
        (b"Kenya accused Somalia.", "text/plain", 415, "E704"),
        (b'{"text": ""}', "application/json", 422, "E101"),
    ],
)
def test_guard_bad_requests_get_the_one_envelope(guarded: httpx.Client, body: bytes, content_type: str, status: int,
                                                  code: str) -> None:
    _refused(guarded.post("/analyze", content=body, headers={"content-type": content_type}), status, code)


def test_guard_unknown_endpoints_and_parameters_get_the_envelope(guarded: httpx.Client) -> None:
    _refused(guarded.get("/nowhere"), 404, "E707")
    _refused(guarded.delete("/events"), 405, "E707")
    _refused(guarded.get("/events", params={"limit": "many"}), 422, "E705")


def test_guard_docs_work_offline(guarded: httpx.Client) -> None:
    r = guarded.get("/docs")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text.lower()
    assert "/openapi.json" in page and "/documents" in page and "<script" not in page and "http" not in page.split("<body")[1]
    assert guarded.get("/redoc").status_code == 404


def test_guard_no_cors_unless_configured(guarded: httpx.Client, tmp_path: Path) -> None:
    pre = {"origin": "http://evil.example", "access-control-request-method": "POST"}
    assert "access-control-allow-origin" not in guarded.get("/events", headers={"origin": "http://evil.example"}).headers
    assert "access-control-allow-origin" not in guarded.options("/documents", headers=pre).headers
    with server(tmp_path, "--cors-origin", "http://ok.example") as c:
        r = c.get("/", headers={"origin": "http://ok.example"})
        assert r.headers["access-control-allow-origin"] == "http://ok.example"
        assert "access-control-allow-origin" not in c.get("/", headers={"origin": "http://evil.example"}).headers


@pytest.mark.parametrize("search", ['"', 'Moldova"', "NEAR(", "NEAR(Moldova Russia)", "*", "Mold*", "a OR", "-",
                                    "'; DROP TABLE documents; --", "documents_fts MATCH", "\u0000", "(((", "^"])
def test_guard_full_text_search_syntax_is_data(guarded: httpx.Client, search: str) -> None:
    for kind in ("events", "statements", "claims", "actors"):
        r = guarded.get(f"/{kind}", params={"search": search})
        assert r.status_code in (200, 422), r.text
    assert guarded.get("/stats").json()["totals"]["documents"] >= 2


def test_guard_article_text_is_escaped_in_pages(guarded: httpx.Client) -> None:
    page = guarded.get("/ui/documents/xss").text
    assert "<script>alert" not in page and "<img src=x" not in page and "&lt;script&gt;" in page


def test_guard_serve_warns_off_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    import tidings.api.app as app_module
    from tidings.cli import main

    seen: list[object] = []
    monkeypatch.setattr(app_module, "serve", lambda db, host, port, options: seen.append((host, options)))
    quiet = CliRunner().invoke(main, ["serve"])
    loud = CliRunner().invoke(main, ["serve", "--host", "0.0.0.0"])
    assert quiet.exit_code == 0 and "warning" not in quiet.output
    assert loud.exit_code == 0 and "warning: listening on 0.0.0.0, not loopback" in loud.output
    assert seen[0][0] == "127.0.0.1" and seen[0][1].token is None  # type: ignore[index,union-attr]


def test_guard_concurrent_clients_get_no_errors(guarded: httpx.Client) -> None:
    """A bounded version of benchmarks/load.py: 24 clients, 6 requests each, queries and analyses mixed."""
    errors: list[str] = []
    text = example_article("09-kenya-tanzania-agreement.txt")["text"]

    def client(n: int) -> None:
        with httpx.Client(base_url=str(guarded.base_url), timeout=120) as c:
            for i in range(6):
                if (n + i) % 6 == 0:
                    r = c.post("/analyze", json={"id": f"c{n}-{i}", "text": text})
                else:
                    path = ("/events", "/statements", "/ledger", "/stats", "/claims")[(n + i) % 5]
                    r = c.get(path, params={"limit": 20})
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text[:100]}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
