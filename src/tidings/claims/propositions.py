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

from ..errors import DataError
from ..events import codebook
from ..records import Event, Proposition

Signature = tuple[str, str, str | None]  # (source part, type, target part or None)

# CAMEO codes for announcing an act, mapped to the act itself. "The US said it will
# supply tanks to Ukraine" (0332, intent to provide military aid) and "its supply of
# arms to Kiev" (072, military aid) are one proposition: who gives what to whom. The
# codebook builds 033x as "express intent to" + 07x, so the act code is the prefix swap.
INTENT_OF_ACT = {"033": "07"}


def party(key: str | None) -> str | None:
    """Country / organisation part of an actor key: 'RUS.PMC:Wagner' -> 'RUS'."""
    if not key:
        return None
    return key.split(".", 1)[0].split(":", 1)[0].upper() or None


def act_code(cameo: str) -> str:
    """The CAMEO code of the act a proposition is about: '0332' -> '072', other codes unchanged."""
    for intent, act in INTENT_OF_ACT.items():
        if cameo.startswith(intent):
            return act + cameo[len(intent):]
    return cameo


def act_plover(e: Event) -> str | None:
    """PLOVER type of the act: an announced aid (033x) is AID, like the aid itself."""
    act = act_code(e.cameo) if e.cameo else ""
    if act and act != e.cameo:
        try:
            return codebook.info(act).plover or e.plover
        except DataError:
            return e.plover
    return e.plover


def event_type(e: Event) -> str:
    """PLOVER type when known, else the CAMEO root ('root:07')."""
    plover = act_plover(e)
    return plover.upper() if plover else f"root:{act_code(e.root or e.cameo)[:2]}"


def side(key: str) -> str:
    """Country and sector of a key, without a named group: 'SDN.REB:RSF' -> 'SDN.REB'."""
    head, _, rest = key.partition(".")
    sector = rest.split(":", 1)[0].split(".", 1)[0]
    return f"{head.split(':', 1)[0].upper()}.{sector.upper()}" if sector else head.split(":", 1)[0].upper()


def distinct_holders(a: str | None, b: str | None) -> bool:
    """Two holders are two parties: of different countries or organisations, or, inside one country,
    of two different sectors ('SYR.NGO' against 'SYR.GOV': aid workers accusing their government).
    A key without a sector ('SYR') may be either side, so it is no second party."""
    if party(a) != party(b):
        return True
    if not a or not b:
        return False
    sa, sb = side(a), side(b)
    return "." in sa and "." in sb and sa != sb


def signature(e: Event) -> Signature | None:
    """The comparable signature of an event, or None without a coded source.

    Parties are compared at country / organisation level, except inside one
    country: there the sides are sectors ('the army says rebels attacked',
    'police arrested the president' are different propositions from
    'the president dissolved congress'), so a domestic source keeps its sector.
    """
    key = e.source.key if e.source else None
    src = party(key)
    if key is None or src is None or not e.cameo:
        return None
    tgt = party(e.target.key if e.target else None)
    if tgt == src:
        src = side(key)
    return src, event_type(e), tgt


def _agreed(keys: Iterable[str | None], fallback: str | None) -> str | None:
    """The full key when all mentions use the same one, else the shared country part."""
    distinct = {k for k in keys if k}
    return distinct.pop() if len(distinct) == 1 else fallback


def proposition(sig: Signature, events: list[Event]) -> Proposition:
    """The Proposition record for a signature, from the events that mention it."""
    src, _, tgt = sig
    cameo = Counter(act_code(e.cameo) for e in events).most_common(1)[0][0] if events else ""
    plovers = [p for p in (act_plover(e) for e in events) if p]
    return Proposition(
        source=_agreed((e.source.key if e.source else None for e in events), src),
        target=_agreed((e.target.key if e.target else None for e in events), tgt) if tgt else None,
        cameo=cameo,
        plover=plovers[0] if plovers else None,
    )


