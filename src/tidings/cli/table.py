"""A readable terminal view of one Analysis (rich)."""

from __future__ import annotations

from typing import IO

from rich.console import Console
from rich.table import Table

from ..records import ActorMention, Analysis


def _who(m: ActorMention | None) -> str:
    if m is None:
        return "-"
    name = m.name or m.text
    return f"{m.key or '?'} ({name})" if name and name != m.key else (m.key or "?")


def print_table(a: Analysis, out: IO[str]) -> None:
    console = Console(file=out, width=160, highlight=False, soft_wrap=False)
    d = a.document
    console.print(f"[bold]{d.id}[/bold]  {d.title or ''}  {d.date or ''}".rstrip())
    ev = Table(title=f"events ({len(a.events)})", show_lines=False)
    for col in ("sent", "source", "cameo", "plover", "target", "status", "trigger"):
        ev.add_column(col)
    for e in a.events:
        status = e.status + (f" by {e.attributed_to}" if e.attributed_to else "")
        ev.add_row(str(e.sentence), _who(e.source), e.cameo, e.plover or "-", _who(e.target), status, e.trigger.text)
    console.print(ev)
    st = Table(title=f"statements ({len(a.statements)})")
    for col in ("sent", "speaker", "cue", "kind", "content"):
        st.add_column(col)
    for s in a.statements:
        content = s.content.text if len(s.content.text) < 90 else s.content.text[:87] + "..."
        st.add_row(str(s.sentence), _who(s.speaker), s.cue.text, s.kind, content)
    console.print(st)
    cl = Table(title=f"claims ({len(a.claims)})")
    for col in ("proposition", "holder", "stance", "content"):
        cl.add_column(col)
    for c in a.claims:
        p = c.proposition
        prop = f"{p.source} {p.plover or p.cameo} {p.target or '-'}" + (f" [{p.object}]" if p.object else "")
        for stance in c.stances:
            said = stance.content.text if stance.content else ""
            content = said[:70] + "..." if len(said) > 70 else said
            holder = f"{stance.holder} ({stance.name})" if stance.name else str(stance.holder)
            cl.add_row(prop, holder, stance.stance, content)
    console.print(cl)
