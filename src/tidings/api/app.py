"""The FastAPI application. Handlers parse the request, call the library and return plain JSON.

Safety (``guard.py`` and below): read-only unless started with a token, bounded
bodies, one error envelope ``{ok, error, code, status}`` for every refusal and
error (FastAPI's own validation errors included), no CORS unless configured,
``/docs`` served from the OpenAPI document with no script and no CDN.
"""

from __future__ import annotations

import re
import threading
from contextlib import asynccontextmanager
from html import escape
from typing import Any, AsyncIterator, Callable

import anyio
from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import BadFilter, InputError, InvalidRequest, NotFound, RequestRefused, StoreError, TidingsError, input_error
from ..ingest.readers import read_record
from ..records import Failure
from ..store import Store, query as q
from ..validate import check_filters
from ..web import router as web_pages
from .guard import Guard, ServeOptions, envelope

MAX_ROWS = 10_000  # rows one query returns at most (page with since/until or document for more)
MAX_BATCH = 100  # articles one POST /documents may carry


class Article(BaseModel):
    """One article, as in a JSON Lines corpus."""

    text: str
    id: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


class AnalyzeRequest(Article):
    explain: bool = Field(False, description="Add each actor mention's evidence and each event's pattern.")


class Batch(BaseModel):
    documents: list[Article] = Field(..., min_length=1, max_length=MAX_BATCH)


def _status(e: TidingsError) -> int:
    if isinstance(e, RequestRefused):
        return e.status
    if isinstance(e, (InputError, BadFilter)):
        return 422
    if isinstance(e, StoreError):
        return 503
    return 500


def _error(e: TidingsError, status: int | None = None) -> JSONResponse:
    status = status or _status(e)
    return JSONResponse(envelope(e, status), status_code=status)


def _failed(f: Failure) -> TidingsError:
    """The error to answer for a document that failed analysis: the reader's codes are the client's fault (422)."""
    if f.code.startswith("E1"):
        return input_error(f.code, f.message, path="request")
    err = TidingsError(f"request: {f.stage} failed: {f.message}")
    err.code = f.code
    return err


def _validation_message(e: RequestValidationError) -> tuple[str, int]:
    """One line for FastAPI's validation errors, and 400 for a body that is not JSON at all."""
    errors = list(e.errors())
    status = 400 if any(x.get("type") == "json_invalid" for x in errors) else 422
    parts = [f"{'.'.join(str(p) for p in x.get('loc', ()))}: {x.get('msg', 'invalid')}" for x in errors[:3]]
    more = f" (and {len(errors) - 3} more)" if len(errors) > 3 else ""
    return "request: " + "; ".join(parts) + more, status


