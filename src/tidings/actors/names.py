"""Names that contain actor names without being those actors, and names owned by another actor.

Dictionary hits are found on words alone; three kinds of phrase change what a
hit means:

* the name of a law, treaty, resolution or plan ("the Taiwan Relations Act",
  "the North Korea Sanctions Act", "UN Resolution 2231"): the country or
  organisation inside it names the document, not a participant;
* an organ named after a possessive owner ("the AU's Peace and Security
  Council", "Iran's Supreme National Security Council"): a partial alias match
  inside the organ's name ("Security Council" = UN) yields to the owner;
* a demonym or country joined by a hyphen to a participle: "Russian-registered
  companies", "Saudi-led coalition" tie the noun to the state (the participle
  joins the title phrase), while "Iranian-made drones" only say where a thing
  comes from (no Iranian actor is there).

The word lists live in ``data/actors_sectors.json`` (``name_heads``,
``hyphen_affiliation``, ``hyphen_provenance``).
"""

from __future__ import annotations

from typing import Any, Sequence

from .gazetteer import Atom
from .lexicon import Alias, lexicon

NAME_CONNECT = {"and", "of", "on", "for", "-", "–", "&"}
DETS = {"the", "a", "an", "this", "that", "its", "their"}
POSSESSIVE = {"'s", "’s"}
HYPHENS = {"-", "–", "‑"}
ORGAN_KINDS = {"igo", "ngo", "institution", "media"}  # a body that may be an organ of another
OWNER_KINDS = {"igo", "ngo", "group", "country", "capital", "institution", "media"}


def _capitalised(tok: Any) -> bool:
    return (tok.is_title or tok.is_upper) and tok.is_alpha


