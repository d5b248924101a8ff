"""Bodies named by a word the dictionaries do not know: "the SITE intelligence group", "the Frontier group".

A generic body noun ("group", "association", "alliance", "agency") takes its
owner from an anchor in its phrase, else from the article's home country. When
the phrase instead carries a proper name of its own that no dictionary
explains, the body is that named organisation, and its owner is unknown: a
home-country guess from the head noun ("group" -> rebels) would be a wrong
actor, so the mention stays unresolved.
"""

from __future__ import annotations

from typing import Any, Collection

from .sectors import MODIFIERS, Composition


def _own_name_word(tok: Any, covered: Collection[int]) -> bool:
    """A capitalised word of the phrase that is no dictionary hit, title modifier or capitalised sentence opener."""
    if tok.i in covered or not tok.is_alpha or tok.lower_ in MODIFIERS or tok.lower_ == "the":
        return False
    if tok.is_upper and len(tok) >= 2:
        return True  # an acronym: "SITE", "ACLED"
    return tok.is_title and tok.pos_ == "PROPN" and not tok.is_sent_start


def _generic_last_word(role: str) -> bool:
    """A role whose head word is a generic body ("monitoring group", "rights group")."""
    from .lexicon import lexicon

    last = lexicon().roles.get(role.lower().split()[-1])
    return last is not None and last.generic and last.cls != "person"


def named_unknown_body(doc: Any, s: int, comp: Composition, covered: Collection[int]) -> bool:
    """Does the unanchored phrase doc[s:head] name its generic body with a word of its own?"""
    head = comp.head
    if comp.anchor is not None or head is None or head.role is None:
        return False
    if head.role.cls == "person" or not (head.role.generic or _generic_last_word(head.role.text)):
        return False
    return any(_own_name_word(doc[k], covered) for k in range(s, head.start))