def create_app(db: str | None = None, options: ServeOptions | None = None) -> FastAPI:
    """The application; ``db`` is the store the query endpoints read and POST /documents writes
    (a SQLite path or a postgresql:// URL). Without it only ``/`` and ``/analyze`` answer.
    ``options``: token, /analyze on or off, CORS origins, body limits (``guard.ServeOptions``)."""
    opts = options or ServeOptions()
    lock = threading.Lock()  # spaCy pipelines are not safe to share between threads
    analysis = anyio.CapacityLimiter(1)  # requests waiting for the pipeline wait here, not in the thread pool
    opened: dict[str, Store] = {}
    opening = threading.Lock()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if "store" in opened:
            opened.pop("store").close()

    app = FastAPI(title="tidings", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Events, statements and claims from international news, with provenance.")
    app.add_middleware(Guard, options=opts)
    if opts.cors_origins:  # added last, so it runs first: preflight requests are answered before the guard
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(opts.cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["authorization", "content-type"])

    def store() -> Store:
        if db is None:
            raise StoreError("this server has no database: start it with 'tidings serve --db URL'")
        with opening:  # concurrent first requests open one Store, not several
            if "store" not in opened:
                opened["store"] = Store.open(db)
        return opened["store"]

    @app.exception_handler(TidingsError)
    def _tidings_error(request: Request, e: TidingsError) -> JSONResponse:
        return _error(e)

    @app.exception_handler(RequestValidationError)
    def _invalid(request: Request, e: RequestValidationError) -> JSONResponse:
        message, status = _validation_message(e)
        return _error(InvalidRequest(message, status=status))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, e: StarletteHTTPException) -> Response:
        if request.url.path.startswith("/ui"):  # the web pages answer in HTML
            return await http_exception_handler(request, e)
        err = NotFound(f"{request.method} {request.url.path}: {e.detail}", status=e.status_code) \
            if e.status_code in (404, 405) else InvalidRequest(str(e.detail), status=e.status_code)
        return _error(err)

    @app.exception_handler(Exception)
    def _unexpected(request: Request, e: Exception) -> JSONResponse:
        return _error(TidingsError(f"internal error ({type(e).__name__}); the server log has the details"), 500)

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        """The API's endpoints, from its OpenAPI document: no script, nothing fetched from elsewhere."""
        return HTMLResponse(docs_page(app.openapi()))

    @app.get("/", response_model=None)
    def root(request: Request) -> dict[str, Any] | RedirectResponse:
        from ..pipeline import versions

        if "text/html" in request.headers.get("accept", ""):  # a browser: the workbench; API clients keep the JSON
            return RedirectResponse("/ui", status_code=303)
        return {"name": "tidings", "version": __version__, "database": db is not None, "versions": versions()}

    @app.post("/analyze")
    async def analyze(article: AnalyzeRequest) -> dict[str, Any]:
        """One article analysed, nothing stored (off with ``tidings serve --no-analyze``)."""
        from ..exchange import to_record

        document = read_record(article.model_dump(exclude={"explain"}), name="request")

        def run() -> Any:
            failures: list[Failure] = []
            with lock:
                found = list(_analyses([document], failures.append))
            if failures:
                raise _failed(failures[0])
            return to_record(found[0], explain=article.explain)

        return dict(await anyio.to_thread.run_sync(run, limiter=analysis))

    @app.post("/documents")
    async def documents(batch: Batch) -> dict[str, Any]:
        """Articles analysed and stored (needs the server's token); bad articles are reported one by one."""
        from ..store.rows import document_id

        results: list[dict[str, Any]] = []
        good = []
        for n, article in enumerate(batch.documents):
            try:
                good.append(read_record(article.model_dump(), name=f"documents[{n}]"))
            except InputError as e:
                results.append({"index": n, "id": article.id, "code": e.code, "error": str(e)})
        target = store()

        def run() -> None:
            def failed(f: Failure) -> None:
                results.append({"id": f.id, "code": f.code, "error": f"{f.id}: {f.message} [{f.code}]"})

            with lock:
                analyses = list(_analyses(good, failed))
            for a in analyses:
                written = target.write(a)
                results.append({"id": a.document.id, "document": document_id(a.document.text), "stored": written})

        await anyio.to_thread.run_sync(run, limiter=analysis)
        return {"stored": sum(1 for r in results if r.get("stored")),
                "failed": sum(1 for r in results if "error" in r), "results": results}

    def rows_endpoint(kind: str) -> Callable[..., dict[str, Any]]:
        read = getattr(q, kind)

        def endpoint(
            actor: str | None = None, cameo: str | None = None, root: str | None = None,
            plover: str | None = None, status: str | None = None,
            since: str | None = Query(None, description="YYYY-MM-DD, inclusive"),
            until: str | None = Query(None, description="YYYY-MM-DD, inclusive"),
            document: str | None = None, search: str | None = None,
            limit: int = Query(100, ge=1, le=MAX_ROWS),
            min_confidence: str | None = Query(None, description="events: at least this confident (0-1)"),
        ) -> dict[str, Any]:
            given = dict(actor=actor, cameo=cameo, root=root, plover=plover, status=status, since=since,
                         until=until, document=document, search=search, min_confidence=min_confidence)
            f = q.Filters(**query_filters(kind, given), limit=limit)
            rows = read(store(), f)
            return {"count": len(rows), "rows": jsonable_encoder(rows)}

        endpoint.__name__ = f"query_{kind}"
        endpoint.__doc__ = f"Stored {kind}, filtered as by 'tidings query {kind}'."
        return endpoint

    for kind in ("events", "statements", "claims", "actors", "failures"):
        app.get(f"/{kind}")(rows_endpoint(kind))

    @app.get("/ledger")
    def ledger(
        actor: str | None = None, plover: str | None = None, since: str | None = None, until: str | None = None,
        window_days: int = Query(90, ge=0, le=36500), contested: bool = False, limit: int = Query(100, ge=1, le=MAX_ROWS),
    ) -> dict[str, Any]:
        """The cross-document claims ledger: contested claims first, each with its timeline."""
        from ..claims import as_record
        from ..store.ledger import ledger as read_ledger

        f = q.Filters(**query_filters("claims", dict(actor=actor, plover=plover, since=since, until=until)), limit=limit)
        claims = read_ledger(store(), f, window_days=window_days, contested_only=contested)
        return {"count": len(claims), "claims": [as_record(c) for c in claims]}

    app.include_router(web_pages(store))  # /ui: the analysts' workbench (HTML pages over the store)

    @app.get("/stats")
    def stats(top: int = Query(20, ge=1, le=1000)) -> dict[str, Any]:
        from ..store.stats import stats as read_stats

        return read_stats(store(), top=top).as_dict()

    return app


