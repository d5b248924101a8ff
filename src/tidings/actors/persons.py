"""Person names: where they are, how they cluster, their gender, and dictionary keys.

Names come from three sources, because each misses some: the dictionary of
office holders (matched as phrases), the NER's PERSON spans (minus tokens the
dictionaries explain better: "Kiev" is a capital, not a person), and proper
nouns right after a person-role word ("Foreign Minister Park Jin").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable, Mapping, Sequence

from .gazetteer import Atom
from .lexicon import holder_for, lexicon, norm_name, on_change

HONORIFICS = {
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "lt", "lt.", "gen", "gen.",
    "col", "col.", "maj", "maj.", "sir", "dame", "madam", "madame", "sheikh", "ayatollah", "rev", "capt", "capt.",
    "sen", "sen.", "rep", "rep.", "gov", "gov.", "president", "minister", "general",
}


NOT_NAME = {
    "ministry", "service", "house", "states", "agency", "council", "government", "army", "forces", "party", "union",
    "organization", "organisation", "news", "office", "department", "court", "parliament", "police", "commission",
    "committee", "assembly", "nations", "republic", "kingdom", "command", "group", "embassy", "bank", "fund",
    "league", "media", "times", "post", "press", "systems", "inc", "corp", "company", "institute", "university",
    "foundation", "airlines", "airways", "energy", "oil", "act", "law", "treaty", "initiative", "summit", "channel",
}


# words the NER glues onto a name after a title: "Minister for Foreign Affairs Yoko Kamikawa"
PORTFOLIO = {
    "foreign", "affairs", "defence", "defense", "trade", "finance", "health", "interior", "justice", "economy",
    "energy", "labour", "labor", "education", "agriculture", "security", "home", "internal", "external", "industry",
    "commerce", "culture", "transport", "environment", "development", "welfare", "social", "planning", "information",
    "communications", "tourism", "mines", "petroleum", "fisheries", "infrastructure", "housing", "water", "youth",
}
# military units and ordinals are never person names ("Fifth Infantry Division")
UNIT_WORDS = {"infantry", "corps", "guard", "guards", "brigade", "division", "battalion", "regiment", "fleet",
              "squadron", "army", "armoured", "armored", "airborne", "marine", "marines", "artillery", "cavalry"}


def _not_a_name(tok: Any) -> bool:
    """A word no person's name holds: a unit, a number word, or any digit ("Oct 2" of a dateline, an
    "L-39" jet, "Su-25" the tagger takes for a person)."""
    return tok.lower_ in UNIT_WORDS or (tok.like_num and tok.is_alpha) or any(ch.isdigit() for ch in tok.text)


def _looks_like_name(span: Any) -> bool:
    """A mislabelled two- or three-word name that is a clause subject ("Dmitry Patrushev announced")."""
    toks = list(span)
    return (
        2 <= len(toks) <= 3
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in toks)
        and not any(t.lower_ in NOT_NAME for t in toks)
        and span.root.dep_ in ("nsubj", "nsubjpass")
    )


PLACE_KINDS = ("country", "adjective", "capital", "place", "region")


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """Every country, demonym, capital and place name of the gazetteer, accent- and case-folded."""
    return frozenset(norm_name(a.text) for a in lexicon().aliases if a.kind in PLACE_KINDS)


on_change(_place_names.cache_clear)  # built from the lexicon


def _modifier_only(span: Any) -> bool:
    """A one-word name modifying a plural common noun is a group's label ("Hutu extremists", "Rohingya refugees")."""
    if len(span) != 1:
        return False
    tok = span[0]
    head = tok.head
    return (
        tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i and head.pos_ == "NOUN"
        and head.tag_ == "NNS" and head.is_lower
    )


