"""Role nouns whose owner was named before: "Kenya's police fired tear gas. Police said 12 were held."

A bare role noun with no country of its own ("police", "troops", "lawmakers",
"authorities") gets the article's home country as a guess. When the text
named the same role with its owner a few sentences before ("Kenya's police",
"Ugandan troops"), the bare noun is that owner's: a reporter drops the
owner once it is said. The earlier mention must carry its country in its own
phrase (an anchored title, strength 3) and the same role word and sector.
Only bodies and groups of people: a bare singular title ("president") is as often
another office holder. Definite descriptions ("the army") are coreference's,
and are left to it.
"""

from __future__ import annotations

from typing import Sequence

from .drafts import Draft, rehome, state_code

WINDOW = 5  # sentences back


def _sector(key: str | None) -> str:
    return (key or "").split(".")[-1] if "." in (key or "") else ""


def _same_role(d: Draft, a: Draft) -> bool:
    """Is ``a`` the same role as ``d``: the same role word in the same sector ("police" ... "Police")?"""
    return bool(d.role) and d.role == a.role and _sector(d.key) == _sector(a.key)


def _body_or_group(d: Draft) -> bool:
    """A body ("police", "state media") or a group of people ("lawmakers"), not one person's title."""
    return d.kind == "organisation" or (d.kind == "description" and d.plural)


def _owner_named_before(d: Draft, drafts: Sequence[Draft]) -> Draft | None:
    """The latest anchored mention of the same role in the few sentences before ``d``."""
    before = [
        a for a in drafts
        if a.end <= d.start and d.sent - WINDOW <= a.sent <= d.sent and a.strength >= 3 and a.kind == d.kind
        and state_code(a.key) and not a.boiler and a is not d and _same_role(d, a)
    ]
    return before[-1] if before else None


def carried_owners(drafts: Sequence[Draft]) -> None:
    """Re-key home-guessed bare role nouns with the owner named for the same role just before."""
    ordered = sorted(drafts, key=lambda x: (x.start, -x.end))
    for d in ordered:
        if not _body_or_group(d) or d.anaphor is not None or not d.key or "+home:" not in d.evidence or "." not in d.key:
            continue
        rehome(d, _owner_named_before(d, ordered), "owner named before")
