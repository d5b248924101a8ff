"""The article page's marked-up text: every event trigger, actor mention, statement part and claim stance.

Spans overlap (a mention inside a statement's content, a trigger inside both), so
the text is cut at every span boundary and each piece is one ``<span>`` carrying
the classes and references of every span that covers it; one style per kind
keeps overlapping kinds visible together. Each span also gets an empty anchor
(``id="ev-3"``) where it starts, which the side lists link to.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from markupsafe import Markup

from ..records import ActorMention, Analysis, Event, Statement

CONFIDENCE_NOTE = "confidence: not stored"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str  # ev, mn, spk, cue, sc, cs-asserts, cs-denies, cs-repeats, cs-questions, hit
    ref: str  # the id its side-list entry and anchor share
    info: str


def actor_text(m: ActorMention | None) -> str:
    if m is None:
        return "-"
    name = f" ({m.name})" if m.name else f" ({m.text})" if m.text else ""
    return f"{m.key or '?'}{name}"


def event_info(i: int, e: Event, *, confidence: float | None = None) -> str:
    parts = [f"event {i}: CAMEO {e.cameo} (root {e.root}, quad class {e.quad_class}, Goldstein {e.goldstein})",
             f"PLOVER {e.plover or '-'}{' / ' + e.mode if e.mode else ''}{' / ' + e.context if e.context else ''}",
             f"status {e.status}"]
    if e.attributed_to:
        parts.append(f"attributed_to {e.attributed_to}{' (' + e.attributed_name + ')' if e.attributed_name else ''}")
    parts.append(f"confidence {confidence:.2f}" if confidence is not None else CONFIDENCE_NOTE)
    for role, m in (("source", e.source), ("target", e.target)):
        evidence = f" [evidence: {m.evidence}]" if m is not None and m.evidence else ""
        parts.append(f"{role} {actor_text(m)}{evidence}")
    if e.pattern:
        parts.append(f"pattern {e.pattern}")
    for what in ("date", "location"):
        if getattr(e, what):
            parts.append(f"{what} {getattr(e, what)}")
    return " · ".join(parts)


def statement_info(i: int, s: Statement) -> str:
    evidence = f" [evidence: {s.speaker.evidence}]" if s.speaker is not None and s.speaker.evidence else ""
    return (f"statement {i}: speaker {actor_text(s.speaker)}{evidence} · cue “{s.cue.text}” · {s.kind} · "
            f"stance {s.stance}")


def spans_of(a: Analysis, *, confidences: dict[int, float] | None = None,
             hit: tuple[int, int] | None = None) -> list[Span]:
    """Every markable span of the analysis (offsets outside the text are dropped)."""
    out: list[Span] = []
    for i, m in enumerate(a.mentions):
        out.append(Span(m.start, m.end, "mn", f"mn-{i}", f"actor {actor_text(m)} · {m.kind} · evidence: {m.evidence or '-'}"))
    for i, e in enumerate(a.events):
        info = event_info(i, e, confidence=(confidences or {}).get(i))
        out.append(Span(e.trigger.start, e.trigger.end, "ev", f"ev-{i}", info))
    for i, s in enumerate(a.statements):
        info = statement_info(i, s)
        if s.speaker is not None and s.speaker.end > s.speaker.start:
            out.append(Span(s.speaker.start, s.speaker.end, "spk", f"st-{i}", "speaker of " + info))
        out.append(Span(s.cue.start, s.cue.end, "cue", f"st-{i}", "cue of " + info))
        out.append(Span(s.content.start, s.content.end, "sc", f"st-{i}", "content of " + info))
    for ci, c in enumerate(a.claims):
        p = c.proposition
        what = f"claim {ci}: {p.source or '?'} {p.plover or p.cameo} {p.target or '-'}"
        for si, st in enumerate(c.stances):
            if st.content is not None:
                out.append(Span(st.content.start, st.content.end, f"cs-{st.stance}", f"cl-{ci}-{si}",
                                f"{what} · {st.holder or '?'} ({st.name or '-'}) {st.stance}"))
    if hit is not None:
        out.append(Span(hit[0], hit[1], "hit", "hit", "the quoted span"))
    n = len(a.document.text)
    return [s for s in out if 0 <= s.start < s.end <= n]


def render(text: str, spans: list[Span]) -> Markup:
    """``text`` escaped, cut at every span boundary, each covered piece wrapped with its spans' classes."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    out: list[str] = []
    open_: list[Span] = []
    for a, b in zip(cuts, cuts[1:]):
        open_ = [s for s in open_ if s.end > a] + starts.get(a, [])
        for s in starts.get(a, []):
            if s.ref != "hit" and s.kind not in ("spk", "cue"):  # a statement's anchor sits on its content
                out.append(f'<a class="anchor" id="{escape(s.ref, quote=True)}"></a>')
            elif s.ref == "hit":
                out.append('<a class="anchor" id="hit"></a>')
        piece = escape(text[a:b])
        if not open_:
            out.append(piece)
            continue
        kinds = " ".join(sorted({s.kind for s in open_}))
        refs = " ".join(dict.fromkeys(s.ref for s in open_))
        title = "\n".join(dict.fromkeys(s.info for s in open_))
        out.append(f'<span class="m {kinds}" data-refs="{escape(refs, quote=True)}" title="{escape(title, quote=True)}" '
                   f'tabindex="0">{piece}</span>')
    return Markup("".join(out))


def headline(a: Analysis) -> str:
    """The title to show: the stored title, else the headline line, else the first line of the text."""
    if a.document.title:
        return a.document.title
    text = a.document.text
    for line in a.lines:
        if line.zone == "headline" and line.end > line.start:
            return text[line.start:line.end].strip()
    first = text.strip().split("\n", 1)[0].strip()
    return first[:200] or a.document.id
