"""Terminal view of the claim ledger (rich): one table per claim, its stances in date order."""

from __future__ import annotations

import sys
from typing import IO, Sequence

from rich.console import Console
from rich.table import Table

from ..claims.ledger import LedgerClaim

QUOTE_WIDTH = 80


def _title(c: LedgerClaim) -> str:
    p = c.proposition
    kind = p.plover or f"CAMEO {p.cameo}"
    what = f"{p.source or '?'} {kind} {p.target or '-'}"
    kinds = {e.stance for e in c.timeline}
    tag = "[red]contested[/red]" if c.contested else "denied" if "denies" in kinds else "questioned" if "questions" in kinds else "[green]repeated[/green]"
    return f"{what}  {tag}  {c.first_date or '?'} .. {c.last_date or '?'}  ({len(c.documents)} document(s))"


def print_ledger(claims: Sequence[LedgerClaim], *, total: int, out: IO[str] | None = None) -> None:
    console = Console(file=out or sys.stdout, width=160, highlight=False, soft_wrap=False)
    if not claims:
        console.print(f"no contested claims ({total} claim(s) in all; --all lists them)")
        return
    for c in claims:
        table = Table(title=_title(c), title_justify="left")
        for col in ("date", "holder", "speaker", "stance", "quote", "document", "offsets"):
            table.add_column(col)
        for e in c.timeline:
            quote = e.quote or ""
            quote = quote if len(quote) <= QUOTE_WIDTH else quote[: QUOTE_WIDTH - 3] + "..."
            offsets = f"{e.start}-{e.end}" if e.start is not None else "-"
            table.add_row(e.date or "?", e.holder or "?", e.name or "-", e.stance, quote, e.document, offsets)
        console.print(table)
