"""Outlets that report: "Frontier has learned", "Kommersant reported", "Frontier understands that ...".

A proper name the dictionaries do not know, as the subject of a verb only a
news outlet uses of its own reporting (``outlet_verbs`` in actors_sectors.json:
learn, understand, report, "has been told"), is a news outlet of the article's
home country: a local paper breaking the story. People are found as names
before this step and never reach it; with no home country it stays unresolved.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import Draft, new_draft
from .lexicon import lexicon

SUBJECT = {"nsubj", "nsubjpass"}


def _named_elsewhere(doc: Any, t: Any) -> bool:
    """A capitalised sentence opener is a name when the text also capitalises it mid-sentence ("a Frontier member")."""
    return any(o.text == t.text and not o.is_sent_start and o.i != t.i for o in doc)


def _outlet_name(doc: Any, t: Any, covered: set[int]) -> tuple[int, int] | None:
    """The token span of the unknown name ``t`` heads: its compound words ("The Kyiv Post"), none covered."""
    if not t.is_title or t.i in covered:
        return None
    if t.pos_ != "PROPN" and not (t.pos_ == "NOUN" and t.is_sent_start and _named_elsewhere(doc, t)):
        return None
    start = t.i
    while start > 0 and doc[start - 1].head.i == t.i and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if any(i in covered for i in range(start, t.i + 1)):
        return None
    return start, t.i + 1


def reporting_outlets(doc: Any, drafts: Sequence[Draft], home: str | None) -> list[Draft]:
    """Drafts for unknown names that report as outlets do, keyed as the home country's media."""
    verbs = lexicon().outlet_verbs
    if not verbs or home is None:
        return []
    covered = {i for d in drafts for i in range(d.start, d.end)}
    sent_of = {t.i: si for si, s in enumerate(doc.sents) for t in s}
    out: list[Draft] = []
    for t in doc:
        if t.dep_ not in SUBJECT or t.head.lemma_.lower() not in verbs:
            continue
        if t.head.lemma_.lower() == "tell" and t.dep_ != "nsubjpass":
            continue  # "Frontier has been told", not "X told reporters"
        span = _outlet_name(doc, t, covered)
        if span is None:
            continue
        d = new_draft(doc, span[0], span[1], f"{home}.MED", "organisation", f"outlet reporting ({t.head.lemma_})+home:{home}",
                      sent_of.get(t.i, 0))
        d.name, d.strength = d.text, 1
        out.append(d)
    return out
