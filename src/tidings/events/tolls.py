"""Casualty tolls in telegraphic style: "14 soldiers killed, 20 wounded", "officials said 20 soldiers killed".

The small parser reads a counted subject before a bare participle as the doer ("soldiers" the subject of
"killed"), so the victims become the attackers. With no auxiliary, no object and no "by" agent, a counted
subject of a participle (or of a past form whose subject is a bare number: "20 wounded") is the party the
verb is done to: the clause is a passive with its auxiliary left out. ``mark_reduced_passives`` relabels
that subject as a passive subject, so every later mechanism reads the clause as the passive it is."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from .patterns import index

# what a verb with its own doer or its own auxiliary has, and a reduced passive lacks
ACTIVE_MARKS = frozenset(("aux", "auxpass", "dobj", "agent", "dative", "nsubjpass", "expl"))


def _counted(subj: Any) -> bool:
    """"14 soldiers", "20": a number or a noun counted by one."""
    return subj.tag_ == "CD" or any(c.dep_ == "nummod" for c in subj.children)


def reduced_passive_subject(verb: Any) -> Any | None:
    """The counted subject of a passive whose auxiliary the text leaves out, or None."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD"):
        return None
    kids = list(verb.children)
    if any(c.dep_ in ACTIVE_MARKS for c in kids):
        return None
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not _counted(subj):
        return None
    if verb.tag_ == "VBD" and subj.tag_ != "CD":
        return None  # "five soldiers killed two militants" has its object; "five soldiers fled" is active
    return subj


# roots of the acts whose tolls are counted by their victims: coercion (arrests, expulsions), assault,
# fighting and mass violence
TOLL_ROOTS = ("17", "18", "19", "20")


@lru_cache(maxsize=1)
def toll_verbs() -> frozenset[str]:
    """The dictionary's verbs of those roots ("kill", "wound", "arrest", "abduct" ...)."""
    return frozenset(w for w, pats in index().verbs.items() if any(p.code.startswith(TOLL_ROOTS) for p in pats))


def mark_reduced_passives(tokens: Iterable[Any]) -> None:
    """Relabel the counted subject of a reduced passive of a toll verb as a passive subject."""
    verbs = toll_verbs()
    for t in tokens:
        if (t.lemma_.lower() in verbs or t.lower_ in verbs) and (subj := reduced_passive_subject(t)) is not None:
            subj.dep_ = "nsubjpass"
