"""What the server lets in, checked before any handler runs (a pure ASGI middleware).

In order: writes need the server's token (none configured: the server is
read-only); ``POST /analyze`` can be turned off; a body must be JSON; a body
over ``max_body`` is refused with 413, from its Content-Length before a byte is
read, or as soon as a chunked body passes the limit; a body that does not arrive
within ``body_timeout`` seconds gets 408. The body, read whole and bounded, is
then handed to the application. Every refusal is the API's one error envelope.
"""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, MutableMapping

import anyio

from ..errors import BodyTooLarge, Forbidden, InvalidRequest, RequestRefused, RequestTimeout, Unauthorized, UnsupportedMedia

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
READ_ONLY_POSTS = frozenset({"/analyze"})  # POST endpoints that change nothing stored


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """How ``tidings serve`` guards itself (defaults: read-only, analysis on, no CORS, 10 MB bodies)."""

    token: str | None = None  # writes (POST /documents ...) need "Authorization: Bearer <token>"; None: read-only
    analyze: bool = True  # POST /analyze answers (it stores nothing, but costs CPU)
    cors_origins: tuple[str, ...] = ()  # origins allowed to call the API from a browser; none: no CORS headers
    max_body: int = 10_000_000  # bytes of one request body
    body_timeout: float = 30.0  # seconds for a whole request body to arrive
    header_timeout: float = 10.0  # seconds for a connection's request headers to arrive (tidings serve)
    max_connections: int = 200  # open connections at once; more get 503 (tidings serve)


def envelope(err: RequestRefused | Any, status: int) -> dict[str, Any]:
    """The API's one error shape: ``{ok, error, code, status}``."""
    return {"ok": False, "error": str(err), "code": err.code, "status": status}


async def respond(send: Send, err: RequestRefused, headers: dict[str, str] | None = None) -> None:
    body = json.dumps(envelope(err, err.status)).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": err.status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", ()):
        if k.lower() == name:
            return str(v.decode("latin-1"))
    return None


def token_matches(given: str | None, token: str) -> bool:
    """Constant-time comparison of an ``Authorization: Bearer`` value with the server's token."""
    if not given or not given.lower().startswith("bearer "):
        return False
    return hmac.compare_digest(given[7:].strip().encode(), token.encode())


class Guard:
    """The ASGI middleware: refuses what the options do not allow, then passes the request on."""

    def __init__(self, app: ASGIApp, options: ServeOptions) -> None:
        self.app = app
        self.options = options

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            extra = {"www-authenticate": "Bearer"} if isinstance(refusal, Unauthorized) else None
            await respond(send, refusal, extra)
            return
        if scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        body, refusal = await self._body(receive)
        if refusal is not None:
            await respond(send, refusal)
            return
        await self.app(scope, _replay(body, receive), send)

    def _refusal(self, scope: Scope) -> RequestRefused | None:
        """What the headers alone are enough to refuse."""
        method, path, o = scope["method"], scope["path"].rstrip("/") or "/", self.options
        if method in SAFE_METHODS:
            return None
        if path == "/analyze" and not o.analyze:
            return Forbidden("POST /analyze is turned off on this server")
        if path not in READ_ONLY_POSTS:
            if o.token is None:
                return Forbidden("this server is read-only: start it with --token (or TIDINGS_TOKEN) to accept writes")
            if not token_matches(_header(scope, b"authorization"), o.token):
                return Unauthorized("this endpoint writes to the store: send 'Authorization: Bearer <token>'")
        length = _header(scope, b"content-length")
        if length is not None and not length.isdigit():
            return InvalidRequest("Content-Length is not a number", status=400)
        if length in (None, "0") and _header(scope, b"transfer-encoding") is None:
            return None  # no body: the endpoint says whether it needs one
        kind = (_header(scope, b"content-type") or "").split(";")[0].strip().lower()
        if kind != "application/json":
            return UnsupportedMedia(f"request body must be JSON (content-type application/json), not {kind or 'none'!r}")
        if length is not None and int(length) > o.max_body:
            return BodyTooLarge(f"request body of {int(length):,} bytes is over this server's {o.max_body:,}-byte limit")
        return None

    async def _body(self, receive: Receive) -> tuple[bytes, RequestRefused | None]:
        """The whole body, at most ``max_body`` bytes, within ``body_timeout`` seconds."""
        chunks: list[bytes] = []
        size = 0
        with anyio.move_on_after(self.options.body_timeout) as timer:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    break
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.options.max_body:
                    return b"", BodyTooLarge(f"request body is over this server's {self.options.max_body:,}-byte limit")
                chunks.append(chunk)
                if not message.get("more_body", False):
                    break
        if timer.cancelled_caught:
            return b"", RequestTimeout(f"request body did not arrive within {self.options.body_timeout:g} s")
        return b"".join(chunks), None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands over the body already read, then waits on the client as before."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
