"""Persons across the document: clusters, appositions, dictionary keys, later surnames.

A person's key is decided once per participant (entity), from the strongest
evidence any of its mentions has: a title or apposition in the text (3), the
dated office-holder dictionary (2), a description that introduced them (1),
the article's home country (0). Every mention of the entity then carries it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Protocol

from .coref import bridge
from .drafts import Draft, new_draft
from .gazetteer import Atom
from .lexicon import holder_for, norm_name
from .persons import HONORIFICS, dictionary_key, gender, middle_name, same_person
from .sectors import compose

APPOS_SKIP = {"DET", "ADJ", "ADV", "NUM"}
CATAPHORA_SENTS = 3
LEAD_SENTS = 2  # headline, dek and lede: their descriptions are named later in the body
GENERIC_ROLES = {"official", "officials", "source", "representative", "leader", "head", "chief"}


class Builder(Protocol):
    """What linking persons reads and updates of the document's draft builder (``resolve.Builder``)."""

    doc: Any
    date: str | None
    home: str | None
    covered: set[int]
    atoms: list[Atom]
    titles: dict[int, Draft]  # id(person draft) -> its title description
    run_at: dict[int, tuple[int, int]]
    phrase_at: dict[tuple[int, int], Draft]

    def atoms_in(self, s: int, e: int) -> list[Atom]: ...


def link(b: "Builder", drafts: list[Draft]) -> list[Draft]:
    persons = [d for d in drafts if d.kind == "person" and not d.boiler]
    for d in persons:
        if d.strength < 3:
            _apposition(b, d)
    entities = _cluster(persons)
    extra = _surnames(b, entities, drafts)
    drafts = sorted(drafts + extra, key=lambda d: (d.start, -d.end))
    for d in persons:
        _bridged_title(b, d, drafts)
    for members in entities.values():
        _entity_key(b, members)
    _cataphora(b, drafts, entities)
    for eid, members in entities.items():
        _share(b, eid, members)
    return drafts


def _bridged_title(b: "Builder", d: Draft, drafts: list[Draft]) -> None:
    """"said Commission spokesperson Marta Lindqvist" after "The European Commission said": the Commission's key."""
    t = b.titles.get(id(d))
    if t is None or t.bridge is None or d.strength >= 2:
        return
    if bridge(t, drafts):
        d.key, d.strength = t.key, t.strength
        d.evidence = f"title:{t.text} ({t.evidence})"
        t.anaphor = None


def _apposition(b: "Builder", d: Draft) -> None:
    """", director general of ... DPRK's Foreign Ministry" after the name, or "the deputy head of ..., NAME" before it."""
    doc = b.doc
    j = d.end
    if j < len(doc) and doc[j].text == ",":
        k = j + 1
        while k < len(doc) and k - j <= 3 and doc[k].pos_ in APPOS_SKIP and k not in b.covered:
            k += 1
        run = b.run_at.get(k)
        if run and run[0] <= k:
            _apply_title(b, d, k, _origin(b, run[1]), "apposition")
            if d.strength >= 3:
                return
    if d.start >= 2 and doc[d.start - 1].text == ",":
        run = b.run_at.get(d.start - 2)
        if run and run[1] == d.start - 1:
            # not a phrase governed by a preposition: "During a session in Congress, Boluarte said" is a place
            if not _after_preposition(doc, run[0]):
                _apply_title(b, d, run[0], run[1], "apposition")


ORIGIN_PREPS = {"from", "in", "with"}


def _origin(b: "Builder", end: int) -> int:
    """", a cattle farmer from Normandy": an apposition's title runs on through "from/in PLACE"."""
    doc = b.doc
    j = end
    if j < len(doc) and doc[j].lower_ in ORIGIN_PREPS:
        k = j + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        nxt = b.run_at.get(k)
        if nxt is not None and nxt[0] <= k and any(a.alias for a in b.atoms_in(k, nxt[1])):
            return nxt[1]
    return end