def person_spans(doc: Any, atoms: Sequence[Atom]) -> list[tuple[int, int]]:
    """Token ranges of person names, longest first wins, never overlapping a non-person dictionary hit.

    An NER name is dropped when the gazetteer knows it as a place ("Brasilia",
    "Bogotá", whatever the accents) or when it only labels a group of people
    ("Hutu extremists").
    """
    blocked = {i for a in atoms if a.kind != "person" for i in range(a.start, a.end)}
    spans = [(a.start, a.end) for a in atoms if a.kind == "person"]
    places = _place_names()
    for ent in doc.ents:
        if ent.label_ != "PERSON" and not (ent.label_ in ("ORG", "GPE", "NORP") and _looks_like_name(ent)):
            continue
        s, e = ent.start, ent.end
        if any(_not_a_name(doc[i]) for i in range(s, e)):
            continue
        if norm_name(ent.text) in places or _modifier_only(ent):
            continue
        while s < e and (
            s in blocked or doc[s].lower_ in HONORIFICS or doc[s].lower_ in PORTFOLIO
            or not (doc[s].is_title or doc[s].is_upper)
        ):
            s += 1
        while s > 0 and _name_part(doc[s - 1], blocked) and doc[s - 1].head.i in range(s, e):
            s -= 1  # the NER often keeps only the last part of "Choe Son Ho"
        while e > s and ((e - 1) in blocked or doc[e - 1].is_punct or doc[e - 1].lower_ in ("'s", "’s")):
            e -= 1
        if s < e and not any(i in blocked for i in range(s, e)):
            spans.append((s, e))
    return _longest(spans)


def _name_part(tok: Any, blocked: set[int]) -> bool:
    return (
        tok.pos_ == "PROPN" and tok.is_title and tok.dep_ == "compound" and tok.i not in blocked
        and tok.lower_ not in HONORIFICS and tok.lower_ not in PORTFOLIO and not _not_a_name(tok)
    )


def _longest(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    taken: set[int] = set()
    out = []
    for s, e in sorted(set(spans), key=lambda x: (x[0] - x[1], x[0])):
        if any(i in taken for i in range(s, e)):
            continue
        taken.update(range(s, e))
        out.append((s, e))
    return sorted(out)


def trailing_name(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """Proper nouns right after a title ("... Foreign Minister Park Jin"), when the NER missed them."""
    if start + 1 < end and doc[start].lower_ in ("for", "of"):
        k = start + 1
        while k < end and (doc[k].lower_ in PORTFOLIO or doc[k].lower_ == "and") and doc[k].lower_ != doc[start].lower_:
            k += 1  # "Minister for Labour Saeed Ghani": the portfolio, then the name
        if k == start + 1 or doc[k - 1].lower_ == "and":
            return None
        start = k
    j = start
    while j < end and j - start < 4 and doc[j].pos_ == "PROPN" and doc[j].is_title:
        j += 1
    if j > start and (j == end or not doc[j].is_title):
        s = start
        while s < j and doc[s].lower_ in HONORIFICS:
            s += 1
        return (s, j) if s < j else None
    return None


def gender(name: str, cues: Iterable[str]) -> str | None:
    """'f', 'm' or None, from title and kin words around the name, then the name itself."""
    lex = lexicon()
    low = [c.lower() for c in cues]
    if any(c in lex.female_cues for c in low):
        return "f"
    if any(c in lex.male_cues for c in low):
        return "m"
    n = norm_name(name)
    if n in lex.female_full:
        return "f"
    words = name.split()
    if words and words[0] in lex.female_first:
        return "f"
    if len(words) > 1 and words[-1].endswith(lex.female_endings):
        return "f"
    return None


def dictionary_key(name: str, date: str | None, named: Mapping[str, int] | None = None) -> tuple[str, str] | None:
    """Key and evidence for a person in the dated office-holder dictionary (``named``: the article's states and
    organisations, how often each, for an undated article)."""
    h = holder_for(name, date, named)
    if h is None:
        return None
    term = f"{h.start}..{h.end or ''}"
    return h.key, f"holder:{h.name} ({h.role} {term})"


def same_person(short: str, full: str) -> bool:
    """Does the shorter name refer to the fuller one ("Kwon" -> "Kwon Jong Gun", "Mr El Sisi")?"""
    a, b = norm_name(short).split(), norm_name(full).split()
    a = [w for w in a if w not in HONORIFICS]
    if not a or len(a) >= len(b) and a != b:
        return a == b
    return all(w in b for w in a) and (a[-1] == b[-1] or a[0] == b[0]) or middle_name(a, b)


def middle_name(short: Sequence[str], full: Sequence[str]) -> bool:
    """"Faki" for "Moussa Faki Mahamat", "Tayyip" for "Recep Tayyip Erdogan": one word that is a middle word of
    a name of three or more words stands for that person, unless it is a particle of names ("bin", "al")."""
    return len(short) == 1 and len(full) >= 3 and short[0] in full[1:-1] and short[0] not in lexicon().name_particles
