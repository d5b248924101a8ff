"""The article mark-up and the SVG charts, without a browser: overlapping spans, escaping, edge cases."""

from __future__ import annotations

import re
from html import unescape

import pytest

pytest.importorskip("jinja2", reason="the web view needs the api extra: pip install -e '.[api]'")

from tidings.claims.ledger import TimelineEntry  # noqa: E402
from tidings.web import marks, svg  # noqa: E402


def _plain(markup: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", markup))


def test_marks_overlapping_spans_keep_the_text_and_every_kind() -> None:
    text = "Moscow denied <b>it</b> sent arms."
    spans = [marks.Span(0, 6, "mn", "mn-0", "actor"), marks.Span(7, 13, "cue", "st-0", "cue"),
             marks.Span(14, 33, "sc", "st-0", "content"), marks.Span(24, 28, "ev", "ev-0", "event <x>")]
    out = str(marks.render(text, spans))
    assert _plain(out) == text, "cutting at span boundaries loses no character"
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert re.search(r'class="m ev sc" data-refs="st-0 ev-0"[^>]*>sent<', out)
    assert 'id="ev-0"' in out and 'id="st-0"' in out and "event &lt;x&gt;" in out


def test_marks_spans_outside_the_text_are_dropped() -> None:
    from tidings.records import Analysis, Document, Event, TextSpan

    a = Analysis(document=Document(id="d", text="short"),
                 events=(Event(source=None, target=None, cameo="010", trigger=TextSpan(3, 99, "x"), sentence=0),))
    assert marks.spans_of(a) == []
    assert marks.headline(a) == "short"


def test_svg_labels_are_escaped() -> None:
    evil = '<script>alert(1)</script>'
    bars = str(svg.stacked_bars([("2024-01-01", evil, 2)], label=evil))
    net = str(svg.network(evil, [(evil, 1, 2)]))
    entry = TimelineEntry(date=None, holder=evil, name=evil, stance="denies", quote=evil, document="d", start=0, end=1)
    stances = str(svg.stance_timeline([entry]))
    for out in (bars, net, stances):
        assert "<script>" not in out and "&lt;script&gt;" in out


def test_svg_empty_inputs_say_so() -> None:
    assert "No dated events" in svg.stacked_bars([], label="x")
    assert "No counterparts" in svg.network("PRK", [])
