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


def console_width(out: IO[str], default: int) -> int:
    """The terminal's width when ``out`` is one (tables fit it), else $COLUMNS, else ``default``."""
    import os
    import shutil

    isatty = getattr(out, "isatty", None)
    if isatty is not None and isatty():
        return shutil.get_terminal_size((default, 24)).columns
    env = os.environ.get("COLUMNS", "")
    return int(env) if env.isdigit() and int(env) > 20 else default


def print_table(a: Analysis, out: IO[str], *, explain: bool = False) -> None:
    console = Console(file=out, width=console_width(out, 160), highlight=False, soft_wrap=False)
    d = a.document
    when = f"{d.date} ({d.date_source})" if d.date and d.date_source else (d.date or "")
    console.print(f"[bold]{d.id}[/bold]  {d.title or ''}  {when}".rstrip())
    ev = Table(title=f"events ({len(a.events)})", show_lines=False)
    for col in ("sent", "source", "cameo", "plover", "target", "status", "trigger", *(("pattern",) if explain else ())):
        ev.add_column(col)
    for e in a.events:
        status = e.status + (f" by {e.attributed_to}" if e.attributed_to else "")
        extra = (e.pattern or "-",) if explain else ()
        ev.add_row(str(e.sentence), _who(e.source), e.cameo, e.plover or "-", _who(e.target), status, e.trigger.text, *extra)
    console.print(ev)
    if explain:
        ac = Table(title=f"actors ({len(a.mentions)})")
        for col in ("text", "key", "name", "kind", "evidence"):
            ac.add_column(col)
        for m in a.mentions:
            ac.add_row(m.text, m.key or "-", m.name or "-", m.kind, m.evidence or "-")
        console.print(ac)
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
