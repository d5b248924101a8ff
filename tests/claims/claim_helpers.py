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

    def who(self, s: str, key: str, nth: int = 0) -> ActorMention:
        sp = self.span(s, nth)
        return ActorMention(sp.start, sp.end, s, key, s)