def _headline(sent: Any) -> bool:
    """A title-case line ("Russia Signs Agreement With North Korea"): capitals say nothing there."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and not any(t.is_lower for t in words)


def _name_word(tok: Any) -> bool:
    if tok.lower_ in DETS or tok.lower_ in POSSESSIVE or tok.pos_ in ("VERB", "AUX"):
        return False
    return _capitalised(tok) or tok.lower_ in NAME_CONNECT or (tok.like_num and tok.is_digit)


def document_names(doc: Any) -> list[tuple[int, int]]:
    """Token ranges of names of laws, acts, treaties, resolutions and plans.

    A name is a run of capitalised words ending in a head word ("... Relations
    Act"), or a head word followed by "of/on" and capitalised words ("Treaty
    of Friendship") or a number ("Resolution 2231"). It must read as a name:
    a determiner before it, a number after it, or the NER calling it a law.
    The NER label alone is not trusted (it often says ORG).
    """
    heads = lexicon().name_heads
    laws = {i for ent in doc.ents if ent.label_ == "LAW" for i in range(ent.start, ent.end)}
    out: list[tuple[int, int]] = []
    for t in doc:
        if t.lower_ not in heads or not t.is_title:
            continue
        sent = t.sent
        if _headline(sent):
            continue
        s = t.i
        while s - 1 >= sent.start and _name_word(doc[s - 1]):
            s -= 1
        while s < t.i and not _capitalised(doc[s]) and not doc[s].like_num:
            s += 1  # a name starts with a word: "and the ... Act" starts after "and"
        e = t.i + 1
        numbered = e < sent.end and doc[e].like_num
        if numbered:
            e += 1
        elif e + 1 < sent.end and doc[e].lower_ in ("of", "on") and (_capitalised(doc[e + 1]) or doc[e + 1].lower_ == "the"):
            k = e + 1
            while k < sent.end and (_name_word(doc[k]) or doc[k].lower_ == "the"):
                k += 1
            while k > e + 1 and not _capitalised(doc[k - 1]):
                k -= 1
            if k > e + 1:
                e = k
        if s == t.i and e == t.i + 1:
            continue  # the head word alone ("the Act") holds no other name
        introduced = s > sent.start and doc[s - 1].lower_ in DETS | POSSESSIVE
        if introduced or numbered or any(i in laws for i in range(s, e)):
            out.append((s, e))
    return out


def outside_names(atoms: Sequence[Atom], names: Sequence[tuple[int, int]], doc: Any) -> list[Atom]:
    """The hits that are not words of a document's name (an alias ending on the head word is kept)."""
    heads = lexicon().name_heads

    def inside(a: Atom) -> bool:
        for s, e in names:
            if s <= a.start and a.end <= e and doc[a.end - 1].lower_ not in heads:
                return True
        return False

    return [a for a in atoms if not inside(a)]


def possessed_organs(doc: Any, atoms: Sequence[Atom]) -> list[Atom]:
    """"the AU's Peace and Security Council": an organ's name after a possessive owner is the owner's.

    Applies when the organ's dictionary hit is only the end of a longer
    capitalised name (at least one name word between the possessive and the
    hit); the whole name becomes one hit coded as its owner.
    """
    by_end = {a.end: a for a in atoms if a.alias is not None}
    aliased = alias_tokens(atoms)  # role words may be part of the organ's name ("Foreign Affairs Council")
    replaced: dict[int, Atom] = {}  # start of the organ hit -> its replacement
    for a in atoms:
        if a.alias is None or a.alias.kind not in ORGAN_KINDS:
            continue
        k, words = a.start - 1, 0
        while k >= 0 and (doc[k].lower_ in ("and", "&", "of", "for") or (_capitalised(doc[k]) and k not in aliased)):
            if _capitalised(doc[k]):
                words += 1
            k -= 1
        start = k + 1
        while start < a.start and not _capitalised(doc[start]):
            start += 1
        if words == 0 or start >= a.start or k < 1 or doc[k].lower_ not in POSSESSIVE:
            continue
        owner = by_end.get(k)
        if owner is None or owner.alias is None or owner.alias.kind not in OWNER_KINDS:
            continue
        okey = owner.alias.key
        code = okey.split(".", 1)[0]
        if owner.alias.kind == "country":
            okey, kind = f"{code}.GOV", "institution"
        elif owner.alias.kind == "capital":
            kind = "institution"
        else:
            kind = owner.alias.kind
        if a.alias.key.split(".", 1)[0] == code:
            continue  # the hit already names the owner's body
        text = doc[start : a.end].text
        alias = Alias(text, okey, kind, f"organ of {owner.alias.evidence}: {text} (not {a.alias.evidence})")
        replaced[a.start] = Atom(start, a.end, alias, None)
    return _joined(atoms, list(replaced.values()))


def _joined(atoms: Sequence[Atom], joined: list[Atom]) -> list[Atom]:
    """The hits with ``joined`` in place of every hit they cover, in text order."""
    if not joined:
        return list(atoms)
    spans = [(j.start, j.end) for j in joined]
    kept = [a for a in atoms if not any(s <= a.start and a.end <= e for s, e in spans)]
    return sorted(kept + joined, key=lambda x: x.start)


def national_branches(doc: Any, atoms: Sequence[Atom]) -> list[Atom]:
    """"the Sudanese Red Crescent", "the American Red Cross": an international movement's name right after a
    country or its demonym names that country's own society (data: ``national_branch`` in actors_orgs), so
    the two hits become one, coded as the country's sector the data gives (NGO), not the international body."""
    branches = lexicon().national_branches
    before = {a.end: a for a in atoms if a.alias is not None and a.alias.kind in ("country", "adjective")}
    merged: dict[int, Atom] = {}  # start of the country hit -> the joined hit
    for a in atoms:
        owner = before.get(a.start)
        if a.alias is None or owner is None or owner.alias is None:
            continue
        branch = branches.get(a.alias.key)
        if branch is None or doc[a.start:a.end].text.lower() not in branch[1]:
            continue
        code = owner.alias.key.split(".", 1)[0]
        text = doc[owner.start:a.end].text
        merged[owner.start] = Atom(owner.start, a.end, Alias(text, f"{code}.{branch[0]}", "ngo",
                                                            f"national society: {text} (not {a.alias.evidence})"), None)
    return _joined(atoms, list(merged.values()))


def alias_tokens(atoms: Sequence[Atom]) -> set[int]:
    """Tokens covered by alias hits (not role words)."""
    return {i for a in atoms if a.alias is not None for i in range(a.start, a.end)}


def _state_participle(doc: Any, h: int, participles: Any, atoms: Sequence[Atom]) -> tuple[int, ...]:
    """"a Chinese state-affiliated group", "an Iranian state-sponsored outlet": a hyphened participle of
    affiliation one word after the demonym joins its phrase, so the demonym still anchors the noun. A role
    word before the hyphen ("government-linked") is left to its own reading."""
    if h + 2 >= len(doc) or doc[h].is_punct or doc[h + 1].text not in HYPHENS:
        return ()
    if any(a.start <= h < a.end for a in atoms):
        return ()
    if doc[h].whitespace_ or doc[h + 1].whitespace_ or doc[h + 2].lower_ not in participles:
        return ()
    return (h, h + 1, h + 2)


def hyphen_compounds(doc: Any, atoms: Sequence[Atom]) -> tuple[list[Atom], set[int]]:
    """Demonym-participle compounds: the atoms left, and the hyphen and participle tokens to join a title phrase.

    "Russian-registered companies" -> RUS.BUS (the participle joins the phrase
    so the demonym anchors "companies"); "Iranian-made drones" -> the demonym
    is dropped: an origin, not a participant.
    """
    lex = lexicon()
    keep: list[Atom] = []
    join: set[int] = set()
    for a in atoms:
        h = a.end
        if (
            a.alias is not None and a.alias.kind in ("adjective", "country")
            and h + 1 < len(doc) and doc[h].text in HYPHENS
            and not doc[h - 1].whitespace_ and not doc[h].whitespace_
        ):
            word = doc[h + 1].lower_
            if word in lex.hyphen_provenance:
                continue
            if word in lex.hyphen_affiliation:
                join.update((h, h + 1))
        elif a.alias is not None and a.alias.kind in ("adjective", "country"):
            join.update(_state_participle(doc, h, lex.hyphen_affiliation, atoms))
        keep.append(a)
    return keep, join
