"""Framed doers: 'Western countries accused *Iran* of supplying drones to Russia' -- Iran supplies.

When a cue's object is framed as the doer of a gerund or action noun ('accused Y of
V-ing', 'thanked Y and Z for their support'), an event on it whose source is the
speaker's side or one of the framed parties is read once for each framed party as
its source; a first-person possessive keeps the act the speaker's own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..records import ActorMention, Event, Statement
from .lexicon import FRAME_PREP, OWNED
from .propositions import party

MAX_FRAME_GAP = 80  # characters between the framed party and the act it is said to do
MAX_FRAME_WORDS = 4  # 'of supplying', 'of attempting to deter'
MAX_OBJECT_LEAD = 2  # words between the cue and its object: 'accused *the neighbouring* India'


def reframed(text: str, e: Event, st: Statement, events: Sequence[Event]) -> list[Event]:
    """'Western countries accused *Iran* of supplying drones to Russia': Iran supplies, not the accusers.

    When a cue's object is framed as the doer of a gerund or action noun ('accused Y
    of V-ing', 'thanked Y and Z for their support'), an event on it whose source is
    the speaker's side (the clause subject taken by the parse) or one of the framed
    parties is read once for each framed party as source; a target that is a framed
    party itself then is no target. A first-person possessive keeps the act the
    speaker's own ('accused Russia of trying to deter *our* support').
    """
    ys = _framed_parties(st, events)
    if not ys or st.speaker is None or not st.speaker.key:
        return [e]
    first, last = ys[0], ys[-1]
    if not (st.cue.end <= first.start and len(text[st.cue.end : first.start].split()) <= MAX_OBJECT_LEAD):
        return [e]  # the framed party is the cue's own object ('accused *neighbouring India*'), nothing else
    if not (last.end <= e.trigger.start <= last.end + MAX_FRAME_GAP):
        return [e]
    gap = text[last.end : e.trigger.start].lower()
    m = FRAME_PREP.match(gap.strip())
    if m is None or len(gap.split()) > MAX_FRAME_WORDS or OWNED.search(gap.strip()[m.end():]):
        return [e]
    framed = {y.key for y in ys}
    src = e.source
    if src is not None and src.key and src.key not in framed and src.key != st.speaker.key \
            and party(src.key) != party(st.speaker.key):
        return [e]  # the events stage named another doer: keep it
    target = e.target
    if target is not None and target.key in framed:
        target = None
    return [replace(e, source=y, target=target) for y in ys]


def _framed_parties(st: Statement, events: Sequence[Event]) -> list[ActorMention]:
    """The objects of the cue in 'X accused *Y* of ...', 'thanked *Tokyo and Brussels* for ...':
    the targets of the events coded at the cue, in text order."""
    found: dict[str | None, ActorMention] = {}
    for ev in events:
        t = ev.target
        if t is not None and t.key and st.cue.start <= ev.trigger.start < st.cue.end and st.content.start <= t.start < st.content.end:
            found.setdefault(t.key, t)
    return sorted(found.values(), key=lambda m: m.start)
