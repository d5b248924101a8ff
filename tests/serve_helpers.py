"""Start ``tidings serve`` in its own process on a free loopback port (tests of the HTTP API and web view)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import httpx
import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TOKEN = "test-token-not-secret"  # the write token the test servers start with (tidings serve --token)


def example_article(name: str, date: str = "2024-05-02") -> dict[str, str]:
    """A demo-corpus article as a POST /documents item."""
    path = EXAMPLES / name
    return {"id": path.stem, "text": path.read_text(encoding="utf-8"), "date": date}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def server(cwd: Path, *args: str, token: str | None = TOKEN) -> Iterator[httpx.Client]:
    """``tidings serve`` in its own process on a free loopback port, and a client for it.

    ``token``: the server's write token (given through TIDINGS_TOKEN), which the client sends; None: a
    read-only server and a client without a token."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "TIDINGS_TOKEN"}
    if token is not None:
        env["TIDINGS_TOKEN"] = token
    proc = subprocess.Popen([sys.executable, "-m", "tidings", "serve", "--port", str(port), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=cwd, env=env)
    headers = {"authorization": f"Bearer {token}"} if token is not None else {}
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120, headers=headers) as c:
            deadline = time.monotonic() + 60
            while True:
                try:
                    c.get("/")
                    break
                except httpx.TransportError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        out = proc.stdout.read().decode() if proc.stdout else ""
                        pytest.fail(f"tidings serve did not start: {out[-500:]}")
                    time.sleep(0.2)
            c.port = port  # type: ignore[attr-defined]
            c.process = proc  # type: ignore[attr-defined]
            yield c
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if proc.stdout:
            proc.stdout.close()


