"""Title phrases and their composition into sector keys.

A *title phrase* is a run of tokens made of dictionary hits, capitalised name
words and connectives ("of", "for", "at", "'s"): "South Korean Foreign
Minister", "director general of the Department of US Affairs of DPRK's
Foreign Ministry", "the Sudanese army". Its key is the anchor (country,
organisation or armed group) bound to the head role word, with the sector the
role words imply: ``KOR.GOV``, ``PRK.GOV``, ``SDN.MIL``. Runs are linear and
local, so the parse's attachment errors matter little.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from .gazetteer import Atom

CONNECT = {"of", "for", "at", "the", "'s", "’s", "'", "’", "-", "–"}
PREPS = {"of", "for", "at"}
MODIFIERS = {
    "deputy", "senior", "top", "acting", "former", "then", "vice", "assistant", "first", "permanent",
    "special", "regional", "foreign", "interior", "state", "national", "federal", "local", "chief", "general",
    "main", "supreme", "military", "defense", "defence", "security", "presidential", "ruling", "interim",
    "transitional", "caretaker", "outgoing", "incoming", "newly", "elected", "exiled", "pro-democracy",
    "anti-government", "pro-government", "riot", "state-run", "official",
}
# anchors that carry a whole key (the role words do not change them)
FULL_KINDS = {"group", "igo", "ngo", "region"}
NAMED_KINDS = {"group", "igo", "ngo"}  # organisations that can be the name of a body noun before them
COUNTRY_KINDS = {"country", "adjective", "capital", "place", "institution", "media"}


@dataclass(frozen=True, slots=True)
class Composition:
    key: str
    evidence: str
    head: Atom | None  # the head role word, if any
    anchor: Atom | None  # the country / organisation the key comes from


def titlish(tok: Any, covered: set[int]) -> bool:
    """May ``tok`` belong to a title phrase?"""
    if tok.i in covered:
        return True
    low = tok.lower_
    if low in CONNECT or low in MODIFIERS:
        return True
    if tok.is_title and tok.like_num and tok.is_alpha and not tok.is_sent_start:
        return True  # "the Sixth Infantry Division"
    if tok.is_punct or tok.like_num or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY"):
        return False
    if (tok.is_title or tok.is_upper) and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
        return True
    # "Russia's agriculture minister": a lowercase noun modifying a role word
    return tok.pos_ in ("NOUN", "ADJ") and tok.dep_ in ("compound", "amod") and tok.head.i in covered and tok.head.i > tok.i


NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos"}


def used_as_noun(tok: Any) -> bool:
    """Does a role word name an actor rather than modify a noun ("the military seized power", not "military aid")?

    The small parser often tags "military" or "interim" ADJ even as a subject or object; its function decides.
    """
    return tok.pos_ in ("NOUN", "PROPN") or (tok.dep_ in NOMINAL_DEPS and any(c.dep_ == "det" for c in tok.children))


QUANTIFIERS = {"many", "several", "thousands", "hundreds", "dozens", "tens", "scores", "millions"}


def quantified(tok: Any) -> bool:
    """Is a weak people word counted ("many people", "thousands of people", "200 people"): a crowd, not "people"
    in general ("people familiar with the matter")?"""
    if any(c.dep_ in ("amod", "nummod") and (c.lower_ in QUANTIFIERS or c.like_num) for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ == "of" and (head.head.lower_ in QUANTIFIERS or head.head.like_num)


def runs(sent: Any, covered: set[int]) -> list[tuple[int, int]]:
    """Maximal title-phrase token ranges [start, end) inside ``sent``, edges trimmed of connectives."""
    out: list[tuple[int, int]] = []
    i, end = sent.start, sent.end
    doc = sent.doc
    while i < end:
        if not titlish(doc[i], covered):
            i += 1
            continue
        j = i
        while j < end and (titlish(doc[j], covered) or _and_joins(doc, j, covered)):
            j += 1
        s, e = _trim(doc, i, j, covered)
        if s < e:
            out.append((s, e))
        i = j
    return out


def _and_joins(doc: Any, j: int, covered: set[int]) -> bool:
    """'and' inside a capitalised title ("Human Development and Cultural Affairs") or between two role
    modifiers of one head ("EU foreign and defence ministers": the ministers are the EU's)."""
    if doc[j].lower_ != "and" or j == 0 or j + 1 >= len(doc):
        return False
    prev, nxt = doc[j - 1], doc[j + 1]
    if prev.lower_ in MODIFIERS and nxt.lower_ in MODIFIERS:
        return True
    # not between two titles: "Minister for Labour X and Minister for Health Y" are two phrases
    return prev.is_title and nxt.is_title and prev.i not in covered and nxt.i not in covered and nxt.pos_ == "PROPN"


def _trim(doc: Any, s: int, e: int, covered: set[int]) -> tuple[int, int]:
    while s < e and s not in covered and doc[s].lower_ in CONNECT:
        s += 1
    while e > s and (e - 1) not in covered and doc[e - 1].lower_ in CONNECT | MODIFIERS:
        e -= 1
    return s, e


def _is_anchor(a: Atom) -> bool:
    return a.alias is not None and a.alias.kind != "person"


def _head(roles: Sequence[Atom], doc: Any) -> Atom | None:
    """The head role: the last strong role word before the first preposition (English NPs are head-final)."""
    if not roles:
        return None
    before: list[Atom] = []
    for r in roles:
        if any(doc[k].lower_ in PREPS for k in range(roles[0].end, r.start)):
            break
        before.append(r)
    pool = before or list(roles)
    strong = [r for r in pool if r.role and not r.role.weak]
    return (strong or pool)[-1]


def _represented_state(anchors: Sequence[Atom], head: Atom, doc: Any) -> Atom | None:
    """"Ethiopia's UN ambassador", "the Chinese envoy to the EU", "the ambassador of Ethiopia to the UN": a
    representative speaks for the state the phrase names, not for the organisation it is sent to. A state
    the representative is sent to or for ("the UN's special envoy for Somalia") is not the one it speaks for."""
    from .lexicon import lexicon

    if head.role is None or head.role.text.lower() not in lexicon().representatives:
        return None
    states = [a for a in anchors if a.alias and a.alias.kind in ("country", "adjective", "capital")
              and (a.end <= head.start or _after_of(doc, a.start))]
    return states[0] if states and any(a.alias and a.alias.kind == "igo" for a in anchors) else None


def _after_of(doc: Any, start: int) -> bool:
    """Is the anchor at ``start`` the object of "of" ("the ambassador of (the) Philippines")?"""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ == "of"


def _bound_anchor(anchors: Sequence[Atom], roles: Sequence[Atom], head: Atom, doc: Any) -> Atom | None:
    """The anchor the head role belongs to: left modifiers first, else an 'of/for/at' complement."""
    state = _represented_state(anchors, head, doc)
    if state is not None:
        return state
    full = [a for a in anchors if a.alias and a.alias.kind in FULL_KINDS]
    named = next((a for a in full if a.start == head.end and a.alias and a.alias.kind in NAMED_KINDS), None)
    if named is not None:
        return named  # "the East African regional bloc IGAD": the body's own name follows its head noun
    if full:
        return full[-1] if full[-1].start < head.start else full[0]
    left = [a for a in anchors if a.end <= head.start]
    if left:
        return left[-1]
    right = [a for a in anchors if a.start >= head.end]
    for a in right:  # prefer one that itself modifies an institution word: "DPRK's Foreign Ministry"
        if any(r.start >= a.end and r.start - a.end <= 1 and r.role and not r.role.generic for r in roles):
            return a
    for a in right:
        if a.alias and a.alias.kind in ("institution", "capital", "media"):
            return a
    return right[0] if right else None


def _sector(head: Atom, roles: Sequence[Atom], anchor: Atom | None) -> str:
    hr = head.role
    if hr and hr.cls == "person" and anchor is not None and anchor.alias and anchor.alias.kind == "media":
        return anchor.alias.key.split(".", 1)[1] if "." in anchor.alias.key else "MED"  # "the Reuters president"
    if hr and not hr.generic:
        return hr.sector
    if anchor is not None:
        bound = [r for r in roles if r.role and r.start >= anchor.end and r.start - anchor.end <= 1]
        if bound and bound[0].role and not bound[0].role.generic:
            return bound[0].role.sector
        if anchor.alias and "." in anchor.alias.key and hr and hr.generic:
            return anchor.alias.key.split(".", 1)[1]
    strong = [r.role for r in roles if r.role and not r.role.generic]
    if strong:
        return strong[0].sector
    return hr.sector if hr else "GOV"


def compose(atoms: Sequence[Atom], doc: Any, home: str | None, *, allow_weak: bool = False) -> Composition | None:
    """The key of a title phrase from its dictionary hits (None when it names no actor)."""
    roles = [a for a in atoms if a.role is not None]
    anchors = [a for a in atoms if _is_anchor(a)]
    if not roles:
        return _anchor_only(anchors)
    head = _head(roles, doc)
    if head is None:
        return None
    anchor = _bound_anchor(anchors, roles, head, doc)
    if anchor is None:
        if head.role and head.role.weak and not allow_weak or home is None:
            return None
        sector = _sector(head, roles, None)
        return Composition(f"{home}.{sector}", f"role:{head.role.text if head.role else '?'}+home:{home}", head, None)
    akey = anchor.alias.key if anchor.alias else ""
    if anchor.alias and anchor.alias.kind in FULL_KINDS:
        return Composition(akey, f"role:{head.role.text if head.role else '?'}+{anchor.alias.evidence}", head, anchor)
    country = akey.split(".", 1)[0]
    sector = _sector(head, roles, anchor)
    ev = f"role:{head.role.text if head.role else '?'}+{anchor.alias.evidence if anchor.alias else ''}"
    return Composition(f"{country}.{sector}", ev, head, anchor)


def _anchor_only(anchors: Sequence[Atom]) -> Composition | None:
    """A phrase of anchors only ("the US National Security Council"): the most specific one names it."""
    if not anchors:
        return None
    rank = {"group": 0, "igo": 1, "ngo": 1, "institution": 2, "media": 2, "capital": 3, "region": 4}
    best = min(anchors, key=lambda a: (rank.get(a.alias.kind if a.alias else "", 5), -a.start))
    if best.alias is None or best.alias.kind in ("country", "adjective", "place"):
        return None
    return Composition(best.alias.key, best.alias.evidence, None, best)
