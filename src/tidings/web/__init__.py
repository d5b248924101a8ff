"""A read-only web view for analysts (served by ``tidings serve`` under ``/ui``).

``/ui`` lists the claims ledger, contested claims first: each claim with its
timeline of stances (date, holder, speaker, stance, quote). Every quote links to
``/ui/documents/{id}?start=..&end=..``, the stored article with that exact span
highlighted. Plain HTML, no script, every stored string escaped.
"""

from __future__ import annotations

from .pages import router

__all__ = ["router"]
