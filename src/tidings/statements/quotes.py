"""Find quoted passages in raw text: straight, curly and single quotes, guillemets, and
double quotes typed as two apostrophes (''...'').

Works on characters, not tokens, because quotes run across sentences and
paragraphs, and the parser often splits them badly. A quote left open at the
end of a paragraph continues when the next paragraph opens with a quote mark
(newswire convention for multi-paragraph quotes); otherwise it is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..nlp.segment import wrapped_line

_DOUBLE_CLOSERS = {'"': '"”', "“": '”"', "«": "»", "„": '“”"'}
_SINGLE_CLOSERS = {"‘": "’", "'": "'"}
MAX_SINGLE = 300  # single quotes longer than this are apostrophes gone wrong


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: marks at ``start`` and ``end - 1``; words in [inner_start, inner_end)."""

    start: int
    end: int
    inner_start: int
    inner_end: int

    def contains(self, i: int) -> bool:
        return self.inner_start <= i < self.inner_end


def _single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and after.isalnum()


def _single_closes(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _continues(text: str, i: int, opener: str) -> int:
    """At a newline inside a quote: index of the next paragraph's opening mark, else -1."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    if j < len(text) and text[j] in (opener, "“", '"') and opener in _DOUBLE_CLOSERS:
        return j
    return -1


def _close(text: str, start: int, opener: str) -> int:
    """Index of the mark closing the quote opened at ``start``, or -1."""
    closers = _DOUBLE_CLOSERS.get(opener) or _SINGLE_CLOSERS[opener]
    single = opener in _SINGLE_CLOSERS
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\n" and not wrapped_line(text, i):
            nxt = -1 if single else _continues(text, i, opener)
            if nxt < 0:
                return -1
            i = nxt + 1
            continue
        if ch in closers and (not single or _single_closes(text, i)):
            return i
        if ch == opener == "“":
            return i  # a second opening mark inside the quote is its closing one mistyped (nesting takes ‘ ’)
        if single and i - start > MAX_SINGLE:
            return -1
        i += 1
    return -1


_TWO_SINGLE = "''"  # a double quote typed as two apostrophes (''...''), as in many newspaper archives


def _two_single_opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    return text.startswith(_TWO_SINGLE, i) and (before.isspace() or before in "([{—–-:") and not after.isspace() and after != "'"


def _two_single_close(text: str, start: int) -> int:
    """Index of the '' closing the quote whose '' opens at ``start``, or -1 (within one paragraph,
    or across paragraphs that open with '' as newswire quote runs do)."""
    i = start + 2
    while i < len(text) - 1:
        if text[i] == "\n":
            j = i
            while j < len(text) and text[j].isspace():
                j += 1
            if not text.startswith(_TWO_SINGLE, j):
                return -1
            i = j + 2
            continue
        if text.startswith(_TWO_SINGLE, i) and not text[i - 1].isspace():
            return i
        i += 1
    return -1


def find_quotes(text: str) -> list[Quote]:
    """Top-level quoted passages in ``text`` (quotes nested inside another are not listed)."""
    out: list[Quote] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "'" and _two_single_opens(text, i):
            end = _two_single_close(text, i)
            if end > i + 2:
                out.append(Quote(i, end + 2, i + 2, end))
                i = end + 2
                continue
        opens = ch in _DOUBLE_CLOSERS or (ch in _SINGLE_CLOSERS and _single_opens(text, i))
        if not opens:
            i += 1
            continue
        end = _close(text, i, ch)
        if end < 0 or end == i + 1:
            i += 1
            continue
        inner_end = end
        while inner_end > i + 1 and text[inner_end - 1] in " \t":
            inner_end -= 1  # 'stop. “South ...': the mistyped closer stands after a space
        out.append(Quote(i, end + 1, i + 1, inner_end))
        i = end + 1
    return out


def quote_at(quotes: list[Quote], i: int) -> Quote | None:
    """The quote whose words contain character ``i``."""
    for q in quotes:
        if q.contains(i):
            return q
        if q.start > i:
            break
    return None