def _after_preposition(doc: Any, start: int) -> bool:
    """Is the phrase starting at ``start`` the object of a preposition ("in Congress", "at the court")?

    "of" and "for" bind a title to its body ("a member of the Syrian parliament, NAME"): they do not count."""
    k = start - 1
    while k >= 0 and doc[k].pos_ == "DET":
        k -= 1
    return k >= 0 and doc[k].pos_ == "ADP" and doc[k].lower_ not in ("of", "for")


def _apply_title(b: "Builder", d: Draft, s: int, e: int, how: str) -> None:
    atoms = b.atoms_in(s, e)
    if not any(a.role for a in atoms) or any(a.kind == "person" for a in atoms):
        return
    comp = compose(atoms, b.doc, b.home)
    if comp is None or comp.head is None:
        return
    strength = 3 if comp.anchor is not None else 1
    if strength <= d.strength:
        return
    d.key, d.strength = comp.key, strength
    d.evidence = f"{how}:{b.doc[s:e].text} ({comp.evidence})"
    d.role = comp.head.role.text.lower() if comp.head.role else d.role
    t = b.phrase_at.get((s, e))
    if t is not None:
        t.name = d.name
        t.anaphor = None
        b.titles[id(d)] = t


def _cluster(persons: list[Draft]) -> dict[int, list[Draft]]:
    """Group person mentions by name: a later partial name joins the latest fuller name it fits."""
    entities: dict[int, list[Draft]] = {}
    names: list[tuple[int, str]] = []
    for d in persons:
        eid = next((e for e, n in reversed(names) if same_person(d.text, n)), None)
        if eid is None:
            eid = len(names) + 1
            names.append((eid, d.text))
            entities[eid] = []
        d.entity = eid
        entities[eid].append(d)
    for members in entities.values():
        full = max((m.text for m in members), key=lambda t: len([w for w in t.split() if w.lower() not in HONORIFICS]))
        for m in members:
            m.name = full
    return entities


def _surnames(b: "Builder", entities: dict[int, list[Draft]], drafts: list[Draft]) -> list[Draft]:
    """Later bare surnames the NER did not tag ("Kwon called it ...")."""
    taken = {i for d in drafts for i in range(d.start, d.end)}
    first = {eid: min(m.start for m in ms) for eid, ms in entities.items()}
    by_surname: dict[str, list[int]] = {}
    for eid, ms in entities.items():
        words = [w for w in norm_name(ms[0].name or ms[0].text).split() if w not in HONORIFICS]
        if len(words) > 1:
            by_surname.setdefault(words[-1], []).append(eid)
        for w in words[1:-1]:  # "Faki" for "Moussa Faki Mahamat" (persons.middle_name)
            if middle_name([w], words):
                by_surname.setdefault(w, []).append(eid)
    out: list[Draft] = []
    sent_of = {}
    for si, sent in enumerate(b.doc.sents):
        for t in sent:
            sent_of[t.i] = si
    for tok in b.doc:
        if tok.i in taken or not tok.is_title or tok.pos_ not in ("PROPN", "NOUN"):
            continue
        eids = [e for e in by_surname.get(norm_name(tok.text), []) if first[e] < tok.i]
        if eids:
            eid = max(eids, key=lambda e: first[e])
            d = new_draft(b.doc, tok.i, tok.i + 1, None, "person", "surname", sent_of.get(tok.i, 0))
            d.entity, d.anaphor = eid, "surname"
            entities[eid].append(d)
            out.append(d)
    return out


def _entity_key(b: "Builder", members: list[Draft]) -> None:
    best = max(members, key=lambda m: m.strength)
    if best.strength >= 3:
        return
    named = _named_codes(b) if not b.date else None
    for m in members:
        hit = dictionary_key(m.name or m.text, b.date, named)
        if hit and _former_office(best, m.name or m.text, b.date, hit[0]):
            return  # "the opposition leader Raila Odinga" (prime minister until 2013): the title now
        if hit:
            best.key, best.evidence, best.strength = hit[0], hit[1], 2
            return


