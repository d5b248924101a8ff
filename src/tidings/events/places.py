"""Places named as where an event happens ("met in Brussels", "on the sidelines of the summit"), not as a party."""

from __future__ import annotations

from typing import Any

# prepositions that set a place as where something happens ("met in Brussels", "a ceasefire in Havana")
LOCATIVE_PREPS = frozenset(("in", "at", "near", "outside", "inside", "across", "throughout"))

PLACE_NOUNS = frozenset("capital city town village region province country area district border airport port "
                        "base camp headquarters building compound square street premises quarter".split())


# "on the sidelines of the G20 summit", "on the margins of the UN General Assembly": where two parties met
SIDELINE_NOUNS = frozenset(("sideline", "sidelines", "margin", "margins", "fringe", "fringes"))


def on_sidelines(tok: Any) -> bool:
    """The gathering a meeting happened on the sidelines of, or those sidelines themselves."""
    if tok.lower_ in SIDELINE_NOUNS and tok.dep_ == "pobj":
        return True
    head = tok.head
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SIDELINE_NOUNS
            and head.head.dep_ == "pobj")


def is_locative(tok: Any) -> bool:
    """A place named as where something happens ("met in Brussels", "in the capital", "on the sidelines
    of the summit"), not as a party."""
    while tok.dep_ in ("amod", "compound", "poss", "appos", "conj") and tok.head is not tok:
        tok = tok.head  # "in the Belgian capital"; "in Hanoi, Vietnam", "in Kyiv and Kharkiv": the places listed with it
    if on_sidelines(tok):
        return True
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in LOCATIVE_PREPS:
        return False
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.pos_ == "PROPN" or tok.lemma_.lower() in PLACE_NOUNS
