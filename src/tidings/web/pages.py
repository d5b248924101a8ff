"""The ``/ui`` routes: each reads its query parameters, calls one store function and renders one template."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable

from fastapi import APIRouter, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ..errors import StoreError
from ..store import Store, browse, query as q
from . import marks, svg
from .render import BadParameter, Params, cameo_name, doc_link, error_page, page, paging, safe_url, static_file, url

PER_PAGE = 50
CLAIMS_PER_PAGE = 10
STANCE_ROWS = 30  # a claim's table shows its first stances; the chart draws them all
MAX_EXPORT = 100_000
FACET_NAMES = {"plover": "PLOVER", "root": "CAMEO root", "status": "status", "quad_class": "quad class",
               "source_key": "source", "target_key": "target"}
FACET_PARAMS = {"source_key": "actor", "target_key": "actor", "quad_class": None}
EVENT_FIELDS = ("since", "until", "actor", "dyad", "root", "plover", "status", "confidence", "text")
CONFIDENCE_NOTE = "" if browse.CONFIDENCE_STORED else "The store does not keep event confidence yet: that filter has no effect."


def _event_query(p: Params) -> tuple[browse.EventQuery, dict[str, Any]]:
    v: dict[str, Any] = {"since": p.date("since"), "until": p.date("until"), "actor": p.text("actor"),
                         "dyad": p.text("dyad"), "root": p.text("root"), "plover": p.text("plover"),
                         "status": p.text("status"), "confidence": p.number("confidence"), "text": p.text("text")}
    f = q.Filters(actor=v["actor"], root=v["root"], plover=v["plover"], status=v["status"], since=v["since"],
                  until=v["until"])
    return browse.EventQuery(f, dyad=v["dyad"] if v["actor"] else None, text=v["text"], min_confidence=v["confidence"]), v


def _sentence_parts(r: dict[str, Any]) -> dict[str, Any]:
    """The event's sentence split around its trigger (for the row), and the link to that sentence in its article."""
    s, base = r.get("sentence_text") or "", r.get("sentence_start")
    if base is not None and r["trigger_start"] is not None and base <= r["trigger_start"] <= base + len(s):
        a, b = r["trigger_start"] - base, r["trigger_end"] - base
        parts = (s[:a], s[a:b], s[b:])
        lead = len(s) - len(s.lstrip())
        start, end = base + lead, base + len(s.rstrip())  # the sentence, marked; its trigger is marked within it
    else:
        parts, (start, end) = (s, "", ""), (r["trigger_start"], r["trigger_end"])
    link = doc_link(r["document_hash"], start, end)
    return {**r, "before": parts[0].lstrip(), "trigger": parts[1], "after": parts[2].rstrip(), "link": link}


