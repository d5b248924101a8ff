"""Which part of an article each line is: headline, dek, dateline, body or boilerplate.

Boilerplate lines ("Read more: …", "Also read", "Related:", photo captions and
credits, share prompts, bylines) are kept in the text, so offsets stay true,
but produce no events or statements. The cue lists live in
``data/boilerplate.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Sequence

from .. import data
from ..records import Line, Sentence
from .dates import is_date_line

_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _check(obj: dict[str, Any]) -> list[str]:
    problems = []
    for key in ("line_patterns", "caption_patterns", "dateline_pattern"):
        if key not in obj:
            problems.append(f"missing {key}")
    for pat in obj.get("line_patterns", []) + obj.get("caption_patterns", []) + [obj.get("dateline_pattern", "")]:
        try:
            re.compile(pat)
        except re.error as e:
            problems.append(f"bad pattern {pat!r}: {e}")
    return problems


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[re.Pattern[str], str]], list[re.Pattern[str]], re.Pattern[str]]:
    obj = data.validated("boilerplate", _check)
    lines = [(re.compile(p, re.IGNORECASE), name) for name, p in obj["named_line_patterns"].items()]
    lines += [(re.compile(p, re.IGNORECASE), "boilerplate") for p in obj["line_patterns"]]
    captions = [re.compile(p) for p in obj["caption_patterns"]]
    return lines, captions, re.compile(obj["dateline_pattern"])


def _boilerplate_reason(line: str, seen: set[str], captions_twice: set[str]) -> str | None:
    named, _, _ = _rules()
    stripped = line.strip()
    for pat, name in named:
        if pat.search(stripped):
            return name
    if _caption(stripped):
        return "caption"
    if stripped in captions_twice and len(stripped) > 20:
        return "repeated line (caption)"
    if stripped in seen and len(stripped) > 20:
        return "repeated paragraph"
    return None


def _printed_twice(line: str, following: str) -> bool:
    """A one-sentence line the page prints again at once: a short one alone, or one of any length with the
    photo credit after it ("Ministers shake hands after the deal." then "Ministers shake hands after the
    deal. Photograph: X/AFP"). Either way it is a caption."""
    if ". " in line:
        return False
    if following == line:
        return len(line) < 200
    return following.startswith(line) and _caption(following)


def _caption(line: str) -> bool:
    """A photo caption by its wording or credit (``caption_patterns`` of boilerplate.json)."""
    return any(p.search(line) for p in _rules()[1])


def dateline_pattern() -> re.Pattern[str]:
    """The compiled dateline rule ('SEOUL, Aug 20 (Reuters) -') from the boilerplate data file."""
    return _rules()[2]


def classify_lines(text: str) -> list[Line]:
    """Split ``text`` at newlines and give each non-empty line a zone."""
    out: list[Line] = []
    seen: set[str] = set()
    pos = 0
    content_lines = 0
    _, _, dateline = _rules()
    raw_lines = text.split("\n")
    # a one-sentence line printed twice in a row is a photo caption repeated by the page (both
    # copies are clutter); any other repeated paragraph keeps its first copy as story text
    nonempty = [r.strip() for r in raw_lines if r.strip()]
    captions_twice = {a for a, b in zip(nonempty, nonempty[1:]) if _printed_twice(a, b)}
    n_nonempty = len(nonempty)
    for raw in raw_lines:
        start, end = pos, pos + len(raw)
        pos = end + 1
        stripped = raw.strip()
        if not stripped:
            continue
        # trim surrounding white space so spans hold only the line's words
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        reason = _boilerplate_reason(stripped, seen, captions_twice)
        seen.add(stripped)
        if reason:
            out.append(Line(start, end, "boilerplate", reason))
            continue
        if content_lines < 4 and is_date_line(stripped):
            # "March 3, 2025" alone on a line is the article's date, not its headline
            out.append(Line(start, end, "dateline", "date line"))
            continue
        content_lines += 1
        m = dateline.match(stripped)
        if m and m.end() < len(stripped):
            out.append(Line(start, start + len(m.group().rstrip()), "dateline", "place and date before the story"))
            out.append(Line(start + m.end(), end, "body"))
            continue
        if content_lines == 1 and n_nonempty > 1 and (len(stripped) < 200 and not _SENTENCE_END.search(stripped)):
            out.append(Line(start, end, "headline", "first line without sentence punctuation"))
            continue
        if content_lines == 2 and out and out[-1].zone == "headline" and len(stripped) < 300 and stripped.count(". ") < 2:
            out.append(Line(start, end, "dek", "short line after the headline"))
            continue
        out.append(Line(start, end, "body"))
    return out


def zone_at(lines: Sequence[Line], offset: int) -> str:
    for ln in lines:
        if ln.start <= offset < ln.end:
            return ln.zone
    return "body"


def sentence_records(doc: Any, lines: Sequence[Line]) -> list[Sentence]:
    """Sentence records with trimmed offsets; a sentence touching a boilerplate line is boilerplate."""
    out: list[Sentence] = []
    boiler = [(ln.start, ln.end) for ln in lines if ln.zone == "boilerplate"]
    for sent in doc.sents:
        text = sent.text
        stripped = text.strip()
        if not stripped:
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = start + len(stripped)
        if any(a < end and start < b for a, b in boiler):
            zone = "boilerplate"
        else:
            # a sentence that starts in a dateline line and runs on into the story is body text
            zone = zone_at(lines, start)
            if zone == "dateline" and not any(ln.zone == "dateline" and ln.start <= start and end <= ln.end for ln in lines):
                zone = "body"
        out.append(Sentence(len(out), start, end, zone))  # type: ignore[arg-type]
    return out
