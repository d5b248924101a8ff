"""Answered allegations: an allegation the events stage left uncoded, restated by the denial that answers it.

'Israel said Iran was smuggling weapons to Hezbollah. Tehran denied arming the group': no
deed is coded in Israel's words, but Tehran's denial codes one (IRN AID Hezbollah), and the
statement just before it, by another party, names both that deed's doer and its receiver.
That statement is the allegation the denial answers: its speaker asserts the denied deed.
Only the nearest such statement close before the denial, with no coded deed of its own, and
only for a denied deed nobody else backs.
"""

from __future__ import annotations

from typing import Sequence

from ..records import ActorMention, Document, Event, Statement
from ..statements.cues import is_directive
from .mention import Mention, allegeable, is_deed, make_stance
from .propositions import distinct_holders, party

MAX_GAP = 300  # characters from the allegation's end to the denial's start: the sentence before, or the one before that


def answered_allegations(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                         mentions: list[Mention], actors: Sequence[ActorMention]) -> list[Mention]:
    """The speaker of the uncoded allegation a coded denial answers asserts the denied deed."""
    out: list[Mention] = []
    for dm in mentions:
        sj, sig = dm.stance.statement, dm.sig
        if dm.stance.stance != "denies" or sj is None or dm.event is None or not allegeable(dm) or sig[2] is None:
            continue
        denier = dm.stance.holder
        if any(m.sig == sig and m.stance.stance in ("asserts", "repeats") and distinct_holders(m.stance.holder, denier)
               for m in mentions):
            continue  # already contested
        si = _allegation_before(statements[sj], statements, events, actors, sig[0], sig[2], denier)
        if si is None:
            continue
        st = statements[si]
        assert st.speaker is not None and st.speaker.key
        cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "asserts", st.content, si, None)
        out.append(Mention(sig, cs, st.content.start, dm.event))
    return out


def _allegation_before(denial: Statement, statements: Sequence[Statement], events: Sequence[Event],
                       actors: Sequence[ActorMention], doer: str, receiver: str, denier: str | None) -> int | None:
    """The nearest statement close before the denial, by another party, that asserts something naming the
    deed's doer and receiver (coded mentions in its content) and codes no deed of its own, nor any act
    of that doer."""
    best: int | None = None
    for i, st in enumerate(statements):
        c = st.content
        if c.end > denial.content.start or denial.content.start - c.end > MAX_GAP:
            continue
        if st.speaker is None or not st.speaker.key or not distinct_holders(st.speaker.key, denier):
            continue
        if st.stance not in ("asserts", "repeats") or is_directive(st.cue_lemma):
            continue
        if any(c.start <= e.trigger.start < c.end and (is_deed(e) or party(e.source.key if e.source else None) == party(doer))
               for e in events):
            continue  # a deed of its own, or anything coded of the doer ('Iran and Hezbollah met'), is what it tells
        named = {party(a.key) for a in actors if a.key and c.start <= a.start and a.end <= c.end}
        if party(doer) in named and party(receiver) in named and (best is None or c.start > statements[best].content.start):
            best = i
    return best