def _export(rows: list[dict[str, Any]], fmt: str) -> Response:
    if fmt == "json":
        body = json.dumps({"count": len(rows), "rows": jsonable_encoder(rows)}, ensure_ascii=False)
        return Response(body, media_type="application/json",
                        headers={"content-disposition": 'attachment; filename="events.json"'})
    out = io.StringIO()
    cols = list(rows[0]) if rows else q.COLUMNS["events"]
    w = csv.DictWriter(out, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    w.writerows(rows)
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="events.csv"'})


def router(get_store: Callable[[], Store]) -> APIRouter:
    """The pages, reading from the store ``get_store`` returns."""
    r = APIRouter(prefix="/ui", include_in_schema=False)

    def guarded(fn: Callable[[Params], Response]) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:
            try:
                return fn(Params(request.query_params))
            except BadParameter as e:
                return error_page(400, str(e))
            except StoreError as e:
                return error_page(503, str(e))

        endpoint.__name__ = fn.__name__
        return endpoint

    @guarded
    def home(p: Params) -> Response:
        from ..store.ledger import ledger

        if p.text("actor") or p.text("contested"):  # a link to the old /ui ledger page: the ledger is /ui/claims now
            scope = "all" if p.text("contested") in ("false", "0", "no") else "contested"
            return RedirectResponse(url("/ui/claims", actor=p.text("actor"), scope=scope), status_code=303)

        o = browse.overview(get_store())
        found = ledger(get_store(), q.Filters(), contested_only=True)
        found.sort(key=lambda c: -len(c.timeline))
        contested = [{"label": _claim_label(c), "n": len(c.timeline),
                      "link": url("/ui/claims", actor=c.proposition.source, plover=c.proposition.plover)}
                     for c in found[:8]]
        return page("home.html", title="overview", here="home", o=o, contested=contested,
                    p_link=lambda t: url("/ui/events", plover=None if t == "-" else t))

    @guarded
    def events(p: Params) -> Response:
        eq, v = _event_query(p)
        fmt = p.text("format", choices=("csv", "json"))
        if fmt:
            return _export(browse.event_rows(get_store(), eq, limit=MAX_EXPORT), fmt)
        page_no = p.integer("page", 1, lo=1)
        found = browse.event_page(get_store(), eq, offset=(page_no - 1) * PER_PAGE, limit=PER_PAGE)
        pg = paging(found.total, page_no, PER_PAGE)
        if pg["page_no"] != page_no and found.total:
            found = browse.event_page(get_store(), eq, offset=pg["offset"], limit=PER_PAGE)
        rows = [_sentence_parts(row) for row in found.rows]

        def facet_link(name: str, value: Any) -> str | None:
            param = FACET_PARAMS.get(name, name)  # quad class has no filter of its own: its counts are not links
            return None if param is None else url("/ui/events", v, **{param: value, "page": None})

        n = pg["page_no"]
        return page("events.html", title="events", here="events", v=v, page=found, rows=rows, **pg,
                    facet_names=FACET_NAMES, facet_link=facet_link, confidence_note=CONFIDENCE_NOTE,
                    csv_link=url("/ui/events.csv", v), json_link=url("/ui/events.json", v),
                    timeline_link=url("/ui/timeline", v),
                    prev_link=url("/ui/events", v, page=n - 1) if n > 1 else None,
                    next_link=url("/ui/events", v, page=n + 1) if n < pg["pages"] else None,
                    empty_message="" if found.total else _empty_message(get_store(), "events"))

    @guarded
    def export_csv(p: Params) -> Response:
        return _export(browse.event_rows(get_store(), _event_query(p)[0], limit=MAX_EXPORT), "csv")

    @guarded
    def export_json(p: Params) -> Response:
        return _export(browse.event_rows(get_store(), _event_query(p)[0], limit=MAX_EXPORT), "json")

    @guarded
    def timeline(p: Params) -> Response:
        eq, v = _event_query(p)
        by = p.text("by", choices=("day", "week")) or "day"
        group = p.text("group", choices=("plover", "quad_class")) or "plover"
        series = browse.timeline(get_store(), eq, by=by, group=group)
        group_name = "PLOVER type" if group == "plover" else "quad class"
        axis = browse.period_axis([p for p, _, _ in series], by)
        chart = svg.stacked_bars(series, label=f"events per {by} by {group_name}", periods=axis)
        return page("timeline.html", title="timeline", here="timeline", v=v, by=by, group=group, group_name=group_name,
                    series=series, chart=chart, total=sum(n for _, _, n in series), confidence_note=CONFIDENCE_NOTE,
                    events_link=url("/ui/events", v))

    @guarded
    def claims(p: Params) -> Response:
        from ..store.ledger import ledger

        v = {"actor": p.text("actor"), "plover": p.text("plover"), "since": p.date("since"), "until": p.date("until")}
        scope = p.text("scope", choices=("contested", "all")) or "contested"
        window = p.integer("window_days", 90, hi=36500)
        f = q.Filters(actor=v["actor"], plover=v["plover"], since=v["since"], until=v["until"])
        found = ledger(get_store(), f, window_days=window, contested_only=scope == "contested")
        pg = paging(len(found), p.integer("page", 1, lo=1), CLAIMS_PER_PAGE)
        shown = [_claim_view(c) for c in found[pg["offset"]:pg["offset"] + CLAIMS_PER_PAGE]]
        n, keep = pg["page_no"], {**v, "scope": scope}
        if found:
            empty = ""
        elif scope == "contested" and ledger(get_store(), f, window_days=window):
            empty = "No contested claim matches these filters; choose “all claims” to see claims nobody denies."
        else:
            empty = _empty_message(get_store(), "claims")
        return page("claims.html", title="claims", here="claims", v=v, scope=scope, claims=shown, total=len(found),
                    **pg, empty_message=empty,
                    prev_link=url("/ui/claims", keep, page=n - 1) if n > 1 else None,
                    next_link=url("/ui/claims", keep, page=n + 1) if n < pg["pages"] else None)

    @guarded
    def documents(p: Params) -> Response:
        search = p.text("q")
        page_no = p.integer("page", 1, lo=1)
        rows, total = browse.documents_page(get_store(), search=search, offset=(page_no - 1) * PER_PAGE, limit=PER_PAGE)
        pg = paging(total, page_no, PER_PAGE)
        for row in rows:
            row["headline"] = row["title"] or (row["opening"] or "").strip().split("\n", 1)[0] or row["input_id"]
            row["link"] = doc_link(row["id"])
        n = pg["page_no"]
        empty = "No document holds these words." if search else _empty_message(get_store(), "documents")
        return page("documents.html", title="documents", here="documents", rows=rows, total=total, q=search, **pg,
                    empty_message=empty,
                    prev_link=url("/ui/documents", {"q": search}, page=n - 1) if n > 1 else None,
                    next_link=url("/ui/documents", {"q": search}, page=n + 1) if n < pg["pages"] else None)

    @guarded
    def search(p: Params) -> Response:
        words = p.text("q")
        if not words:
            return error_page(400, "Type an actor (PRK, Russia, NATO) or some words to search for.")
        store = get_store()
        actors = q.actors(store, q.Filters(actor=words, limit=25))
        n_text = browse.event_page(store, browse.EventQuery(text=words), offset=0, limit=1, facets=False).total
        n_actor = browse.event_page(store, browse.EventQuery(q.Filters(actor=words)), offset=0, limit=1,
                                   facets=False).total
        return page("search.html", title=f"search {words}", here="", search_q=words, actors=actors, n_text=n_text,
                    n_actor=n_actor, events_link=url("/ui/events", text=words),
                    actor_events_link=url("/ui/events", actor=words), claims_link=url("/ui/claims", actor=words, scope="all"),
                    documents_link=url("/ui/documents", q=words))

    for path, fn in (("", home), ("/events", events), ("/events.csv", export_csv), ("/events.json", export_json),
                     ("/timeline", timeline), ("/claims", claims), ("/documents", documents), ("/search", search)):
        r.get(path, response_class=HTMLResponse)(fn)

    @r.get("/actors/{key:path}", response_class=HTMLResponse)
    def actor(key: str, request: Request) -> Response:
        try:
            profile = browse.actor_profile(get_store(), key)
        except StoreError as e:
            return error_page(503, str(e))
        if not (profile.total_source or profile.total_target or profile.statements or profile.stances):
            return error_page(404, f"No stored event, statement or claim stance involves the actor {key!r}.")
        for s in profile.statements:
            s["link"] = doc_link(s["document_hash"], s["content_start"], s["content_end"])
        for s in profile.stances:
            ok = s["content_start"] is not None and s["content_end"] is not None
            s["link"] = doc_link(s["document_hash"], s["content_start"], s["content_end"]) if ok else None
        series = [(dy, role, n) for dy, role, n in profile.by_day]
        return page("actor.html", title=key, here="", p=profile,
                    chart=svg.stacked_bars(series, label=f"events of {key} as source and as target",
                                           periods=browse.period_axis([dy for dy, _, _ in series], "day")),
                    net=svg.network(key, profile.counterparts), events_link=url("/ui/events", actor=key),
                    timeline_link=url("/ui/timeline", actor=key), claims_link=url("/ui/claims", actor=key, scope="all"),
                    dyad_link=lambda other: url("/ui/events", actor=key, dyad=other))

    @r.get("/documents/{ref}", response_class=HTMLResponse)
    def document(ref: str, request: Request) -> Response:
        try:
            p = Params(request.query_params)
            start, end = p.integer("start", -1), p.integer("end", -1)
        except BadParameter as e:
            return error_page(400, str(e))
        try:
            store = get_store()
        except StoreError as e:
            return error_page(503, str(e))
        return _article(store, ref, (start, end) if 0 <= start < end else None)

    @r.get("/static/{name}", response_class=Response)
    def static(name: str) -> Response:
        return static_file(name) or error_page(404, f"There is no file /ui/static/{name}.")

    @r.get("/{rest:path}", response_class=HTMLResponse)
    def not_found(rest: str) -> Response:
        return error_page(404, f"There is no page /ui/{rest}.")

    return r


def _article(store: Store, ref: str, hit: tuple[int, int] | None) -> Response:
    from ..store.read import analysis_for, document_num

    try:
        with store.reading() as conn:
            num = document_num(conn, ref)
            a = analysis_for(conn, num) if num is not None else None
    except StoreError as e:
        return error_page(503, str(e))
    if a is None:
        return error_page(404, f"No stored document {ref!r}: no input id or content hash matches it.")
    doc = a.document
    conf = browse.event_confidences(store, num) if num is not None else {}
    spans = marks.spans_of(a, hit=hit, confidences=conf)
    evs = [{"source": marks.actor_text(e.source), "target": marks.actor_text(e.target), "cameo": e.cameo,
            "plover": e.plover or "", "status": e.status, "attributed_to": e.attributed_to, "trigger": e.trigger.text,
            "info": marks.event_info(i, e, confidence=conf.get(i))} for i, e in enumerate(a.events)]
    sts = [{"speaker": marks.actor_text(s.speaker), "cue": s.cue.text, "kind": s.kind, "content": s.content.text,
            "info": marks.statement_info(i, s)} for i, s in enumerate(a.statements)]
    refs = {s.ref for s in spans}
    cls = [{"label": f"{c.proposition.source or '?'} {c.proposition.plover or c.proposition.cameo} "
                     f"{c.proposition.target or '-'}",
            "stances": [{"ref": f"cl-{ci}-{si}", "holder": st.holder or "?", "stance": st.stance,
                         "has_span": f"cl-{ci}-{si}" in refs, "info": f"{st.holder or '?'} ({st.name or '-'}) {st.stance}: "
                         f"{st.content.text if st.content else ''}"} for si, st in enumerate(c.stances)]}
           for ci, c in enumerate(a.claims)]
    mns = [{"text": m.text, "key": m.key, "info": f"actor {marks.actor_text(m)} · {m.kind} · evidence: {m.evidence or '-'}"}
           for m in a.mentions]
    meta = [str(x) for x in (doc.date, doc.source) if x]
    return page("article.html", title=marks.headline(a), here="documents", doc=doc, meta=meta, safe_url=safe_url(doc.url),
                marked=marks.render(doc.text, spans), events=evs, statements=sts, claims=cls, mentions=mns)


def _claim_label(c: Any) -> str:
    p = c.proposition
    return f"{p.source or '?'} {p.plover or p.cameo} {p.target or '-'}"


def _claim_view(c: Any) -> dict[str, Any]:
    p = c.proposition
    timeline = [{"date": e.date, "holder": e.holder, "name": e.name, "stance": e.stance, "quote": e.quote,
                 "document": e.document, "link": doc_link(e.document, e.start, e.end) if e.start is not None
                 and e.end is not None else None} for e in c.timeline[:STANCE_ROWS]]
    return {"source": p.source or "?", "kind": p.plover or p.cameo, "target": p.target or "-", "object": p.object,
            "what": cameo_name(p.cameo), "contested": c.contested, "first_date": c.first_date, "last_date": c.last_date,
            "documents": c.documents, "timeline": timeline, "more": max(0, len(c.timeline) - STANCE_ROWS), "chart": svg.stance_timeline(c.timeline)}


def _empty_message(store: Store, what: str) -> str:
    """Say why nothing shows: an empty store (ingest something) or filters that match nothing."""
    if browse.documents_page(store, search=None, offset=0, limit=1)[1] == 0:
        return "The store is empty. Store articles with tidings ingest PATH or POST /documents."
    return f"No {what} match these filters. Loosen or clear them."
