"""Hand-made records for the claims tests: a text with helpers that point at its words."""

from __future__ import annotations

from tidings.records import ActorMention, Document, TextSpan


class Text:
    """A document text with helpers to point at its words."""

    def __init__(self, text: str, *, id: str = "t", date: str = "2024-05-02") -> None:
        self.text = text
        self.doc = Document(id=id, text=text, date=date)

    def span(self, s: str, nth: int = 0) -> TextSpan:
        i = -1
        for _ in range(nth + 1):
            i = self.text.index(s, i + 1)
        return TextSpan(i, i + len(s), s)

    def span_at(self, s: str, at: int) -> TextSpan:
        """The span of ``s`` that starts at offset ``at``."""
        assert self.text[at : at + len(s)] == s
        return TextSpan(at, at + len(s), s)

    def who_at(self, s: str, key: str, at: int) -> ActorMention:
        """A mention of ``s`` at offset ``at``, coded ``key``."""
        sp = self.span_at(s, at)
        return ActorMention(sp.start, sp.end, s, key, s)

    def who(self, s: str, key: str, nth: int = 0) -> ActorMention:
        sp = self.span(s, nth)
        return ActorMention(sp.start, sp.end, s, key, s)


def held(claims: list) -> set[tuple[str | None, str]]:
    """(holder, stance) of every stance of ``claims``."""
    return {(s.holder, s.stance) for c in claims for s in c.stances}
