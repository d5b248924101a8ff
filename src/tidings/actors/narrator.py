"""The narrator's "we" and "our": the outlet telling the story, not a party in it.

Outside quotation marks and outside a reported clause ("We will respond, the
minister said" is the minister's "we", quote marks or not) a first-person
plural is the publication's own voice ("Our correspondent says ...", "we have
asked the ministry"). It names the news
outlet or the outlet's journalist the text named last before it ("the BBC's
Adam Mynott"); the outlet's staff ("our correspondent", "our reporter") are
that journalist. With no outlet named the narrator stays unresolved, and so do
its staff: the article's home country, or the last party named, would be a
guess about who is telling the story.
"""

from __future__ import annotations

from typing import Any, Sequence

from .drafts import NAMED_BY_TEXT, Draft

NARRATOR = {"we", "us", "our", "ours"}
REPORTED = {"ccomp", "parataxis"}  # the clause a speaker's words fill


def _media(a: Draft) -> bool:
    key = a.key or ""
    return "." in key and key.split(".", 1)[1].split(":", 1)[0] == "MED"


def outlet(d: Draft, drafts: Sequence[Draft]) -> Draft | None:
    """The outlet or journalist a narrator's "we"/"our" stands for: the media party named last before it."""
    before = [
        a for a in drafts
        if a.start < d.start and a.kind in ("person", "organisation") and _media(a) and not a.boiler and not a.in_quote
    ]
    return max(before, key=lambda a: (a.start, a.kind == "person")) if before else None


def reported(doc: Any, d: Draft) -> bool:
    """Is the pronoun inside a reported clause ("We will respond, the minister said"): the speaker's "we"?"""
    return any(a.dep_ in REPORTED for a in doc[d.start].ancestors)


def narrator(doc: Any, d: Draft, drafts: Sequence[Draft]) -> bool:
    """Resolve a first-person plural outside quotation marks and reported clauses to the outlet; True when it was one."""
    if d.in_quote or d.text.lower() not in NARRATOR or reported(doc, d):
        return False
    a = outlet(d, drafts)
    if a is not None:
        d.key, d.name, d.entity, d.gender = a.key, a.name or (a.text if a.kind in ("person",) + NAMED_BY_TEXT else None), a.entity, a.gender
        d.evidence = f"narrator -> {a.text!r} ({a.key}; {a.evidence})"
    return True


def staff(doc: Any, drafts: Sequence[Draft]) -> None:
    """"Our correspondent": the outlet's journalist the narrator stands for, or unresolved with no outlet named."""
    owners = {p.start: p for p in drafts if p.kind == "pronoun" and p.text.lower() in NARRATOR and not p.in_quote}
    for d in drafts:
        if d.kind != "description" or d.in_quote:
            continue
        root = doc[d.start : d.end].root
        own = next((owners[c.i] for c in root.children if c.dep_ == "poss" and c.i in owners), None)
        if own is None:
            continue
        if own.key is None:
            d.key, d.name, d.entity = None, None, None
            d.evidence = f"role:{d.role}+narrator: no outlet named"
        else:
            d.key, d.name, d.entity = own.key, own.name, own.entity
            d.evidence = f"role:{d.role}+{own.evidence}"