def fold_open_targets(sigs: Iterable[Signature]) -> dict[Signature, Signature]:
    """Map an underspecified signature onto the one fuller signature it can only mean.

    'X AID ?' joins 'X AID Y' when exactly one such targeted proposition exists;
    'SDN ASSAULT SDN' (a domestic source without a side) joins 'SDN.REB ASSAULT SDN'
    when exactly one side of that country does that to that target.
    """
    known = list(dict.fromkeys(sigs))
    out: dict[Signature, Signature] = {}
    for s in known:
        if s[2] is not None and "." not in s[0] and s[2] == s[0]:
            fuller = {t for t in known if t != s and party(t[0]) == s[0] and t[1:] == s[1:]}
            if len(fuller) == 1:
                out[s] = fuller.pop()
    for s in known:
        if s[2] is None:
            targeted = {out.get(t, t) for t in known if party(t[0]) == party(s[0]) and t[1] == s[1] and t[2] is not None}
            exact = {t for t in targeted if t[0] == s[0]}
            if len(targeted) == 1 or len(exact) == 1:
                out[s] = (exact or targeted).pop()
    return out


BACKING = ("asserts", "repeats")
DOUBTING = ("denies", "questions")


def fold_teller_targets(stances: Iterable[tuple[Signature, str | None, str]]) -> dict[Signature, Signature]:
    """Map a denied signature whose target is its only backer onto that backer's own allegation.

    'Mogadishu denied Nairobi's report that Somalia had armed the militants': read inside the denial,
    the deed may come out aimed at the teller (SOM AID KEN), while the teller's own allegation was
    SOM AID SOM.REB. A signature that someone denies or questions, that only its target's party backs,
    joins the one other signature of the same doer and type that this party backs. ``stances`` are
    (signature, holder key, stance) triples."""
    backers: dict[Signature, set[str | None]] = {}
    doubted: set[Signature] = set()
    for sig, holder, stance in stances:
        if stance in BACKING:
            backers.setdefault(sig, set()).add(party(holder))
        elif stance in DOUBTING:
            doubted.add(sig)
    out: dict[Signature, Signature] = {}
    for sig in doubted:
        src, kind, tgt = sig
        if tgt is None or backers.get(sig) != {tgt}:
            continue
        own = {s for s, who in backers.items() if s != sig and party(s[0]) == party(src) and s[1] == kind
               and s[2] not in (None, tgt) and tgt in who}
        if len(own) == 1:
            out[sig] = own.pop()
    return out


def fold_lone_denials(stances: Iterable[tuple[Signature, str | None, str]]) -> dict[Signature, Signature]:
    """Map a signature only its denier's party holds, and denies, onto the one allegation of the same doer
    and kind that another party backs.

    'The US said Iranian drones attacked the tanker. Tehran rejected claims that it was behind the
    attack': read inside the denial the deed may come out with another target (IRN ASSAULT IRN), but
    a denial nobody else's account matches answers the allegation it rejects, when exactly one
    allegation of that doer and kind by another party is in the article. ``stances`` are
    (signature, holder key, stance) triples."""
    holders: dict[Signature, set[str | None]] = {}
    denied: set[Signature] = set()
    backers: dict[Signature, set[str | None]] = {}
    for sig, holder, stance in stances:
        holders.setdefault(sig, set()).add(party(holder))
        if stance in DOUBTING:
            denied.add(sig)
        elif stance in BACKING:
            backers.setdefault(sig, set()).add(party(holder))
    out: dict[Signature, Signature] = {}
    for sig in denied:
        who = holders[sig]
        if len(who) != 1 or sig in backers and backers[sig] - who:
            continue
        me = next(iter(who))
        alleged = {s for s, b in backers.items() if s != sig and party(s[0]) == party(sig[0]) and s[1] == sig[1]
                   and b - {me}}
        if len(alleged) == 1:
            out[sig] = alleged.pop()
    return out
