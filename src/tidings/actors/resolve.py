"""Provisional actor resolver (replaced by the full actor layer)."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any, Sequence

import pycountry

from ..records import ActorMention, Document, Sentence


class DocActors:
    """The resolved actor mentions of one document, searchable by offset."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self.mentions: list[ActorMention] = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]

    def at(self, start: int, end: int) -> ActorMention | None:
        """The longest coded mention lying inside [start, end)."""
        best: ActorMention | None = None
        hi = bisect_right(self._starts, end)
        for m in self.mentions[:hi]:
            if m.start >= start and m.end <= end and m.key:
                if best is None or (m.end - m.start) > (best.end - best.start):
                    best = m
        return best

    def for_token(self, token: Any) -> ActorMention | None:
        """The coded mention whose span contains ``token``."""
        s = token.idx
        for m in self.mentions:
            if m.start <= s < m.end and m.key:
                return m
        return None


def _country_key(name: str) -> str | None:
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def resolve(doc: Any, document: Document, sentences: Sequence[Sentence]) -> DocActors:
    mentions = []
    for ent in doc.ents:
        if ent.label_ in ("GPE", "NORP", "ORG", "PERSON"):
            key = _country_key(ent.text) if ent.label_ == "GPE" else None
            mentions.append(
                ActorMention(ent.start_char, ent.end_char, ent.text, key, ent.text, kind="unknown", evidence=f"ner:{ent.label_}")
            )
    return DocActors(mentions)
