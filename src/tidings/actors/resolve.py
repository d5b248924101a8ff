"""resolve(doc, document, sentences) -> DocActors: the actor layer's one entry point.

Order: dictionary hits and person names -> title phrases composed into keys
(countries, sectors, organisations, persons' titles) -> person clusters,
appositions and the dated office-holder dictionary -> in-document
coreference (surnames, descriptions, pronouns). Every decision leaves its
evidence on the mention.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from ..records import Document, Sentence
from . import coref, people
from .drafts import Draft
from .gazetteer import Atom, match
from .persons import person_spans, trailing_name
from .sectors import Composition, compose, runs
from .table import DocActors

KIND_OF = {
    "country": "state", "adjective": "state", "capital": "state", "place": "place", "igo": "organisation",
    "ngo": "organisation", "group": "group", "region": "region", "institution": "organisation",
    "media": "organisation", "person": "person",
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}


def home_country(atoms: Sequence[Atom]) -> str | None:
    """The country the article is mostly about: the default for "the army", "police", "lawmakers"."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for a in atoms:
        if a.alias and a.alias.kind in ("country", "adjective", "capital", "place", "institution"):
            code = a.alias.key.split(".", 1)[0]
            counts[code] += 1
            first.setdefault(code, a.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


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


def new_draft(doc: Any, s: int, e: int, key: str | None, kind: str, evidence: str, sent: int) -> Draft:
    span = doc[s:e]
    d = Draft(s, e, span.start_char, span.end_char, span.text, key, kind, evidence, sent)
    root = span.root
    d.subject = root.dep_ in SUBJECT_DEPS or (root.dep_ in ("appos", "compound") and root.head.dep_ in SUBJECT_DEPS)
    d.plural = root.tag_ in ("NNS", "NNPS")
    return d


class Builder:
    """Collects the drafts of one document."""

    def __init__(self, doc: Any, document: Document) -> None:
        self.doc = doc
        self.date = document.date
        self.atoms = match(doc)
        self.persons = person_spans(doc, self.atoms)
        self.covered = {i for a in self.atoms for i in range(a.start, a.end)}
        self.covered |= {i for s, e in self.persons for i in range(s, e)}
        self.home = home_country(self.atoms)
        self.drafts: list[Draft] = []
        self.titles: dict[int, Draft] = {}  # id(person draft) -> its title description
        self.run_at: dict[int, tuple[int, int]] = {}  # token -> the run holding it
        self.phrase_at: dict[tuple[int, int], Draft] = {}  # (start, end) of a composed phrase -> draft

    def atoms_in(self, s: int, e: int) -> list[Atom]:
        return [a for a in self.atoms if a.start >= s and a.end <= e]

    def build(self) -> list[Draft]:
        for si, sent in enumerate(self.doc.sents):
            for s, e in runs(sent, self.covered):
                for i in range(s, e):
                    self.run_at[i] = (s, e)
                self.phrase(s, e, si)
        self.drafts.sort(key=lambda d: (d.start, -d.end))
        return self.drafts

    def phrase(self, s: int, e: int, si: int) -> None:
        """Drafts for one title phrase: its anchors, the composed phrase and any person it introduces."""
        doc = self.doc
        for a in self.atoms_in(s, e):
            if a.alias and a.alias.kind != "person":
                ad = new_draft(doc, a.start, a.end, a.alias.key, KIND_OF[a.alias.kind], a.alias.evidence, si)
                ad.strength = 3
                if a.alias.kind == "country" and acts(doc[a.start : a.end]):
                    ad.key, ad.evidence = f"{a.alias.key}.GOV", f"{a.alias.evidence} (acting state: government)"
                self.drafts.append(ad)
        names = [p for p in self.persons if p[0] >= s and p[1] <= e]
        seg = s
        for ps, pe in names:
            self.person(seg, ps, pe, si)
            seg = pe
        if seg < e:
            atoms = self.atoms_in(seg, e)
            last = atoms[-1] if atoms else None
            tail = trailing_name(doc, last.end, e) if last and last.role and last.role.cls == "person" else None
            if tail:
                self.person(seg, tail[0], tail[1], si)
            else:
                self.composed(seg, e, si)

    def person(self, seg: int, ps: int, pe: int, si: int) -> None:
        doc = self.doc
        d = new_draft(doc, ps, pe, None, "person", "name", si)
        d.name = d.text
        title_atoms = self.atoms_in(seg, ps)
        comp = compose(title_atoms, doc, self.home) if title_atoms else None
        if comp is not None:
            d.key, d.evidence = comp.key, f"title:{doc[seg:ps].text} ({comp.evidence})"
            d.strength = 3 if comp.anchor is not None else 1
            d.role = comp.head.role.text.lower() if comp.head and comp.head.role else None
            if comp.head is not None:
                t = self.describe(seg, ps, comp, si)
                t.name = d.name
                self.titles[id(d)] = t
        self.drafts.append(d)

    def composed(self, s: int, e: int, si: int) -> Draft | None:
        doc = self.doc
        # a weak role word ("division", "side") counts when part of a name or made definite
        allow_weak = (doc[e - 1].is_title and not doc[e - 1].is_sent_start) or (s > 0 and doc[s - 1].lower_ == "the")
        comp = compose(self.atoms_in(s, e), doc, self.home, allow_weak=allow_weak)
        if comp is None:
            return None
        if comp.head is None:
            return None  # anchors only: each anchor's own draft already says it
        if comp.anchor is None and comp.head is not None and self.doc[comp.head.end - 1].pos_ not in ("NOUN", "PROPN"):
            return None  # "military equipment": a role word used as a modifier names no actor
        return self.describe(s, e, comp, si)

    def describe(self, s: int, e: int, comp: Composition, si: int) -> Draft:
        doc = self.doc
        ds = s - 1 if s > 0 and doc[s - 1].lower_ in DETERMINERS else s
        head = comp.head
        kind = "description" if head and head.role and head.role.cls == "person" else "organisation"
        d = new_draft(doc, ds, e, comp.key, kind, comp.evidence, si)
        d.role = head.role.text.lower() if head and head.role else None
        d.strength = 3 if comp.anchor is not None else 1
        if head is not None:
            d.plural = doc[head.end - 1].tag_ in ("NNS", "NNPS")
        definite = doc[ds].lower_ in ("the", "this", "that")
        if comp.anchor is None and (definite or (ds == s and kind == "organisation" and not d.plural)):
            d.anaphor = "description"
        self.drafts.append(d)
        self.phrase_at[(s, e)] = d
        return d


def mark_boilerplate(drafts: Sequence[Draft], sentences: Sequence[Sentence]) -> None:
    """Mentions in "Read more:" lines and captions are kept but never serve as antecedents."""
    spans = sorted((s.start, s.end) for s in sentences if s.zone == "boilerplate")
    if not spans:
        return
    for d in drafts:
        d.boiler = any(a <= d.start_char < b for a, b in spans)


def resolve(doc: Any, document: Document, sentences: Sequence[Sentence]) -> DocActors:
    """Every actor mention of ``doc``, coded and coreference-resolved."""
    b = Builder(doc, document)
    drafts = b.build()
    mark_boilerplate(drafts, sentences)
    drafts = people.link(b, drafts)
    coref.resolve(doc, drafts)
    return DocActors([d.freeze() for d in drafts if d.text.strip()])
