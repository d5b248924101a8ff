"""Charts as plain SVG written by the server: no JavaScript library to bundle, pin or license.

Every label is escaped here (actor names and quotes come from untrusted articles);
the functions return markup ready to drop into a page.
"""

from __future__ import annotations

import math
from html import escape
from typing import Iterable, Sequence
from urllib.parse import quote

from markupsafe import Markup

from ..claims.ledger import TimelineEntry

PALETTE = ("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f",
           "#bab0ac", "#1f3b73", "#d37295", "#8cd17d", "#17becf", "#ffbe7d", "#79706e")
STANCE_COLOURS = {"asserts": "#0a6b2d", "denies": "#b3261e", "repeats": "#555555", "questions": "#8a5a00"}


def colour(group: str, groups: Sequence[str]) -> str:
    return PALETTE[groups.index(group) % len(PALETTE)] if group in groups else PALETTE[-1]


def _t(s: object) -> str:
    return escape(str(s), quote=True)


def stacked_bars(series: Iterable[tuple[str, str, int]], *, label: str, periods: Sequence[str] | None = None,
                 width: int = 860, height: int = 220) -> Markup:
    """Bars per period, stacked by group; ``series`` is (period, group, count). ``periods`` is the x axis
    (every day or week of the range, so gaps show as gaps); by default the periods that have data."""
    data = list(series)
    if not data:
        return Markup('<p class="meta empty-chart">No dated events to draw.</p>')
    periods = list(periods) if periods else sorted({p for p, _, _ in data})
    groups = sorted({g for _, g, _ in data})
    totals: dict[str, int] = {}
    for p, _, n in data:
        totals[p] = totals.get(p, 0) + n
    top = max(totals.values())
    left, bottom, legend_w = 36, 40, 130
    plot_w = width - left - legend_w - 10
    bar_w = max(2.0, plot_w / len(periods))
    scale = (height - bottom - 10) / top
    parts = [f'<svg class="chart" role="img" aria-label="{_t(label)}" viewBox="0 0 {width} {height}" '
             f'width="100%" height="{height}" xmlns="http://www.w3.org/2000/svg">',
             f'<text x="{left - 4}" y="16" text-anchor="end" class="axis">{top}</text>',
             f'<line x1="{left}" y1="{height - bottom}" x2="{left + plot_w}" y2="{height - bottom}" stroke="#999"/>']
    stack: dict[str, float] = {}
    for p, g, n in sorted(data, key=lambda r: (r[0], groups.index(r[1]))):
        i = periods.index(p)
        h = n * scale
        y0 = height - bottom - stack.get(p, 0.0) - h
        stack[p] = stack.get(p, 0.0) + h
        parts.append(f'<rect class="bar" x="{left + i * bar_w + 1:.1f}" y="{y0:.1f}" width="{max(1.0, bar_w - 2):.1f}" '
                     f'height="{h:.1f}" fill="{colour(g, groups)}" data-period="{_t(p)}" data-group="{_t(g)}" '
                     f'data-count="{n}"><title>{_t(p)} · {_t(g)}: {n}</title></rect>')
    step = max(1, math.ceil(len(periods) / 8))
    for i in range(0, len(periods), step):
        x = left + i * bar_w + bar_w / 2
        parts.append(f'<text x="{x:.1f}" y="{height - bottom + 14}" text-anchor="middle" class="axis">{_t(periods[i])}</text>')
    for j, g in enumerate(groups[:12]):
        y = 14 + j * 15
        parts.append(f'<rect x="{width - legend_w}" y="{y - 9}" width="10" height="10" fill="{colour(g, groups)}"/>'
                     f'<text x="{width - legend_w + 14}" y="{y}" class="legend">{_t(g)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def network(center: str, counterparts: Sequence[tuple[str, int, int]], *, size: int = 380) -> Markup:
    """The actor in the middle, its counterparts on a circle; an edge's width grows with its events.

    ``counterparts`` is (key, events with the actor as source, events with the actor as target)."""
    if not counterparts:
        return Markup('<p class="meta empty-chart">No counterparts: no event with a second actor.</p>')
    width = size + 260  # room for the labels left and right of the circle
    cx, c = width / 2, size / 2
    r = size / 2 - 40
    top = max(a + b for _, a, b in counterparts)
    parts = [f'<svg class="network" role="img" aria-label="counterparts of {_t(center)}" viewBox="0 0 {width} {size}" '
             f'width="{width}" height="{size}" xmlns="http://www.w3.org/2000/svg">']
    nodes = []
    for i, (key, out, inc) in enumerate(counterparts):
        ang = 2 * math.pi * i / len(counterparts) - math.pi / 2
        x, y = cx + r * math.cos(ang), c + r * math.sin(ang)
        w = 1 + 7 * (out + inc) / top
        parts.append(f'<line class="edge" x1="{cx}" y1="{c}" x2="{x:.1f}" y2="{y:.1f}" stroke="#8aa" '
                     f'stroke-width="{w:.1f}" data-key="{_t(key)}"><title>{_t(center)} → {_t(key)}: {out} · '
                     f'{_t(key)} → {_t(center)}: {inc}</title></line>')
        anchor = "start" if math.cos(ang) > 0.2 else "end" if math.cos(ang) < -0.2 else "middle"
        dx = 10 if anchor == "start" else -10 if anchor == "end" else 0
        dy = 16 if math.sin(ang) > 0.5 else -8 if math.sin(ang) < -0.5 else 4
        href = "/ui/actors/" + quote(key, safe="")
        nodes.append(f'<a href="{_t(href)}" class="node"><circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#4e79a7"/>'
                     f'<text x="{x + dx:.1f}" y="{y + dy:.1f}" text-anchor="{anchor}" class="legend">{_t(key)} '
                     f'({out}/{inc})</text></a>')
    parts += nodes
    parts.append(f'<circle cx="{cx}" cy="{c}" r="10" fill="#e15759"/><text x="{cx}" y="{c - 14}" text-anchor="middle" '
                 f'class="legend center">{_t(center)}</text></svg>')
    return Markup("".join(parts))


def stance_timeline(entries: Sequence[TimelineEntry], *, width: int = 860) -> Markup:
    """One lane per holder, one mark per stance: left to right by date (by order where undated)."""
    holders = list(dict.fromkeys(e.holder or "?" for e in entries))
    days = sorted({e.date[:10] for e in entries if e.date})
    lane, left, top = 22, 120, 18
    height = max(top + lane * len(holders) + 22, top + 14 * len(STANCE_COLOURS) + 8)
    plot_w = width - left - 120
    parts = [f'<svg class="stances" role="img" aria-label="timeline of stances" viewBox="0 0 {width} {height}" '
             f'width="100%" height="{height}" xmlns="http://www.w3.org/2000/svg">']
    for i, h in enumerate(holders):
        y = top + i * lane
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end" class="legend">{_t(h)}</text>'
                     f'<line x1="{left}" y1="{y}" x2="{left + plot_w}" y2="{y}" stroke="#eee"/>')
    slots = days if days else [str(i) for i in range(len(entries))]
    seen: dict[tuple[str, str], int] = {}
    for n, e in enumerate(entries):
        slot = e.date[:10] if e.date and days else (str(n) if not days else "?")
        i = slots.index(slot) if slot in slots else len(slots) - 1
        x = left + (plot_w * (i + 0.5) / len(slots))
        lane_i = holders.index(e.holder or "?")
        k = seen[(slot, e.holder or "?")] = seen.get((slot, e.holder or "?"), -1) + 1
        y = top + lane_i * lane
        fill = STANCE_COLOURS.get(e.stance, "#333")
        shape = (f'<circle cx="{x + 9 * k:.1f}" cy="{y}" r="6" fill="{fill}"/>' if e.stance != "denies" else
                 f'<rect x="{x + 9 * k - 6:.1f}" y="{y - 6}" width="12" height="12" fill="{fill}"/>')
        parts.append(f'<g class="stance-mark" data-stance="{_t(e.stance)}" data-holder="{_t(e.holder or "?")}">{shape}'
                     f'<title>{_t(e.date or "undated")} · {_t(e.name or e.holder or "?")} {_t(e.stance)}: '
                     f'{_t((e.quote or "")[:120])}</title></g>')
    for j, (stance, fill) in enumerate(STANCE_COLOURS.items()):  # the key: squares deny, circles do the rest
        x = width - 90
        y = top + j * 14 - 6
        mark = (f'<rect x="{x - 5}" y="{y - 5}" width="10" height="10" fill="{fill}"/>' if stance == "denies" else
                f'<circle cx="{x}" cy="{y}" r="5" fill="{fill}"/>')
        parts.append(f'{mark}<text x="{x + 9}" y="{y + 4}" class="legend">{stance}</text>')
    for i, s in enumerate(slots if days else []):
        x = left + (plot_w * (i + 0.5) / len(slots))
        parts.append(f'<text x="{x:.1f}" y="{height - 4}" text-anchor="middle" class="axis">{_t(s)}</text>')
    if not days:
        parts.append(f'<text x="{left}" y="{height - 4}" class="axis">undated: in the order the articles give them</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
