"""Assembly: mentions grouped by proposition into claims, keeping only contested or repeated ones.

A proposition is contested when someone asserts or relays it and someone denies or
questions it, and repeated when at least two statements put it forward and not only
its doer's own side does; anything else is a statement, not a claim (GUIDE section 1,
Claims). Help only its receiver tells of, like a meeting only its parties report, is news.
Contested claims come first, each group in text order, each stance once.
"""

from __future__ import annotations

from ..records import Claim, ClaimStance
from .mention import Mention
from .propositions import Signature, distinct_holders, party, proposition, side

TALK_ROOTS = ("01", "02", "10", "11", "12")  # CAMEO: statements, appeals, demands, disapproval, rejection
MEETING_ROOTS = ("04",)  # CAMEO: consult, meet, negotiate
COOPERATION_QUADS = (1, 2)  # CAMEO quad classes: verbal and material cooperation


def assemble(mentions: list[Mention], min_support: int) -> list[Claim]:
    groups: dict[Signature, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: m.at):
        groups.setdefault(m.sig, []).append(m)
    claims: list[tuple[bool, int, Claim]] = []
    for sig, ms in groups.items():
        if _only(ms, TALK_ROOTS):
            continue
        stances = _unique_stances(ms)
        prop = proposition(sig, [m.event for m in ms if m.event is not None])
        contested = _contested(stances)
        if not contested and (_only(ms, MEETING_ROOTS) or _told_by_its_receiver(sig, ms, stances)
                              or not _repeated(prop.source or sig[0], stances, min_support)):
            continue  # a meeting its parties both report is news, not a claim; one somebody denies is
        claims.append((not contested, ms[0].at, Claim(prop, tuple(stances))))
    return [c for _, _, c in sorted(claims, key=lambda t: (t[0], t[1]))]


def _only(ms: list[Mention], roots: tuple[str, ...]) -> bool:
    """Every coded event of the proposition has one of these CAMEO roots. With TALK_ROOTS: 'Ethiopia
    rejected the proposal', told twice, or 'Washington accused Moscow', denied, is itself saying, asking,
    demanding, criticising or rejecting: a statement, not a claim (the allegation it carries is the
    claim). With MEETING_ROOTS: talks both sides report."""
    found = {(m.event.root or m.event.cameo[:2]) for m in ms if m.event is not None and m.event.cameo}
    return bool(found) and all(r.startswith(roots) for r in found)


def _told_by_its_receiver(sig: Signature, ms: list[Mention], stances: list[ClaimStance]) -> bool:
    """Cooperation only its receiver puts forward: 'Bogota said Caracas had sent it medicine ... the
    Colombian government thanked Venezuela for the shipment'. Like a meeting both sides report, help
    that its receiver tells of, however often, is news of it, not a claim; the giver's word or a
    third party's makes it one (GUIDE section 1, Claims)."""
    quads = {m.event.quad_class for m in ms if m.event is not None}
    if not quads or not quads <= set(COOPERATION_QUADS):
        return False
    receiver = party(sig[2])
    if receiver is None or receiver == party(sig[0]):
        return False
    return all(party(s.holder) == receiver for s in stances if s.stance in ("asserts", "repeats"))


def _contested(stances: list[ClaimStance]) -> bool:
    """Someone asserts or relays the proposition and another party denies or questions it: one party
    both backing and disowning a proposition ('urged them not to destroy the bridge', read both ways)
    is no contest. Inside one country two sectors are two parties (an NGO against its government)."""
    backers = {s.holder for s in stances if s.stance in ("asserts", "repeats")}
    doubters = {s.holder for s in stances if s.stance in ("denies", "questions")}
    return any(distinct_holders(b, d) for b in backers for d in doubters)


def _own_side(holder: str | None, source: str) -> bool:
    """The holder speaks for the proposition's own doer ('Russia said it delivered grain')."""
    if not holder or party(holder) != party(source):
        return False
    hs, ss = side(holder), side(source)
    return hs == ss or "." not in ss or "." not in hs


def _repeated(source: str, stances: list[ClaimStance], min_support: int) -> bool:
    """An uncontested proposition is a claim when several statements put it forward and not
    only its doer's side does: a party announcing its own act is a statement, and so is a
    lone denial nobody is said to have asserted (GUIDE section 1, Claims)."""
    backing = {s.statement if s.statement is not None else -1 - (s.event or 0) for s in stances if s.stance in ("asserts", "repeats")}
    if len(backing) < min_support:
        return False
    return any(not _own_side(s.holder, source) for s in stances if s.stance in ("asserts", "repeats"))


def _unique_stances(ms: list[Mention]) -> list[ClaimStance]:
    """One stance per statement or event; and one per holder, stance and words: "a charge Moscow denied" read
    both as a statement and as a denial event is one denial."""
    seen: set[tuple[str | None, str, int | None]] = set()
    out: list[ClaimStance] = []
    for m in ms:
        key = (m.stance.holder, m.stance.stance, m.stance.statement if m.stance.statement is not None else -1 - (m.stance.event or 0))
        if key not in seen and not any(_same_words(m.stance, o) for o in out):
            seen.add(key)
            out.append(m.stance)
    return out


def _same_words(a: ClaimStance, b: ClaimStance) -> bool:
    """Two stances of one holder, taken the same way, whose quoted words overlap."""
    if (a.holder, a.stance, a.document) != (b.holder, b.stance, b.document) or a.content is None or b.content is None:
        return False
    return a.content.start < b.content.end and b.content.start < a.content.end
