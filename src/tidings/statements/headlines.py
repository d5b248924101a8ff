"""Headlines: "X: ..." in a headline or dek, and the person a headline's country speaker stands for.

A headline or dek line opening with an actor or a person's name and a colon is that
speaker's direct words. Afterwards, a headline that has a country or body speak
('Russia warns of retaliation') summarises the lede, so its speaker becomes the person
of that party quoted first in the body.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..records import ActorMention, Statement
from .context import Ctx, kind_and_content, make
from .cues import lexicon

MAX_HEAD_WORDS = 6
MAX_TITLE_WORDS = 20


def headline_pass(ctx: Ctx) -> list[Statement]:
    """'X: ...' in a headline or dek, X an actor or a person's name that covers at least half of what precedes the colon."""
    out: list[Statement] = []
    for s in ctx.sentences:
        if s.zone not in ("headline", "dek") and not _title_line(ctx, s):
            continue
        line = ctx.text[s.start : s.end]
        colon = line.find(": ")
        if colon <= 0 or len(line[:colon].split()) > MAX_HEAD_WORDS:
            continue
        who = (ctx.actors.at(s.start, s.start + colon) or _named_person(ctx, s.start, s.start + colon)
               or _surname_label(ctx, s.start, s.start + colon) or _evidence_label(ctx, s.start, s.start + colon))
        if who is None or (who.end - who.start) * 2 < colon:
            continue
        kind, chars = kind_and_content(ctx, s.start + colon + 2, s.end)
        cue = ctx.span(s.start + colon, s.start + colon + 1)
        st = make(ctx, who, cue, "direct", chars, ":", "asserts")
        if st is not None:
            out.append(st)
    return out


def _title_line(ctx: Ctx, s: Any) -> bool:
    """The text's first line standing alone as a paragraph, short as a title ('Poll: Clinton and Trump in dead
    heat.' with a full stop the headline zone does not take)."""
    if s.index != 0 or len(ctx.text[s.start : s.end].split()) > MAX_TITLE_WORDS or ctx.text[: s.start].strip():
        return False
    return ctx.text[s.end : s.end + 2].startswith("\n") or s.end >= len(ctx.text.rstrip())


def _named_person(ctx: Ctx, start: int, end: int) -> ActorMention | None:
    """A person's name that is all of [start, end), coded or not ('Pat Caddell: Voters worry ...')."""
    people = [m for m in ctx.actors.inside(start, end) if m.kind == "person" and m.start == start and m.end == end]
    return people[0] if people and len(people[0].text.split()) >= 2 else None


def _surname_label(ctx: Ctx, start: int, end: int) -> ActorMention | None:
    """'Lavrov: West is playing with fire' over a text naming Sergei Lavrov: a one-word label that is the
    surname of a person the article names in full is that person."""
    label = ctx.text[start:end].strip()
    if " " in label or not label[:1].isupper() or not label.replace("-", "").isalpha():
        return None
    for m in ctx.actors.mentions:
        full = m.name or m.text
        if m.kind == "person" and m.start >= end and len(full.split()) >= 2 and full.split()[-1] == label:
            return replace(m, start=start, end=end, text=label, kind="description")
    return None


def _evidence_label(ctx: Ctx, start: int, end: int) -> ActorMention | None:
    """'Poll: Clinton and Trump in dead heat': a label that is a body of evidence (data: label_sources)
    reports what follows it; 'Analysis:' does not."""
    label = ctx.text[start:end].strip()
    if label.lower() not in lexicon().label_sources:
        return None
    return ActorMention(start, end, label, None, name=label, kind="description", evidence="statements:headline label")


def headline_speakers(ctx: Ctx, found: list[Statement]) -> list[Statement]:
    """'Russia warns of retaliation' over a lede '..., Deputy Foreign Minister Sergei Ryabkov said':
    a headline or dek that has a country or body speak summarises the lede, so its speaker is the
    person of that party quoted first in the body (when the first body statement is theirs)."""
    zone = {s.index: s.zone for s in ctx.sentences}
    out: list[Statement] = []
    for st in found:
        sp = st.speaker
        if zone.get(st.sentence) in ("headline", "dek") and sp is not None and sp.key and sp.kind in ("state", "organisation"):
            later = sorted((x for x in found if x.sentence > st.sentence and zone.get(x.sentence) in ("dek", "body")),
                           key=lambda x: x.cue.start)
            lede = later[0].speaker if later else None
            if lede is not None and lede.kind == "person" and lede.key and lede.key.split(".")[0] == sp.key.split(".")[0]:
                st = replace(st, speaker=replace(sp, key=lede.key, name=lede.name, entity=lede.entity))
        out.append(st)
    return out
