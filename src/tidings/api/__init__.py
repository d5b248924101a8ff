"""``tidings serve``: a thin HTTP shell (FastAPI) over the library and the store.

Endpoints (JSON in, JSON out; errors are ``{"code": "E104", "error": "..."}``):

    GET  /                         versions of the pipeline, model and data files
    POST /analyze                  one article -> its exchange record (GUIDE section 4); nothing stored
    POST /documents                analyse and store articles (idempotent by content hash)
    GET  /events, /statements,     stored rows, with the filters of ``tidings query``
         /claims, /actors, /failures
    GET  /ledger                   the cross-document claims ledger, contested claims first
    GET  /stats                    counts by CAMEO root, actor pair and month

FastAPI and uvicorn are an optional extra: ``pip install 'tidings[api]'``.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
