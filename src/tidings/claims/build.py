"""Claims within one document: propositions and the stances parties take on them.

A stance comes from a statement whose content holds an event ("Kirby claimed
*DPRK had provided weaponry*" -> USA asserts PRK AID RUS), from an event the
events stage marked as claimed or denied by someone, or from a denial that
points back at an allegation without restating it ("rejected *the
allegation*"). Mentions of the same proposition merge (see propositions.py).
Only contested or repeated propositions are claims: one party saying one thing
once is a statement, not a claim (GUIDE section 1, Claims).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..records import Claim, ClaimStance, Document, Event, Stance, Statement, TextSpan
from .propositions import Signature, fold_open_targets, party, proposition, signature

MIN_SUPPORT = 2  # statements needed for an uncontested proposition to count as a claim
# words by which a denial refers back to an allegation it does not restate
ALLEGATION_WORDS = frozenset(
    "allegation allegations accusation accusations claim claims report reports rumor rumors rumour rumours "
    "information fake fakes charge charges assertion assertions suggestion suggestions story stories".split()
)
SHORT_CONTENT = 6  # words: 'denied it', 'rejected the allegation'


@dataclass(frozen=True, slots=True)
class Mention:
    """One stance on one signature, with where it sits in the text (for ordering)."""

    sig: Signature
    stance: ClaimStance
    at: int
    event: Event | None = None


def build(
    document: Document, events: Sequence[Event], statements: Sequence[Statement], *, min_support: int = MIN_SUPPORT
) -> list[Claim]:
    """Claims of one document, contested ones first."""
    mentions = _event_mentions(document, events, statements)
    folded = fold_open_targets(m.sig for m in mentions)
    mentions = [Mention(folded.get(m.sig, m.sig), m.stance, m.at, m.event) for m in mentions]
    mentions += _anaphoric_denials(document, statements, mentions)
    return _assemble(mentions, min_support)


def _stance(document: Document, st: Statement | None, holder: str | None, name: str | None, stance: Stance,
            content: TextSpan | None, statement: int | None, event: int | None) -> ClaimStance:
    return ClaimStance(holder, name, stance, content, statement, event, date=document.date, document=document.id)


def _holding_statement(e: Event, statements: Sequence[Statement]) -> int | None:
    """The statement whose content holds the event (the events stage's link first)."""
    if e.statement is not None and 0 <= e.statement < len(statements):
        return e.statement
    best: int | None = None
    for i, st in enumerate(statements):
        c = st.content
        if c.start <= e.trigger.start < c.end and (best is None or c.end - c.start < statements[best].content.end - statements[best].content.start):
            best = i
    return best


def _is_speech_act(e: Event, statements: Sequence[Statement]) -> bool:
    """The event is the saying itself ('Kirby *claimed*') or names a claim ('Washington's *claims*')."""
    if any(w.strip(".,;:\"'’") in ALLEGATION_WORDS for w in e.trigger.text.lower().split()):
        return True
    return any(st.cue.start <= e.trigger.start < st.cue.end for st in statements)


def _self_directed(e: Event) -> bool:
    """'RUS.GOV AID RUS': a party acting on itself; 'BFA.REB ASSAULT BFA.MIL' is two parties and stays."""
    src, tgt = (e.source.key if e.source else None), (e.target.key if e.target else None)
    if not src or not tgt or party(src) != party(tgt):
        return False
    return src == tgt or "." not in src or "." not in tgt


def _event_mentions(document: Document, events: Sequence[Event], statements: Sequence[Statement]) -> list[Mention]:
    out: list[Mention] = []
    for ei, e in enumerate(events):
        sig = signature(e)
        if sig is None or _self_directed(e) or _is_speech_act(e, statements):
            continue
        si = _holding_statement(e, statements)
        if si is None:
            if e.status in ("claimed", "denied") and e.attributed_to:
                stance: Stance = "denies" if e.status == "denied" else "asserts"
                cs = _stance(document, None, e.attributed_to, e.attributed_name, stance, e.trigger, None, ei)
                out.append(Mention(sig, cs, e.trigger.start, e))
            continue
        out.extend(_statement_mentions(document, sig, e, ei, statements[si], si))
    return out


def _statement_mentions(document: Document, sig: Signature, e: Event, ei: int, st: Statement, si: int) -> list[Mention]:
    """The speaker's stance on an event inside their statement, and the accuser's when they deny it."""
    if st.speaker is None or not st.speaker.key:
        return []
    stance: Stance = st.stance
    if e.status in ("denied", "negated") and stance != "questions":
        stance = "denies"
    out = [Mention(sig, _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, stance, st.content, si, ei), st.content.start, e)]
    accuser = e.attributed_to
    if stance in ("denies", "questions") and accuser and party(accuser) != party(st.speaker.key):
        # "denied Washington's claims that ...": Washington holds the claim being denied
        cs = _stance(document, st, accuser, e.attributed_name, "asserts", st.content, si, ei)
        out.append(Mention(sig, cs, st.content.start, e))
    return out


def _refers_back(st: Statement) -> bool:
    words = st.content.text.lower().replace("’", "'").split()
    return len(words) <= SHORT_CONTENT or any(w.strip(".,;:\"'") in ALLEGATION_WORDS for w in words)


def _anaphoric_denials(document: Document, statements: Sequence[Statement], mentions: list[Mention]) -> list[Mention]:
    """'Moscow rejected the allegation': the denial joins the nearest allegation made by another party."""
    linked = {m.stance.statement for m in mentions if m.stance.statement is not None}
    out: list[Mention] = []
    for si, st in enumerate(statements):
        if si in linked or st.stance not in ("denies", "questions") or st.speaker is None or not st.speaker.key:
            continue
        if not _refers_back(st):
            continue
        me = party(st.speaker.key)
        targets = [m for m in mentions if m.stance.stance == "asserts" and party(m.stance.holder) != me]
        if not targets:
            continue
        near = min(targets, key=lambda m: (m.at > st.content.start, abs(m.at - st.content.start)))
        cs = _stance(document, st, st.speaker.key, st.speaker.name or st.speaker.text, st.stance, st.content, si, None)
        out.append(Mention(near.sig, cs, st.content.start, None))
    return out


def _assemble(mentions: list[Mention], min_support: int) -> list[Claim]:
    groups: dict[Signature, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.at):
        groups.setdefault(m.sig, []).append(m)
    claims: list[tuple[bool, int, Claim]] = []
    for sig, ms in groups.items():
        stances = _unique_stances(ms)
        kinds = {s.stance for s in stances}
        backing = {s.statement for s in stances if s.statement is not None}
        if not (kinds & {"denies", "questions"}) and len(backing) < min_support:
            continue
        prop = proposition(sig, [m.event for m in ms if m.event is not None])
        contested = "asserts" in kinds and "denies" in kinds
        claims.append((not contested, ms[0].at, Claim(prop, tuple(stances))))
    return [c for _, _, c in sorted(claims, key=lambda t: (t[0], t[1]))]


def _unique_stances(ms: list[Mention]) -> list[ClaimStance]:
    seen: set[tuple[str | None, str, int | None]] = set()
    out: list[ClaimStance] = []
    for m in ms:
        key = (m.stance.holder, m.stance.stance, m.stance.statement if m.stance.statement is not None else -1 - (m.stance.event or 0))
        if key not in seen:
            seen.add(key)
            out.append(m.stance)
    return out
