"""The article's home country: the default owner of "the army", "police", "lawmakers", "the opposition".

A role noun with no country of its own in its phrase belongs to the country
the article is mostly about: the state it names most often (countries,
demonyms, capitals, places, state institutions). When two or more states are
named equally often, the one whose office holders (the dated office-holder
dictionary: presidents, prime ministers, ministers) the article names more
often is the story's subject ("North Korea fired a missile ... Japanese Prime
Minister Kishida instructed related ministries"); failing that, the one named
first.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from .gazetteer import Atom
from .persons import dictionary_key

STATE_KINDS = ("country", "adjective", "capital", "place", "institution")


def _holders(doc: Any, persons: Sequence[tuple[int, int]], date: str | None) -> Counter[str]:
    out: Counter[str] = Counter()
    for s, e in persons:
        hit = dictionary_key(doc[s:e].text, date)
        if hit is not None:
            out[hit[0].split(".", 1)[0]] += 1
    return out


def home_country(atoms: Sequence[Atom], doc: Any = None, persons: Sequence[tuple[int, int]] = (),
                 date: str | None = None) -> str | None:
    """The country the article is mostly about, or None when it names none."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for a in atoms:
        if a.alias and a.alias.kind in STATE_KINDS:
            code = a.alias.key.split(".", 1)[0]
            counts[code] += 1
            first.setdefault(code, a.start)
    if not counts:
        return None
    top = max(counts.values())
    tied = [c for c in counts if counts[c] == top]
    holders = _holders(doc, persons, date) if len(tied) > 1 and doc is not None else Counter()
    return max(tied, key=lambda c: (holders[c], -first[c]))
