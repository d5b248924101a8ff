"""In-document coreference for actors: acronyms, descriptions and pronouns.

Deliberately simple and local (the last few sentences), because the stages
downstream need a key and a name, not a full coreference chain: a pronoun or
description takes the key, name and entity of its antecedent, and keeps its
own offsets. Antecedents are ranked the way news prose works: in the same
sentence the nearest compatible mention, in earlier sentences the subject
first (the speaker of "..., she added" is the previous sentence's subject).
"""

from __future__ import annotations

from typing import Any, Iterable

from .drafts import Draft

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NEUTER = {"it", "its", "itself"}
PLURAL = {"they", "them", "their", "themselves"}
FIRST = {"we", "us", "our", "ours", "ourselves"}
PRONOUNS = MALE | FEMALE | NEUTER | PLURAL | FIRST
PAIRS = {("the", "two"), ("both", "sides"), ("the", "pair"), ("both", "leaders"), ("the", "sides")}
QUOTES_OPEN = {"“", "«"}
QUOTES_CLOSE = {"”", "»"}
WINDOW = 3  # sentences back
NON_PERSON = {"state", "organisation", "group", "description"}
COUNTRY_WORDS = {"country", "nation", "state"}
IGO_WORDS = {"organisation", "organization", "alliance", "bloc", "body", "union", "agency"}


def quote_flags(doc: Any) -> list[bool]:
    """Is each token inside quotation marks? Straight quotes toggle; curly ones open and close."""
    flags = [False] * len(doc)
    inside = False
    for t in doc:
        if t.text in QUOTES_OPEN or (t.text == '"' and not inside):
            inside = True
        elif t.text in QUOTES_CLOSE or (t.text == '"' and inside):
            inside = False
        elif "\n" in t.text:
            inside = False
        else:
            flags[t.i] = inside
    return flags


def resolve(doc: Any, drafts: list[Draft]) -> None:
    """Add pronoun and acronym drafts to ``drafts`` and resolve every anaphor in text order."""
    flags = quote_flags(doc)
    sent_of = {t.i: si for si, s in enumerate(doc.sents) for t in s}
    drafts.extend(_acronyms(doc, drafts, sent_of))
    drafts.extend(_pronouns(doc, drafts, sent_of))
    drafts.sort(key=lambda d: (d.start, -d.end))
    for d in drafts:
        d.in_quote = flags[d.start]
    for d in drafts:
        if d.anaphor == "description":
            _description(d, drafts)
    for d in drafts:
        if d.anaphor == "pronoun" and d.text.lower() not in FIRST:
            _pronoun(d, drafts)
    for d in drafts:
        if d.anaphor == "pronoun" and d.text.lower() in FIRST:
            _first_person(d, drafts)


def _acronyms(doc: Any, drafts: list[Draft], sent_of: dict[int, int]) -> list[Draft]:
    """"Sudanese Armed Forces (SAF)": later bare "SAF" means the same actor."""
    from .resolve import new_draft

    ends = {d.end: d for d in drafts if d.key and d.kind != "pronoun"}
    taken = {i for d in drafts for i in range(d.start, d.end)}
    known: dict[str, Draft] = {}
    out: list[Draft] = []
    for t in doc:
        if t.text in ("(", "[") and t.i + 2 < len(doc) and doc[t.i + 2].text in (")", "]"):
            acr = doc[t.i + 1]
            if acr.is_upper and 2 <= len(acr.text) <= 7 and t.i in ends:
                known[acr.text] = ends[t.i]
        elif t.text in known and t.i not in taken:
            ante = known[t.text]
            d = new_draft(doc, t.i, t.i + 1, ante.key, ante.kind, f"acronym of {ante.text}", sent_of.get(t.i, 0))
            d.name, d.entity = ante.name, ante.entity
            out.append(d)
    return out


def _pronouns(doc: Any, drafts: list[Draft], sent_of: dict[int, int]) -> list[Draft]:
    from .resolve import new_draft

    taken = {i for d in drafts for i in range(d.start, d.end)}
    out: list[Draft] = []
    for t in doc:
        if t.i in taken:
            continue
        low = t.lower_
        pair = t.i + 1 < len(doc) and (low, doc[t.i + 1].lower_) in PAIRS
        if low in PRONOUNS and t.pos_ == "PRON" and not _pleonastic(t):
            d = new_draft(doc, t.i, t.i + 1, None, "pronoun", "pronoun", sent_of.get(t.i, 0))
        elif pair:
            d = new_draft(doc, t.i, t.i + 2, None, "pronoun", "pronoun", sent_of.get(t.i, 0))
            d.plural = True
        else:
            continue
        d.anaphor = "pronoun"
        out.append(d)
    return out


