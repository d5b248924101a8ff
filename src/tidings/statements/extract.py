"""Provisional statement extractor (replaced by the full statements stage)."""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import Document, Sentence, Statement


def extract(doc: Any, document: Document, sentences: Sequence[Sentence], actors: DocActors) -> list[Statement]:
    return []
