"""The FastAPI application. Handlers parse the request, call the library and return plain JSON."""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator, Callable

from fastapi import FastAPI, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field

from .. import __version__
from ..errors import InputError, StoreError, TidingsError
from ..ingest.readers import read_record
from ..store import Store, query as q
from ..web import router as web_pages

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
    if isinstance(e, InputError):
        return 422
    if isinstance(e, StoreError):
        return 503
    return 500


def create_app(db: str | None = None) -> FastAPI:
    """The application; ``db`` is the store the query endpoints read and POST /documents writes
    (a SQLite path or a postgresql:// URL). Without it only ``/`` and ``/analyze`` answer."""
    lock = threading.Lock()  # spaCy pipelines are not safe to share between threads
    opened: dict[str, Store] = {}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if "store" in opened:
            opened.pop("store").close()

    app = FastAPI(title="tidings", version=__version__, lifespan=lifespan,
                  description="Events, statements and claims from international news, with provenance.")

    def store() -> Store:
        if db is None:
            raise StoreError("this server has no database: start it with 'tidings serve --db URL'")
        if "store" not in opened:
            opened["store"] = Store.open(db)
        return opened["store"]

    @app.exception_handler(TidingsError)
    def _tidings_error(request: Request, e: TidingsError) -> JSONResponse:
        return JSONResponse({"code": e.code, "error": str(e)}, status_code=_status(e))

    @app.get("/", response_model=None)
    def root(request: Request) -> dict[str, Any] | RedirectResponse:
        from ..pipeline import versions

        if "text/html" in request.headers.get("accept", ""):  # a browser: the workbench; API clients keep the JSON
            return RedirectResponse("/ui", status_code=303)
        return {"name": "tidings", "version": __version__, "database": db is not None, "versions": versions()}

    @app.post("/analyze")
    def analyze(article: AnalyzeRequest) -> dict[str, Any]:
        from ..exchange import to_record
        from ..pipeline import analyze_documents

        document = read_record(article.model_dump(exclude={"explain"}), name="request")
        with lock:
            analysis = next(analyze_documents([document]))
        return to_record(analysis, explain=article.explain)

    @app.post("/documents")
    def documents(batch: Batch) -> dict[str, Any]:
        from ..pipeline import analyze_documents
        from ..store.rows import document_id

        results: list[dict[str, Any]] = []
        good = []
        for n, article in enumerate(batch.documents):
            try:
                good.append(read_record(article.model_dump(), name=f"documents[{n}]"))
            except InputError as e:
                results.append({"index": n, "id": article.id, "code": e.code, "error": str(e)})
        target = store()
        with lock:
            analyses = list(analyze_documents(good))
        for a in analyses:
            written = target.write(a)
            results.append({"id": a.document.id, "document": document_id(a.document.text), "stored": written})
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
        ) -> dict[str, Any]:
            f = q.Filters(actor=actor, cameo=cameo, root=root, plover=plover, status=status, since=since,
                          until=until, document=document, search=search, limit=limit)
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

        f = q.Filters(actor=actor, plover=plover, since=since, until=until, limit=limit)
        claims = read_ledger(store(), f, window_days=window_days, contested_only=contested)
        return {"count": len(claims), "claims": [as_record(c) for c in claims]}

    app.include_router(web_pages(store))  # /ui: the analysts' workbench (HTML pages over the store)

    @app.get("/stats")
    def stats(top: int = Query(20, ge=1, le=1000)) -> dict[str, Any]:
        from ..store.stats import stats as read_stats

        return read_stats(store(), top=top).as_dict()

    return app


def serve(db: str | None, host: str, port: int) -> None:
    """Run the application with uvicorn (the ``api`` extra)."""
    try:
        import uvicorn
    except ImportError as e:
        raise TidingsError("the HTTP server needs the api extra: pip install 'tidings[api]'") from e
    if db is not None:
        Store.open(db).close()  # a bad URL or an unwritable path fails now, not at the first request
    uvicorn.run(create_app(db), host=host, port=port, log_level="info")
