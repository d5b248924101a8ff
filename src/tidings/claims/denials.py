"""Denials that do not restate what they deny: anaphoric denials, dismissals and relayed denials.

'Moscow rejected *the allegation*', 'denied *any role* in the crossings': a short
denial, or one that names an allegation, evidence or the denier's involvement, joins
the nearest earlier allegation made by another party (by the accuser it names, when it
names one), preferring an allegation against the denier; 'we consider *these claims*
*groundless*' is such a denial though its cue is 'said'. 'said the Azerbaijani side
has *refuted* the information': a speaker who reports another party's denial as fact
takes that denial up, when exactly one alleged deed fits.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..records import Document, Event, Stance, Statement
from ..statements.cues import is_directive
from .accusers import named_accuser
from .framing import MAX_OBJECT_LEAD
from .lexicon import ALLEGATION_WORDS, DISMISSIVE_WORDS, EVIDENCE_WORDS, INVOLVEMENT_WORDS
from .mention import Mention, allegeable, content_words, known_parties, make_stance, party_starting
from .propositions import party

SHORT_CONTENT = 6  # words: 'denied it', 'rejected the allegation'
DENIAL_CODE = "016"  # CAMEO: deny responsibility / reject an allegation
REBUTTAL_CODES = (DENIAL_CODE, "11")  # CAMEO: deny; disapprove, criticise, accuse


def anaphoric_denials(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                      mentions: list[Mention]) -> list[Mention]:
    """'Moscow rejected the allegation': the denial joins the nearest earlier allegation made by another
    party (by the party it names, when it names one: 'denied Germany's accusation'), preferring one that
    concerns the denier: an allegation about someone else is not the one it rejects."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    deeds = {m.stance.statement for m in mentions if m.stance.statement is not None and allegeable(m)}
    known = known_parties(events, statements)
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if st.speaker is None or not st.speaker.key:
            continue
        if _dismisses(st, known) and si not in deeds:
            st = replace(st, stance="denies")  # 'we consider these claims groundless'
            linked = linked - {si}
        if st.stance not in ("denies", "questions"):
            # a relayed denial may share its statement with the speaker's own deeds ('we are in contact')
            out.extend(_relayed_denials(document, st, si, events, mentions))
            continue
        if si in linked:
            continue
        if not _refers_back(st):
            continue
        speaker = st.speaker
        assert speaker is not None and speaker.key  # checked above; replace() loses the narrowing
        me = party(speaker.key)
        named, accuser = named_accuser(st, known_parties(events, statements))
        targets = [m for m in mentions if m.stance.stance in ("asserts", "repeats") and party(m.stance.holder) != me
                   and m.at < st.content.start  # 'the allegation', 'it' point back, not ahead
                   and allegeable(m) and (not named or party(m.stance.holder) == accuser)]
        if not targets or _last_allegation_uncoded(st, statements, mentions, me, events):
            continue
        # 'Russia rejected the accusation': an allegation against the denier itself comes first
        own = [m for m in targets if party(m.sig[0]) == me]
        if not own and _disowns(st) and not any(w in ALLEGATION_WORDS for w in content_words(st)):
            continue  # 'denied any role in ...' is about the denier's own deeds
        near = max(own or targets, key=lambda m: m.at)
        cs = make_stance(document, st, speaker.key, speaker.name or speaker.text, _back_stance(st), st.content, si, None)
        out.append(Mention(near.sig, cs, st.content.start, None))
    return out


def _relayed_denials(document: Document, st: Statement, si: int, events: Sequence[Event],
                     mentions: list[Mention]) -> list[Mention]:
    """'said the Azerbaijani side has *refuted* the information': a speaker who reports, as fact, another
    party's denial of an allegation takes that denial up. The allegation is the one deed alleged in the
    article (by a third party) against the denying party; with none or several, nothing is linked."""
    if st.stance not in ("asserts", "repeats") or st.speaker is None or is_directive(st.cue_lemma):
        return []
    if not any(w in ALLEGATION_WORDS for w in content_words(st)):
        return []
    me = party(st.speaker.key)
    deniers = {party(e.source.key) for e in events
               if e.cameo.startswith(DENIAL_CODE) and st.content.start <= e.trigger.start < st.content.end
               and e.status not in ("denied", "negated", "hypothetical") and e.source is not None} - {None, me}
    sigs = {m.sig for m in mentions if m.stance.stance in ("asserts", "repeats") and party(m.sig[0]) in deniers
            and party(m.stance.holder) not in deniers | {me} and allegeable(m)}
    if len(sigs) != 1:
        return []
    cs = make_stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, "denies", st.content, si, None)
    return [Mention(sigs.pop(), cs, st.content.start, None)]


def _dismisses(st: Statement, known: dict[str, str]) -> bool:
    """'We consider *these claims* to be *groundless*', 'the reports are *fabricated*': a statement that
    names an allegation and calls it false rejects it, though its cue is no denial; so does the accused
    speaking of 'the accusations *against* Russia' as something raised by others. A statement that
    alleges a deed of its own (a coded deed in it) is no such rejection."""
    if st.stance not in ("asserts", "repeats") or is_directive(st.cue_lemma) or st.speaker is None:
        return False
    words = content_words(st)
    named = [i for i, w in enumerate(words) if w in ALLEGATION_WORDS and w not in DISMISSIVE_WORDS]
    if not named:
        return False
    if any(w in DISMISSIVE_WORDS for w in words):
        return True
    me = party(st.speaker.key)
    return any(words[i + 1 : i + 2] == ["against"] and party_starting(words[i + 2 :], known) == me for i in named)


def _refers_back(st: Statement) -> bool:
    words = content_words(st)
    return len(words) <= SHORT_CONTENT or any(w in ALLEGATION_WORDS or w in EVIDENCE_WORDS for w in words) \
        or _disowns(st)


def _disowns(st: Statement) -> bool:
    """'denied *any involvement* in the cross-border raids on villages': a denial of one's own part in a
    deed, however long the deed's description, points back at an allegation against the denier."""
    return st.stance == "denies" and any(w in INVOLVEMENT_WORDS for w in content_words(st)[:MAX_OBJECT_LEAD + 1])


def _back_stance(st: Statement) -> Stance:
    """'said Warsaw had not presented *evidence* linking the drones to Russia': doubting the proof of an
    allegation questions it rather than denying it outright."""
    if st.stance == "denies" and any(w in EVIDENCE_WORDS for w in content_words(st)):
        return "questions"
    return st.stance


def _rebuts(st: Statement, events: Sequence[Event]) -> bool:
    """'reports *Russia discredits the fake* about ...': content that tells of a rejection or criticism
    of an allegation talks about the allegation; it makes none."""
    if not any(w in ALLEGATION_WORDS for w in content_words(st)):
        return False
    return any(st.content.start <= e.trigger.start < st.content.end and e.cameo.startswith(REBUTTAL_CODES) for e in events)


def _last_allegation_uncoded(st: Statement, statements: Sequence[Statement], mentions: list[Mention], me: str | None,
                             events: Sequence[Event] = ()) -> bool:
    """'Armenian channels spread claims that ... . These rumors were rejected by ...': 'these rumors' are
    the claims just made; when that last allegation holds no coded proposition, an older one is not meant."""
    before = [(i, x) for i, x in enumerate(statements) if x.cue.start < st.cue.start and x.content.end <= st.content.start
              and x.stance in ("asserts", "repeats") and x.speaker is not None and party(x.speaker.key) != me
              and not _rebuts(x, events)]
    if not before:
        return False
    last, _ = max(before, key=lambda t: t[1].content.end)
    return not any(m.stance.statement == last for m in mentions)