def _former_office(best: Draft, name: str, date: str | None, held: str) -> bool:
    """Does the text's own title ("the opposition leader X", "rebel commander X") say what a person is now,
    when the office-holder dictionary has them only in an office they left before the article's date?

    A title of another sector than the office held (an opposition leader, once prime minister) wins over
    a past term; with no date, or while the term runs, the dictionary decides as before.
    """
    if not date or not best.key or not best.evidence.startswith("title:") or "." not in best.key:
        return False
    if best.key.split(".", 1)[1] == held.split(".", 1)[-1]:
        return False
    h = holder_for(name, date)
    return h is not None and (h.start > date or h.end is not None and h.end <= date)


def _named_codes(b: "Builder") -> Counter[str]:
    """How often the article names each state and organisation (its dictionary hits, persons aside)."""
    return Counter(a.alias.key.split(".", 1)[0] for a in b.atoms if a.alias and a.alias.kind != "person")


def _compatible(role: str | None, person: Draft) -> bool:
    if role is None or role in GENERIC_ROLES or person.role is None:
        return True
    return role.rstrip("s") in person.role or person.role in role


def _cataphora(b: "Builder", drafts: list[Draft], entities: dict[int, list[Draft]]) -> None:
    """"A DPRK official calls ..." ... "said Kwon Jong Gun, director general of ... DPRK's Foreign Ministry"."""
    titled = {id(t) for t in b.titles.values()}
    heads = {eid: min(ms, key=lambda m: m.start) for eid, ms in entities.items()}
    bests = {eid: max(ms, key=lambda m: m.strength) for eid, ms in entities.items()}
    for d in drafts:
        if d.kind != "description" or d.anaphor or d.plural or id(d) in titled or d.name or d.strength < 3 or d.boiler:
            continue
        if d.text.split()[0].lower() in ("the", "this", "that"):
            continue  # "the head of the German Embassy" is someone of its own, not a later named minister
        country = (d.key or "").split(".")[0]
        before = [e for e, h in heads.items() if h.start < d.start and _key_country(bests[e]) == country]
        if any(_compatible(d.role, bests[e]) for e in before):
            continue
        # a later name is the description's referent when close by, or when the description is in the lead
        after = sorted(
            (h.start, e) for e, h in heads.items() if h.start > d.start and (d.sent <= LEAD_SENTS or h.sent - d.sent <= CATAPHORA_SENTS)
        )
        for _, eid in after:
            best = bests[eid]
            if _key_country(best) not in (country, "") and best.strength >= 2:
                continue
            if not _compatible(d.role, best):
                continue
            d.entity, d.name = eid, best.name
            if best.strength < 1:
                best.key, best.strength = d.key, 1
                best.evidence = f"introduced by description: {d.text}"
            break


def _key_country(d: Draft) -> str:
    return (d.key or "").split(".")[0] if d.strength > 0 else ""


def _share(b: "Builder", eid: int, members: list[Draft]) -> None:
    best = max(members, key=lambda m: m.strength)
    if best.key is None and b.home:
        best.key, best.evidence = b.home, f"home country fallback: {b.home}"
    cues = []
    for m in members:
        t = b.titles.get(id(m))
        cues += [w.text for w in b.doc[max(0, m.start - 2) : m.start]]
        if t is not None:
            cues += [w.text for w in b.doc[t.start : t.end]]
            t.key, t.entity, t.name = best.key, eid, best.name
    g = gender(best.name or best.text, cues)
    role = best.role or next((m.role for m in members if m.role), None)
    for m in members:
        m.gender = g
        m.name = best.name or m.name
        m.role = m.role or role
        if m is not best:
            if m.strength < best.strength or not m.key:
                m.evidence = f"same person as {best.name}: {best.evidence}"
            m.key = best.key
            # a later "Zakharova" is as sure as the titled first mention: it may serve as an antecedent
            m.strength = max(m.strength, best.strength)
