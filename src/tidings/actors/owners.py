"""Owned bodies: "his army", "the country's police", "Maduro's government" belong to their owner's state.

A role noun with no country of its own gets the article's home country, or the
last body of that name, as a guess (home.home_country, coref descriptions);
a possessive owner that is a pronoun, a state noun or a named person known by
title or office says better, and replaces the guess.
"""

from __future__ import annotations

from typing import Any

from .drafts import Draft


def possessed(doc: Any, drafts: list[Draft]) -> None:
    """"Maduro ordered his army", "Russia said its troops", "the country's police", "Maduro's government": a
    body owned by a pronoun, a state noun or a named person is that party's body, not the article's home
    country's nor the last body of that name (which are only guesses)."""
    by_token = {t: p for p in drafts if p.key and _owner_kind(p) for t in range(p.start, p.end)}
    for d in drafts:
        guessed = "+home:" in d.evidence or d.evidence.startswith("description ->")
        if d.kind not in ("organisation", "description") or not guessed or not d.key or "." not in d.key:
            continue
        root = doc[d.start:d.end].root
        owner = next((by_token[c.i] for c in root.children if c.dep_ == "poss" and c.i in by_token), None)
        if owner is None or owner.key is None:
            continue
        head, _, rest = owner.key.partition(".")
        sector = d.key.split(".", 1)[1]
        if ":" in owner.key or not (len(head) == 3 and head.isalpha() and head.isupper()):
            d.key = owner.key  # an organisation's or armed group's own body ("its envoy" of the UN)
        else:
            d.key = f"{head}.{sector}"
        base = d.evidence.split("+home:")[0] if "+home:" in d.evidence else f"role:{d.role}"
        d.evidence = f"{base}+owner:{owner.text!r} ({owner.key})"


def _owner_kind(p: Draft) -> bool:
    """Mentions whose possessive names the owner of a body: pronouns, state nouns, persons known by title or office."""
    return p.kind == "pronoun" or p.evidence.startswith("state noun") or (p.kind == "person" and p.strength >= 2)
