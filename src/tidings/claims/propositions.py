"""Propositions: how an event becomes a comparable claim signature.

Two mentions state the same proposition when their source and target agree at
the country / organisation level (the part of the key before the first ``.``)
and they have the same PLOVER type (or, lacking one, the same CAMEO root).
"RUS.PMC:Wagner" therefore counts toward "RUS": analysts and the gold keys
compare parties at that level. The full keys stay on the events the stances
point to, and a proposition keeps a full key when every mention agrees on it.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from ..records import Event, Proposition

Signature = tuple[str, str, str | None]  # (source part, type, target part or None)


def party(key: str | None) -> str | None:
    """Country / organisation part of an actor key: 'RUS.PMC:Wagner' -> 'RUS'."""
    if not key:
        return None
    return key.split(".", 1)[0].split(":", 1)[0].upper() or None


def event_type(e: Event) -> str:
    """PLOVER type when known, else the CAMEO root ('root:07')."""
    return e.plover.upper() if e.plover else f"root:{(e.root or e.cameo)[:2]}"


def signature(e: Event) -> Signature | None:
    """The comparable signature of an event, or None without a coded source."""
    src = party(e.source.key if e.source else None)
    if src is None or not e.cameo:
        return None
    return src, event_type(e), party(e.target.key if e.target else None)


def _agreed(keys: Iterable[str | None], fallback: str | None) -> str | None:
    """The full key when all mentions use the same one, else the shared country part."""
    distinct = {k for k in keys if k}
    return distinct.pop() if len(distinct) == 1 else fallback


def proposition(sig: Signature, events: list[Event]) -> Proposition:
    """The Proposition record for a signature, from the events that mention it."""
    src, _, tgt = sig
    cameo = Counter(e.cameo for e in events).most_common(1)[0][0] if events else ""
    plovers = [e.plover for e in events if e.plover]
    return Proposition(
        source=_agreed((e.source.key if e.source else None for e in events), src),
        target=_agreed((e.target.key if e.target else None for e in events), tgt) if tgt else None,
        cameo=cameo,
        plover=plovers[0] if plovers else None,
    )


def fold_open_targets(sigs: Iterable[Signature]) -> dict[Signature, Signature]:
    """Map 'X AID ?' onto 'X AID Y' when exactly one such targeted proposition exists."""
    known = list(dict.fromkeys(sigs))
    out: dict[Signature, Signature] = {}
    for s in known:
        if s[2] is None:
            targeted = [t for t in known if t[:2] == s[:2] and t[2] is not None]
            if len(targeted) == 1:
                out[s] = targeted[0]
    return out
