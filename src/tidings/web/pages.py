"""The ``/ui`` pages: HTML built from escaped strings (no template engine needed for two pages)."""

from __future__ import annotations

from html import escape
from typing import Callable
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse

from ..claims.ledger import LedgerClaim, TimelineEntry
from ..errors import DataError
from ..events import codebook
from ..store import Store, query as q

MAX_CLAIMS = 500
STYLE = """
body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:1.5rem auto;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin:1.6rem 0 .3rem} .meta{color:#666;font-size:.9rem}
table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;
vertical-align:top} .asserts{color:#0a6b2d} .denies{color:#b3261e} .repeats{color:#555} .questions{color:#8a5a00}
.tag{font-size:.8rem;border:1px solid;border-radius:3px;padding:0 .3rem;margin-left:.4rem}
mark{background:#ffe58a;padding:.1rem 0} pre{white-space:pre-wrap;font:inherit} form input{margin-right:.5rem}
"""


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
                        f"<style>{STYLE}</style></head><body>{body}</body></html>")


def _claim_title(c: LedgerClaim) -> str:
    p = c.proposition
    try:
        what = codebook.info(p.cameo).name
    except DataError:
        what = ""
    obj = f" ({escape(p.object)})" if p.object else ""
    tag = "contested" if c.contested else "repeated"
    return (f"{escape(p.source or '?')} <b>{escape(p.plover or p.cameo)}</b> {escape(p.target or '-')}{obj}"
            f" <span class=meta>{escape(what)}</span><span class=tag>{tag}</span>")


def _entry_row(e: TimelineEntry) -> str:
    quote = escape(e.quote or "")
    if e.start is not None and e.end is not None:
        link = "/ui/documents/" + escape(e.document, quote=True) + "?" + urlencode({"start": e.start, "end": e.end})
        quote = f'<a href="{link}#hit">{quote or "(open)"}</a>'
    return (f"<tr><td>{escape(e.date or '?')}</td><td>{escape(e.holder or '?')}</td><td>{escape(e.name or '-')}</td>"
            f"<td class={escape(e.stance)}>{escape(e.stance)}</td><td>{quote}</td><td>{escape(e.document)}</td></tr>")


def router(get_store: Callable[[], Store]) -> APIRouter:
    """The pages, reading from the store ``get_store`` returns."""
    r = APIRouter(prefix="/ui", include_in_schema=False)

    @r.get("", response_class=HTMLResponse)
    def claims(actor: str | None = None, contested: bool = True,
               window_days: int = Query(90, ge=0, le=36500)) -> HTMLResponse:
        from ..store.ledger import ledger

        found = ledger(get_store(), q.Filters(actor=actor or None, limit=MAX_CLAIMS), window_days=window_days,
                       contested_only=contested)
        checked = " checked" if contested else ""
        form = (f"<form method=get><input name=actor placeholder='actor: PRK, Russia, NATO' value="
                f"'{escape(actor or '', quote=True)}'><label><input type=checkbox name=contested value=true{checked}>"
                f"contested only</label> <button>show</button></form>")
        parts = [f"<h1>Claims ledger</h1><p class=meta>{len(found)} claim(s); each quote links to its sentence.</p>", form]
        for c in found:
            rows = "".join(_entry_row(e) for e in c.timeline)
            parts.append(f"<h2>{_claim_title(c)}</h2><p class=meta>{escape(c.first_date or '?')} .. "
                         f"{escape(c.last_date or '?')} · {len(c.documents)} document(s)</p><table><tr><th>date</th>"
                         f"<th>holder</th><th>speaker</th><th>stance</th><th>quote</th><th>document</th></tr>{rows}</table>")
        if not found:
            parts.append("<p>No claims match. Store articles with <code>tidings ingest</code> or POST /documents.</p>")
        return _page("tidings: claims", "".join(parts))

    @r.get("/documents/{ref}", response_class=HTMLResponse)
    def document(ref: str, start: int | None = Query(None, ge=0),
                 end: int | None = Query(None, ge=0)) -> HTMLResponse:
        from ..store.read import document_for, document_num

        with get_store().reading() as conn:
            num = document_num(conn, ref)
            doc = document_for(conn, num) if num is not None else None
        if doc is None:
            raise HTTPException(404, f"no stored document {ref!r}")
        text = doc.text
        if start is not None and end is not None and start < end <= len(text):
            shown = f"{escape(text[:start])}<mark id=hit>{escape(text[start:end])}</mark>{escape(text[end:])}"
        else:
            shown = escape(text)
        meta = " · ".join(escape(str(v)) for v in (doc.date, doc.source, doc.url) if v)
        title = doc.title or doc.id
        return _page(f"tidings: {title}", f"<p><a href='/ui'>claims ledger</a></p><h1>{escape(title)}</h1>"
                     f"<p class=meta>{escape(doc.id)}{' · ' + meta if meta else ''}</p><pre>{shown}</pre>")

    return r
