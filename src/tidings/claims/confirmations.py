"""Confirmations: a statement that backs an allegation without restating it.

'Kyiv said Russian troops shelled the town. Moscow later *confirmed the reports*': a short
content naming an allegation, under a confirming cue, or one that calls the allegation true
('Washington said it believed *the reports were accurate*'), joins the nearest earlier
allegation by another party, one against the speaker first (an admission), as the speaker's
assertion. The mirror of an anaphoric denial; a negation or a dismissive word leaves it alone.
"""

from __future__ import annotations

from typing import Sequence

from ..records import Document, Statement
from ..statements.cues import is_directive
from .lexicon import ALLEGATION_WORDS, CONFIRMATION_CUES, CREDITING_WORDS, DISMISSIVE_WORDS, NEGATORS
from .mention import Mention, allegeable, content_words, make_stance
from .propositions import distinct_holders, party

SHORT_CONFIRMATION = 6  # words: 'the reports', 'the allegation in full'
SHORT_CREDIT = 10  # words: 'it believed the reports were accurate'


def confirmations(document: Document, statements: Sequence[Statement], mentions: list[Mention]) -> list[Mention]:
    """Each statement confirming or crediting an allegation it names asserts the nearest one told before it."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.speaker is None or not st.speaker.key or st.stance not in ("asserts", "repeats"):
            continue
        if is_directive(st.cue_lemma) or not _backs(st):
            continue
        me = st.speaker.key
        before = [m for m in mentions if m.at < st.content.start and m.stance.stance in ("asserts", "repeats")
                  and distinct_holders(m.stance.holder, me) and allegeable(m)]
        own = [m for m in before if party(m.sig[0]) == party(me)]
        if not before:
            continue
        near = max(own or before, key=lambda m: m.at)
        cs = make_stance(document, st, me, st.speaker.name or st.speaker.text, "asserts", st.content, si, None)
        out.append(Mention(near.sig, cs, st.content.start, None))
    return out


def _backs(st: Statement) -> bool:
    """'confirmed *the reports*', 'said *the reports were accurate*': an allegation named, and confirmed by the
    cue (a short content) or called true; not when negated or called false."""
    words = content_words(st)
    if not any(w in ALLEGATION_WORDS and w not in DISMISSIVE_WORDS for w in words):
        return False
    if any(w in DISMISSIVE_WORDS or w in NEGATORS or w == "no" or w.endswith("n't") for w in words):
        return False
    if (st.cue_lemma or "").lower() in CONFIRMATION_CUES and len(words) <= SHORT_CONFIRMATION:
        return True
    return len(words) <= SHORT_CREDIT and any(w in CREDITING_WORDS for w in words)
