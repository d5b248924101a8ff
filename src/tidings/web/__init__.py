"""The analysts' workbench: read-only HTML pages over the store (served by ``tidings serve`` under ``/ui``).

Pages: the overview (``/ui``), documents and the marked-up article
(``/ui/documents/{id}``), the events browser with facets, paging and CSV/JSON
downloads (``/ui/events``), the timeline (``/ui/timeline``), the claims ledger
(``/ui/claims``), actor pages (``/ui/actors/{key}``) and search. Charts are SVG
written by the server; every stored string is escaped.
"""

from __future__ import annotations

from .pages import router

__all__ = ["router"]