def _pleonastic(t: Any) -> bool:
    """"It is critical for Iran to ...": no antecedent."""
    if t.lower_ != "it":
        return False
    if t.dep_ == "expl":
        return True
    head = t.head
    return head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children) and any(
        c.dep_ in ("xcomp", "ccomp") for c in head.children
    )


def _candidates(d: Draft, drafts: Iterable[Draft], *, window: int = WINDOW) -> list[Draft]:
    """Possible antecedents, best first: same sentence nearest first, then earlier sentences subjects first."""
    pool = [a for a in drafts if a.key and a.start < d.start and d.sent - window <= a.sent <= d.sent and a is not d]
    pool = [a for a in pool if a.kind not in ("place", "region") and not a.boiler and not (a.anaphor and a.key is None)]
    same = sorted((a for a in pool if a.sent == d.sent), key=lambda a: (not a.subject, -a.start))
    earlier = sorted((a for a in pool if a.sent < d.sent), key=lambda a: (-a.sent, not a.subject, -a.start))
    return same + earlier


def _fits(p: str, a: Draft) -> bool:
    personish = a.kind == "person" or (a.kind == "description" and not a.plural) or (a.kind == "pronoun" and a.name)
    if p in MALE:
        return personish and a.gender != "f"
    if p in FEMALE:
        return personish and a.gender != "m"
    if p in NEUTER:
        return a.kind in ("state", "organisation", "group") and not a.plural
    if p in PLURAL or p in ("the", "both"):
        return a.plural or a.kind in ("group", "organisation", "state")
    return True


def _pronoun(d: Draft, drafts: list[Draft]) -> None:
    p = d.text.lower().split()[0]
    cands = _candidates(d, drafts)
    if p in ("the", "both"):  # "the two": the pair of the previous sentence, named by its subject
        prev = [a for a in cands if a.sent < d.sent and a.subject and a.kind != "pronoun"]
        cands = prev or cands
        p = "the"
    if p in FEMALE:
        fem = [a for a in cands if a.gender == "f"]
        cands = fem + [a for a in cands if a not in fem]
    for a in cands:
        if _fits(p, a) or (p == "the" and a.kind == "person"):
            _take(d, a, "pronoun")
            return


def _first_person(d: Draft, drafts: list[Draft]) -> None:
    """"we" inside a quote is its speaker's side: the subject outside the quotes, else the last subject."""
    if d.in_quote:
        same = [a for a in drafts if a.sent == d.sent and not a.in_quote and a.key and a.kind != "place"]
        subj = [a for a in same if a.subject] or same
        if subj:
            _take(d, subj[0], "pronoun")
            return
    for a in _candidates(d, drafts):
        if a.kind in ("person", "description", "organisation", "state", "group", "pronoun") and a.key:
            _take(d, a, "pronoun")
            return


def _description(d: Draft, drafts: list[Draft]) -> None:
    """"the official", "the ministry", "the group": the latest compatible mention."""
    role = (d.role or "").lower()
    for a in _candidates(d, drafts, window=5):
        if d.plural and d.kind == "description":
            if (a.plural and a.kind == "description") or (a.kind == "organisation" and "." not in (a.key or "")):
                _take(d, a, "description")
                return
            continue
        if a.plural and a.kind in ("person", "description"):
            continue
        if a.anaphor == "description" and a.entity is None and a.strength <= 1:
            continue
        if d.kind == "description" and a.kind in ("person", "description") and not a.plural and a.strength >= 1:
            if a.kind == "person" or a.role is None or role in a.role or a.role in role or role in ("official",):
                _take(d, a, "description")
                return
        elif d.kind == "organisation" and _org_match(role, a):
            _take(d, a, "description")
            return


def _org_match(role: str, a: Draft) -> bool:
    if a.kind == "person" or a.kind == "pronoun":
        return False
    if role in ("group",) and a.kind == "group":
        return True
    if role in COUNTRY_WORDS:
        return a.kind == "state"
    if role in IGO_WORDS and a.kind == "organisation" and "." not in (a.key or ""):
        return True
    return bool(role) and role in a.text.lower() and a.strength >= 2


def _take(d: Draft, a: Draft, how: str) -> None:
    d.key, d.name, d.entity = a.key, a.name or (a.text if a.kind in ("person",) else a.name), a.entity
    d.gender = a.gender
    d.evidence = f"{how} -> {a.text!r} ({a.key}; {a.evidence})"
