"""Templates, links and query parameters for the ``/ui`` pages.

Jinja2 with autoescaping on: every stored string (article text, titles, names,
quotes) is untrusted and is escaped; the only markup passed through is what
:mod:`.marks` and :mod:`.svg` build, and they escape every piece themselves.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import quote, urlencode

from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import DataError
from ..events import codebook

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"
# Defence in depth behind the escaping: no inline or foreign script runs, nothing is loaded from elsewhere.
HEADERS = {
    "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'unsafe-inline'; img-src 'self' data:; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}
STATUSES = ("asserted", "claimed", "denied", "intended", "hypothetical", "negated")
REASONS = {400: "Bad request", 404: "Not found", 503: "Store unavailable"}


class BadParameter(ValueError):
    """A query parameter the page cannot use (shown as an HTML 400 page)."""


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(actor_link=actor_link, doc_link=doc_link, roots=roots(), plovers=plovers(), statuses=STATUSES)
    return env


def page(template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(template).render(**context)
    return HTMLResponse(html, status_code=status, headers=HEADERS)


def static_file(name: str) -> Response | None:
    """One of the workbench's own scripts (``static/*.js``), or None."""
    path = STATIC / name
    if not name.endswith(".js") or "/" in name or not path.is_file():
        return None
    return Response(path.read_bytes(), media_type="text/javascript; charset=utf-8",
                    headers={**HEADERS, "cache-control": "no-cache"})


def error_page(status: int, message: str) -> HTMLResponse:
    reason = REASONS.get(status, "Error")
    return page("error.html", status=status, title=f"{status} {reason}", here="", code=status, reason=reason,
                message=message)


def url(path: str, params: Mapping[str, Any] | None = None, **changes: Any) -> str:
    """``path`` with the non-empty ``params``, ``changes`` applied (a value of None drops the key)."""
    merged = {**(params or {}), **changes}
    kept = {k: v for k, v in merged.items() if v is not None and v != ""}
    return path + ("?" + urlencode(kept) if kept else "")


def actor_link(key: str) -> str:
    return "/ui/actors/" + quote(key, safe="")


def doc_link(ref: str, start: int | None = None, end: int | None = None, *, anchor: str | None = None) -> str:
    link = "/ui/documents/" + quote(ref, safe="")
    if start is not None and end is not None:
        return link + "?" + urlencode({"start": start, "end": end}) + "#hit"
    return link + (f"#{anchor}" if anchor else "")


def safe_url(u: str | None) -> str | None:
    """A stored URL as a link only when it is http(s); anything else (``javascript:``) stays text."""
    if u and u.strip().lower().startswith(("http://", "https://")):
        return u.strip()
    return None


@lru_cache(maxsize=1)
def roots() -> tuple[tuple[str, str], ...]:
    out = []
    for n in range(1, 21):
        r = f"{n:02d}"
        try:
            out.append((r, codebook.info(r).name))
        except DataError:
            out.append((r, ""))
    return tuple(out)


@lru_cache(maxsize=1)
def plovers() -> tuple[str, ...]:
    from .. import data

    return tuple(data.load("plover")["types"])


def cameo_name(code: str) -> str:
    try:
        return codebook.info(code).name
    except DataError:
        return ""


class Params:
    """The query string, read leniently: empty fields are absent, bad numbers raise :class:`BadParameter`."""

    def __init__(self, query: Mapping[str, str]):
        self.query = query

    def text(self, name: str, *, choices: tuple[str, ...] | None = None) -> str | None:
        v = (self.query.get(name) or "").strip()
        if not v:
            return None
        if choices is not None and v not in choices:
            raise BadParameter(f"{name} must be one of {', '.join(choices)}, not {v!r}")
        return v

    def date(self, name: str) -> str | None:
        v = self.text(name)
        if v is not None and not (len(v) == 10 and v[4] == "-" and v[7] == "-" and v.replace("-", "").isdigit()):
            raise BadParameter(f"{name} must be a date YYYY-MM-DD, not {v!r}")
        return v

    def integer(self, name: str, default: int, *, lo: int = 0, hi: int = 10**9) -> int:
        n = self._ranged(name, int, "a whole number", lo, hi)
        return default if n is None else int(n)

    def number(self, name: str, *, lo: float = 0.0, hi: float = 1.0) -> float | None:
        return self._ranged(name, float, "a number", lo, hi)

    def _ranged(self, name: str, cast: Any, kind: str, lo: float, hi: float) -> Any:
        v = self.text(name)
        if v is None:
            return None
        try:
            x = cast(v)
        except ValueError as e:
            raise BadParameter(f"{name} must be {kind}, not {v!r}") from e
        if not lo <= x <= hi:
            raise BadParameter(f"{name} must be between {lo} and {hi}, not {x}")
        return x


def paging(total: int, page_no: int, per_page: int) -> dict[str, int]:
    pages = max(1, -(-total // per_page))
    page_no = min(page_no, pages)
    first = (page_no - 1) * per_page
    return {"page_no": page_no, "pages": pages, "offset": first, "first": first + 1 if total else 0,
            "last": min(total, first + per_page)}
