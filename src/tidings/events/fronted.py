"""A subject the small parser hangs on a fronted phrase: "With the signing of the Memorandum of Understanding,
the government and the rebels have agreed ..." reads "the government" as a conjunct inside the opening
prepositional phrase and leaves the main verb with no subject."""

from __future__ import annotations

from typing import Any

FINITE = frozenset(("VBD", "VBZ", "VBP"))
SUBJECTS = frozenset(("nsubj", "nsubjpass", "csubj", "expl"))
NOMINAL = frozenset(("NOUN", "PROPN"))


def fronted_subject(verb: Any) -> Any | None:
    """The head of the noun phrase between the last comma and a subjectless main verb, when that phrase is
    misparsed as part of an opening prepositional phrase of the verb; else None."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    if verb.tag_ not in FINITE and not any(a.tag_ in FINITE or a.tag_ == "MD" for a in auxes):
        return None
    first = min([verb.i, *(a.i for a in auxes)])
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i < first), None)
    if opening is None:
        return None
    comma = next((t for t in reversed(list(verb.doc[opening.i:first])) if t.text == ","), None)
    if comma is None or comma.i + 1 >= first:
        return None
    span = range(comma.i + 1, first)
    heads = [t for t in verb.doc[comma.i + 1:first] if t.head.i not in span]
    if len(heads) != 1 or heads[0].pos_ not in NOMINAL or heads[0].dep_ != "conj":
        return None
    head = heads[0]
    return head if any(a.i == opening.i for a in head.ancestors) else None
