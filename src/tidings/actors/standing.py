"""Where a state name stands: which reading of an ambiguous name, a participant or a place, a dateline.

"Congo" in an article about Goma is the DRC; "Russia warned" acts through its
government while "in Ukraine" is a place; "BEIRUT -" opening a line is where the
story was filed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any, Sequence

from .gazetteer import Atom
from .lexicon import lexicon


def disambiguate(atoms: Sequence[Atom]) -> list[Atom]:
    """"Congo" is the DRC in an article about Goma and Kinshasa: the candidate the article otherwise names."""
    lex = lexicon()
    table = {**lex.ambiguous, **lex.contextual}
    if not table:
        return list(atoms)
    counts: Counter[str] = Counter(
        a.alias.key.split(".", 1)[0] for a in atoms if a.alias and a.alias.text.lower() not in table
    )
    out: list[Atom] = []
    for a in atoms:
        cands = table.get(a.alias.text.lower()) if a.alias and a.alias.kind == "country" else None
        contextual = bool(cands) and a.alias is not None and a.alias.text.lower() in lex.contextual
        if contextual and not any(counts[c] for c in cands or ()):
            continue  # "the North" in a story that names no North Korea is not a country
        if cands and a.alias is not None:
            best = max(cands, key=lambda c: (counts[c], -cands.index(c)))
            why = f"{a.alias.evidence} (ambiguous: {best}, " + (
                f"named {counts[best]}x elsewhere)" if counts[best] else "the usual reading)"
            )
            a = replace(a, alias=replace(a.alias, key=best, evidence=why))
        out.append(a)
    return out


LOCATIVE = {"in", "at", "from", "across", "inside", "near", "within", "throughout", "into", "around", "outside", "over"}


def acts(span: Any) -> bool:
    """Is a state name a participant (subject, object, possessor) rather than a place or a modifier?

    "Russia warned", "accused Iran", "Washington's claims" act through their government;
    "in Ukraine", "the Ukraine war", "Hong Kong police" do not.
    """
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return False
    if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE:
        return False
    return root.dep_ in ("nsubj", "nsubjpass", "dobj", "poss", "pobj", "dative", "conj", "appos", "ROOT", "attr")


DATELINE_ENDS = {"-", "—", "–", ",", "(", ":"}


def dateline(doc: Any, start: int, end: int) -> bool:
    """Is ``doc[start:end]`` the place a story was filed from ("BEIRUT -", "KYIV, May 3 (Reuters) -")?

    A place written in capitals opening a line and followed by a dash, comma or
    bracket names where the reporter was, not a participant.
    """
    text = doc.text
    s = doc[start].idx
    if s > 0 and text[s - 1] != "\n":
        return _after_dateline_place(doc, start, end)
    words = doc[start:end]
    if not all(t.is_upper or not t.is_alpha for t in words) or not any(t.is_alpha and len(t) > 1 for t in words):
        return False
    if end >= len(doc) or doc[end].text not in DATELINE_ENDS:
        return False
    rest = text[doc[end].idx :].split("\n", 1)[0]
    return any(ch.islower() for ch in rest)  # an all-capitals headline ("RUSSIA, CHINA SIGN DEAL") is no dateline



def _after_dateline_place(doc: Any, start: int, end: int) -> bool:
    """"KINSHASA, Congo -", "LA PAZ, Bolivia (Reuters) -": the country after the filing place, still inside
    the dateline's words, says where the place is, not who acts."""
    from ..ingest.zones import dateline_pattern

    text = doc.text
    s = doc[start].idx
    line_start = text.rfind("\n", 0, s) + 1
    if start == 0 or doc[start - 1].text != "," or doc[start - 1].idx <= line_start:
        return False
    first = next((t for t in doc[:start] if t.idx >= line_start), None)
    if first is None or not dateline(doc, first.i, doc[start - 1].i):
        return False
    eol = text.find("\n", s)
    m = dateline_pattern().match(text[line_start : eol if eol >= 0 else len(text)])
    return m is not None and line_start + m.end() >= doc[end - 1].idx + len(doc[end - 1])


ORGANISATION_KINDS = {"igo", "ngo", "group"}  # a news agency opening a line ("APA -") is its credit, not a party


def headline_acronym(doc: Any, a: Atom) -> bool:
    """Is a line-opening organisation a one-word acronym ("UN: Syria blocked aid", "NATO - allies agree")?

    Stories are filed from places; an organisation written as its acronym names
    who speaks or acts in a headline. Only a place-like full name in capitals
    ("UNITED NATIONS (AP) -") is a dateline.
    """
    if a.alias is None or a.alias.kind not in ORGANISATION_KINDS or a.end - a.start != 1:
        return False
    tok = doc[a.start]
    return tok.is_upper and "." not in tok.text
