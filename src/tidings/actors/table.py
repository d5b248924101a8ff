"""DocActors: the resolved mentions of one document, searchable by offset and token."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any, Sequence

from ..records import ActorMention

# when several coded mentions lie inside a span, the most specific wins:
# a named person over the title that introduces them, over an organisation, over a bare state
_RANK = {
    "person": 0, "pronoun": 1, "description": 2, "group": 3, "organisation": 4, "state": 6,
    "region": 7, "place": 8,
}


class DocActors:
    """The resolved actor mentions of one document, searchable by offset."""

    def __init__(self, mentions: Sequence[ActorMention]) -> None:
        self.mentions: list[ActorMention] = sorted(mentions, key=lambda m: (m.start, -m.end))
        self._starts = [m.start for m in self.mentions]
        self._names: dict[int, str] = {}
        for m in self.mentions:
            if m.entity is not None and m.name and len(m.name) > len(self._names.get(m.entity, "")):
                self._names[m.entity] = m.name

    def inside(self, start: int, end: int) -> list[ActorMention]:
        """Every mention lying inside [start, end), coded or not."""
        hi = bisect_left(self._starts, end)
        lo = bisect_left(self._starts, start)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def at(self, start: int, end: int) -> ActorMention | None:
        """The best coded mention inside [start, end): the most specific actor of the span.

        "South Korean Foreign Minister Park Jin" gives the person (KOR.GOV, Park Jin)
        rather than the state "South Korean" inside it.
        """
        inside = [m for m in self.inside(start, end) if m.key]
        if not inside:
            return None
        return min(inside, key=lambda m: (_RANK.get(m.kind, 5), -(m.end - m.start), -m.start))

    def for_token(self, token: Any) -> ActorMention | None:
        """The coded mention covering ``token`` (the smallest one), coreference applied."""
        s = token.idx
        hi = bisect_right(self._starts, s)
        best: ActorMention | None = None
        for m in self.mentions[max(0, hi - 40) : hi]:
            if m.start <= s < m.end and m.key:
                if best is None or (m.end - m.start, _RANK.get(m.kind, 5)) < (best.end - best.start, _RANK.get(best.kind, 5)):
                    best = m
        return best

    def resolve_span(self, span: Any) -> ActorMention | None:
        """The best coded mention of a spaCy Span (convenience for ``at``)."""
        return self.at(span.start_char, span.end_char)

    def entity_name(self, entity: int | None) -> str | None:
        """The fullest name the document gives the participant ``entity``."""
        return self._names.get(entity) if entity is not None else None

    def entity_mentions(self, entity: int) -> list[ActorMention]:
        """Every mention of one participant, in text order."""
        return [m for m in self.mentions if m.entity == entity]
