"""State nouns: "the country's army", "the kingdom's envoy": a possessive state noun names a state named before.

A singular state noun (``state_nouns`` in actors_sectors.json) made definite by
"the" or "this" and owning something refers back to a state: the state in the
subject of a clause holding it, else the subject state of the sentences just
before; with none it stays unresolved rather than taking the article's home
country. A modifier can make it some other state ("the neighbouring country's
army", ``state_noun_others``). Only the possessor is taken for a party: as a
subject, an object or after a preposition the noun is as often a place, its
people or a state other than the last one named ("across the country", "leave
the country", "addressed the nation"), and is left alone.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import Draft, new_draft
from .lexicon import lexicon

WINDOW = 3  # sentences back
DEFINITE = {"the", "this"}
PARTY = {"poss"}  # "the country's army": the owner; elsewhere it may be a place, its people or another state


def _country(key: str | None) -> str | None:
    code = (key or "").split(".", 1)[0].split(":", 1)[0]
    return code if len(code) == 3 and code.isalpha() and code.isupper() else None


def _in_subject_over(doc: Any, d: Draft, t: Any) -> bool:
    """Is ``d`` inside the subject of a clause that holds ``t`` ("The Saudi news agency said the kingdom ...")?"""
    over = {a.i for a in t.ancestors}
    tok = doc[d.start : d.end].root
    for a in [tok, *tok.ancestors]:
        if a.dep_ in ("nsubj", "nsubjpass") and a.head.i in over:
            return True
    return False


def _antecedent(doc: Any, t: Any, start: int, si: int, states: Sequence[Draft]) -> Draft | None:
    """The state a state noun refers back to: the state in the subject of a clause holding it, else the
    subject state of the sentences before. A state only mentioned in passing (an object, a place, a
    modifier: "gave Qatari citizens two days") is no antecedent: the noun then stays unresolved."""
    before = [d for d in states if d.start < start and si - WINDOW <= d.sent <= si]
    subject = sorted((d for d in before if d.sent == si and _in_subject_over(doc, d, t)), key=lambda d: -d.start)
    earlier = sorted((d for d in before if d.sent < si and d.subject), key=lambda d: (-d.sent, -d.start))
    ranked = subject + earlier
    return ranked[0] if ranked else None


def state_nouns(doc: Any, drafts: Sequence[Draft]) -> list[Draft]:
    """Drafts for the definite state nouns of ``doc``, keyed by the state each refers back to."""
    lex = lexicon()
    if not lex.state_nouns:
        return []
    taken = {i for d in drafts if d.key and d.kind != "region" for i in range(d.start, d.end)}
    states = [d for d in drafts if d.kind == "state" and _country(d.key) and not d.boiler]
    sent_of = {t.i: si for si, s in enumerate(doc.sents) for t in s}
    out: list[Draft] = []
    for t in doc:
        if t.tag_ != "NN" or t.lemma_.lower() not in lex.state_nouns or t.i in taken:
            continue
        det = next((c for c in t.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in DEFINITE:
            continue
        if any(c.lower_ in lex.state_noun_others for c in t.children):
            continue  # "the neighbouring country" is another state
        if t.dep_ not in PARTY:
            continue  # "across the country", "leave the country", "addressed the nation": a place or its people
        si = sent_of.get(t.i, 0)
        ante = _antecedent(doc, t, det.i, si, states)
        code = _country(ante.key) if ante is not None else None
        if ante is None or code is None:
            continue
        key = f"{code}.GOV"
        d = new_draft(doc, det.i, t.i + 1, key, "state", f"state noun -> {ante.text!r} ({ante.key})", si)
        d.strength = 1
        out.append(d)
    return out
