"""Provisional event coder (replaced by the full events stage)."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import Document, Event, Sentence, Statement


def extract(
    doc: Any, document: Document, sentences: Sequence[Sentence], actors: DocActors, statements: Sequence[Statement]
) -> list[Event]:
    return []