def query_filters(kind: str, given: dict[str, Any]) -> dict[str, Any]:
    """The query parameters a client gave, checked as the CLI checks its options (``validate.check_filters``);
    a refusal names the parameter as the API spells it (``since``, not ``--since``)."""
    try:
        return check_filters(kind, **{k: v for k, v in given.items() if v is not None})
    except BadFilter as e:
        raise BadFilter(re.sub(r"--([a-z][a-z-]*)", lambda m: m.group(1).replace("-", "_"), e.message)) from e


def _analyses(documents: list[Any], on_failure: Callable[[Failure], None]) -> Any:
    from ..pipeline import analyze_documents

    return analyze_documents(documents, on_failure=on_failure)


def docs_page(spec: dict[str, Any]) -> str:
    """A plain HTML page of the endpoints in an OpenAPI document, every string escaped."""
    rows = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = ", ".join(escape(str(p.get("name"))) for p in op.get("parameters", []))
            body = " (JSON body)" if "requestBody" in op else ""
            rows.append(f"<tr><td><code>{escape(method.upper())} {escape(path)}</code></td>"
                        f"<td>{escape(op.get('summary') or '')}{body}<br><small>{params}</small></td></tr>")
    title = escape(f"{spec.get('info', {}).get('title', 'API')} {spec.get('info', {}).get('version', '')}")
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{title}</title></head><body>"
            f"<h1>{title}</h1><p>The machine-readable description: <a href=\"/openapi.json\">/openapi.json</a>. "
            f"Writes need <code>Authorization: Bearer &lt;token&gt;</code>.</p>"
            f"<table border=1 cellpadding=4><tr><th>endpoint</th><th>what it does</th></tr>{''.join(rows)}</table>"
            f"</body></html>")


def serve(db: str | None, host: str, port: int, options: ServeOptions | None = None) -> None:
    """Run the application with uvicorn (the ``api`` extra)."""
    try:
        import uvicorn
    except ImportError as e:
        raise TidingsError("the HTTP server needs the api extra: pip install 'tidings[api]'") from e
    from .protocol import protocol_with_header_timeout

    opts = options or ServeOptions()
    if db is not None:
        Store.open(db).close()  # a bad URL or an unwritable path fails now, not at the first request
    uvicorn.run(create_app(db, opts), host=host, port=port, log_level="info", limit_concurrency=opts.max_connections,
                timeout_keep_alive=5, h11_max_incomplete_event_size=16_384,
                http=protocol_with_header_timeout(opts.header_timeout))
