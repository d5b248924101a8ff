"""resolve(doc, document, sentences) -> DocActors: the actor layer's one entry point.

Order: dictionary hits and person names -> title phrases composed into keys
(countries, sectors, organisations, persons' titles) -> person clusters,
appositions and the dated office-holder dictionary -> in-document
coreference (surnames, descriptions, pronouns). Every decision leaves its
evidence on the mention.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..records import Document, Sentence
from . import coref, people
from .bodies import named_unknown_body
from .carried import carried_owners
from .commands import commanded
from .drafts import Draft, new_draft
from .fought import fought_groups
from .gazetteer import Atom, match
from .home import home_country
from .lexicon import lexicon
from .members import member_bodies
from .names import document_names, hyphen_compounds, national_branches, outside_names, possessed_organs
from .opposition import opposed
from .outlets import reporting_outlets
from .persons import HONORIFICS, person_spans, trailing_name
from .relays import relayed
from .sectors import Composition, compose, quantified, runs, used_as_noun
from .standing import LOCATIVE, acts, dateline, disambiguate, headline_acronym
from .statenouns import state_nouns
from .table import DocActors

KIND_OF = {
    "country": "state", "adjective": "state", "capital": "state", "place": "place", "igo": "organisation",
    "ngo": "organisation", "group": "group", "region": "region", "institution": "organisation",
    "media": "organisation", "person": "person",
}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
PLACED_SECTORS = {"COP", "OPP", "CVL"}  # home-guessed groups the sentence's place re-keys
LOCATED_SECTORS = {"CVL", "OPP", "REB", "BUS", "COP", "MED", "NGO", "JUD", "LEG"}  # "a court in Moscow"
# government people named by where they sit ("officials in Washington", "the authorities in Kabul"); envoys
# and diplomats abroad stay their own state's
LOCAL_OFFICIALS = {"official", "officials", "authorities", "authority", "government", "leaders", "policymakers",
                   "junta", "regime", "administration", "cabinet", "presidency"}
STATE_BODIES = {"government", "governments", "authorities", "authority", "administration", "cabinet", "regime", "presidency"}
BRIDGE_BODIES = {"bloc", "alliance", "group", "party", "union", "organisation", "organization", "commission"}


def _seated(role: str, place: Atom) -> bool:
    """"The foreign ministry in Manila", "the defence ministry in Kyiv": a ministry placed in a seat of power
    (a capital) is that state's own (``seated_bodies`` of actors_sectors.json); embassies and envoys placed
    there stay their own state's."""
    head = role.split()[-1] if role else ""
    return head in lexicon().seated_bodies and place.alias is not None and place.alias.kind == "capital"


class Builder:
    """Collects the drafts of one document."""

    def __init__(self, doc: Any, document: Document) -> None:
        self.doc = doc
        self.date = document.date
        self.names = document_names(doc)  # "the Taiwan Relations Act": no actor inside
        atoms = national_branches(doc, possessed_organs(doc, outside_names(match(doc), self.names, doc)))
        atoms, joined = hyphen_compounds(doc, atoms)
        self.atoms = disambiguate(atoms)
        self.persons = [
            p for p in person_spans(doc, self.atoms) if not any(s <= p[0] and p[1] <= e for s, e in self.names)
        ]
        self.covered = {i for a in self.atoms for i in range(a.start, a.end)}
        self.covered |= {i for s, e in self.persons for i in range(s, e)}
        self.covered |= joined  # "Russian-registered companies": one title phrase
        self.home = home_country(self.atoms, doc, self.persons, self.date)
        self.drafts: list[Draft] = []
        self.titles: dict[int, Draft] = {}  # id(person draft) -> its title description
        self.run_at: dict[int, tuple[int, int]] = {}  # token -> the run holding it
        self.phrase_at: dict[tuple[int, int], Draft] = {}  # (start, end) of a composed phrase -> draft

    def atoms_in(self, s: int, e: int) -> list[Atom]:
        return [a for a in self.atoms if a.start >= s and a.end <= e]

    def build(self) -> list[Draft]:
        for si, sent in enumerate(self.doc.sents):
            found = runs(sent, self.covered)
            for s, e in found:
                for i in range(s, e):
                    self.run_at[i] = (s, e)
            for s, e in found:
                self.phrase(s, e, si)
        self.drafts.sort(key=lambda d: (d.start, -d.end))
        return self.drafts

    def phrase(self, s: int, e: int, si: int) -> None:
        """Drafts for one title phrase: its anchors, the composed phrase and any person it introduces."""
        doc = self.doc
        prev: Atom | None = None
        for a in self.atoms_in(s, e):
            if a.alias and a.alias.kind != "person":
                ad = new_draft(doc, a.start, a.end, a.alias.key, KIND_OF[a.alias.kind], a.alias.evidence, si)
                ad.strength = 3
                if dateline(doc, a.start, a.end) and not headline_acronym(doc, a):
                    ad.key, ad.kind, ad.evidence = None, "place", f"{a.alias.evidence} (dateline: where it was filed)"
                elif a.alias.kind == "country" and acts(doc[a.start : a.end]):
                    ad.key, ad.evidence = f"{a.alias.key}.GOV", f"{a.alias.evidence} (acting state: government)"
                elif a.alias.kind in ("country", "adjective"):
                    self.acting_through(ad, a)
                if self.people_noun(a):
                    self.people_of(ad, a, prev, e)
                self.drafts.append(ad)
            prev = a
        names = [p for p in self.persons if p[0] >= s and p[1] <= e]
        seg = s
        for ps, pe in names:
            self.person(seg, ps, pe, si)
            seg = pe
        if seg < e:
            atoms = self.atoms_in(seg, e)
            last = atoms[-1] if atoms else None
            # a name follows a person title, or an honorific after any title ("the head of the delegation Dr X")
            named = last is not None and last.role is not None and (
                last.role.cls == "person" or (last.end < e and doc[last.end].lower_ in HONORIFICS)
            )
            tail = trailing_name(doc, last.end, e) if named and last is not None else None
            if tail:
                self.person(seg, tail[0], tail[1], si)
            else:
                self.composed(seg, e, si)

    def person(self, seg: int, ps: int, pe: int, si: int) -> None:
        doc = self.doc
        d = new_draft(doc, ps, pe, None, "person", "name", si)
        d.name = d.text
        title_atoms = self.atoms_in(seg, ps)
        # a role word right before a name is a title even when weak alone ("the head of the delegation Dr Effendi")
        comp = compose(title_atoms, doc, self.home, allow_weak=True) if title_atoms else None
        if comp is not None and comp.anchor is None:
            comp = self.coordinated(seg, comp) or self.organisation_head(comp, si) or comp
        sender = self.sender(seg) if comp is not None and comp.head is None else None
        if sender is not None:  # "US Ambassador to the United Nations Nikki Haley": the sender's envoy
            d.key, d.evidence, d.strength, d.role = sender.key, f"title:{sender.text} to {doc[seg:ps].text}", 3, sender.role
        elif comp is not None:
            d.key, d.evidence = comp.key, f"title:{doc[seg:ps].text} ({comp.evidence})"
            d.strength = 3 if comp.anchor is not None else 1
            d.role = comp.head.role.text.lower() if comp.head and comp.head.role else None
            if comp.head is not None:
                t = self.describe(seg, ps, comp, si)
                t.name = d.name
                self.titles[id(d)] = t
        self.drafts.append(d)

    def sender(self, seg: int) -> Draft | None:
        """The representative a title phrase is the destination of: "<the US ambassador> to [the UN] X"."""
        k = seg - 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        if k < 1 or self.doc[k].lower_ != "to":
            return None
        prev = next((d for d in reversed(self.drafts) if d.end == k and d.kind == "description"), None)
        if prev is None or not prev.key or (prev.role or "") not in lexicon().representatives:
            return None
        return prev

    def coordinated(self, seg: int, comp: Composition) -> Composition | None:
        """"Sindh Minister for Labour X and Minister for Social Welfare Y": Y's title shares X's country."""
        if seg == 0 or self.doc[seg - 1].lower_ != "and":
            return None
        prev = next((d for d in reversed(self.drafts) if d.kind == "person" and d.end == seg - 1), None)
        if prev is None or prev.strength < 3 or not prev.key or ":" in prev.key or "." not in prev.key:
            return None  # a state's officials only ("NATO's chief and Foreign Minister X" are apart)
        if comp.head is None or comp.head.role is None or prev.role != comp.head.role.text.lower():
            return None  # parallel titles only: "Minister for Labour X and Minister for Social Welfare Y"
        title = self.titles.get(id(prev))
        if title is None:
            return None
        anchors = [a for a in self.atoms_in(title.start, title.end) if a.alias and a.alias.kind != "person"]
        if not anchors:
            return None
        sector = comp.key.split(".", 1)[1] if "." in comp.key else "GOV"
        key = f"{prev.key.split('.', 1)[0]}.{sector}" if "." in prev.key else prev.key
        return Composition(key, f"{comp.evidence} (coordinated with {prev.text}: {prev.key})", comp.head, anchors[-1])

    def organisation_head(self, comp: Composition, si: int, *, window: int = 3) -> Composition | None:
        """"Secretary-General X", "the high representative": a title that heads an international body.

        Without a country or organisation in the phrase it belongs to the
        organisation the text named last (this sentence or the few before),
        never to the article's home country; with none named it stays as it was.
        """
        head = comp.head
        if head is None or head.role is None or head.role.text.lower() not in lexicon().organisation_heads:
            return None
        body = next(
            (d for d in reversed(self.drafts)
             if d.kind == "organisation" and d.key and "." not in d.key and si - window <= d.sent <= si),
            None,
        )
        if body is None or body.key is None:
            return None
        return Composition(body.key, f"role:{head.role.text}+organisation named before:{body.text}", head, None)

    def acting_through(self, d: Draft, a: Atom) -> None:
        """"US sanctions", "Indonesian aid", "a Russian drone": the state acts through the thing it modifies."""
        root = self.doc[a.start : a.end].root
        if root.dep_ not in ("compound", "amod", "nmod") or root.head.pos_ != "NOUN":
            return
        head = root.head
        if head.i < a.end or head.i - a.end > 2:
            return  # the noun right after the name ("US arms sales": one word between)
        sector = lexicon().acting_nouns.get(head.lemma_.lower())
        if sector is not None:
            d.key = f"{a.alias.key.split('.', 1)[0]}.{sector}" if a.alias else d.key
            d.evidence = f"{d.evidence} (acting through: {head.text})"

    def people_noun(self, a: Atom) -> bool:
        """A demonym used as a plural noun: "Serbs", "Albanians", "Kurds"."""
        last = self.doc[a.end - 1]
        return a.alias is not None and a.alias.kind == "adjective" and last.tag_ in ("NNS", "NNPS")

    def people_of(self, d: Draft, a: Atom, prev: Atom | None, e: int) -> None:
        """"Bosnian Serbs" are of Bosnia; "Albanians in southern Serbia" of Serbia."""
        where: Atom | None = None
        if prev is not None and prev.end == a.start and prev.alias and prev.alias.kind in ("adjective", "country"):
            where = prev
        else:
            doc = self.doc
            k = a.end
            if k < len(doc) and doc[k].lower_ in ("in", "of", "from"):
                k += 1
                while k < len(doc) and doc[k].lower_ in ("the",) or k < len(doc) and doc[k].pos_ == "ADJ":
                    k += 1  # "in south Serbia", "of southern Serbia"
                hit = next((x for x in self.atoms if x.start == k), None)
                if hit is not None and hit.alias and hit.alias.kind in ("country", "place", "capital"):
                    where = hit
        if where is None and a.start > 0 and self.doc[a.start - 1].lower_ == "ethnic":
            self.ethnic_host(d, a)
            return
        if where is None or where.alias is None:
            return
        code = where.alias.key.split(".", 1)[0]
        if code != d.key:
            d.key, d.evidence = code, f"{a.alias.evidence if a.alias else ''} of {where.alias.evidence}"

    def ethnic_host(self, d: Draft, a: Atom) -> None:
        """"ethnic Albanians demonstrated in Serbia", "ethnic Turks protested": an ethnic group is of the state it lives in.

        "ethnic" marks the demonym as a people, not the state of that name: it
        takes the country its sentence places it in ("in Serbia"), else the
        article's other country, else it keeps the demonym's own.
        """
        own = a.alias.key.split(".", 1)[0] if a.alias else None
        sent = self.doc[a.start].sent
        places = [
            x for x in self.atoms
            if sent.start <= x.start < sent.end and x.alias and x.alias.kind in ("country", "place", "capital")
            and self.doc[x.end - 1].dep_ == "pobj" and self.doc[x.end - 1].head.lower_ in LOCATIVE
            and x.alias.key.split(".", 1)[0] != own
        ]
        if places:
            where = min(places, key=lambda x: abs(x.start - a.start))
            code, why = where.alias.key.split(".", 1)[0] if where.alias else None, "where it is"
        else:
            code, why = home_country([x for x in self.atoms if x is not a and x.alias and x.alias.key.split(".", 1)[0] != own]), "the article's country"
        if code and code != own:
            d.key, d.evidence = code, f"ethnic {a.alias.evidence if a.alias else ''} of {code} ({why})"

    def composed(self, s: int, e: int, si: int) -> Draft | None:
        doc = self.doc
        # a weak role word ("division", "side") counts when part of a name or made definite
        allow_weak = (doc[e - 1].is_title and not doc[e - 1].is_sent_start) or (s > 0 and doc[s - 1].lower_ == "the")
        allow_weak = allow_weak or quantified(doc[e - 1])  # "many people say", "thousands of people marched"
        allow_weak = allow_weak or clause_doer(doc[e - 1])  # "a court sentenced", "prosecutors said"
        comp = compose(self.atoms_in(s, e), doc, self.home, allow_weak=allow_weak)
        if comp is None:
            return None
        if comp.head is None:
            return None  # anchors only: each anchor's own draft already says it
        if comp.anchor is None and comp.head is not None and not used_as_noun(self.doc[comp.head.end - 1]):
            return None  # "military equipment": a role word used as a modifier names no actor
        if comp.anchor is None:
            comp = self.organisation_head(comp, si) or comp
        if named_unknown_body(doc, s, comp, self.covered):
            d = self.describe(s, e, comp, si)
            d.key, d.anaphor, d.bridge, d.name = None, None, None, d.text
            d.evidence = f"named body unknown to the dictionaries ({comp.evidence}: owner not guessed)"
            return d
        if comp.anchor is None:
            located = self.located(s, e, allow_weak)
            if located is not None:  # the mention stays the people's own words: "Security forces"
                return self.describe(s, e, located[1], si)
            local = self.local_people(s, e, comp)
            if local is not None:
                return self.describe(s, e, local, si)
        return self.describe(s, e, comp, si)

    def local_people(self, s: int, e: int, comp: Composition) -> Composition | None:
        """Civilians, residents, victims: of the country the sentence places the action in ("in Ukraine").

        So are police, protesters and the opposition whose country was only the
        article's home guess: "Police fired tear gas at crowds in Dhaka" is
        Bangladesh's police in a story that names another state more often.
        """
        head = comp.head
        if head is None or head.role is None or not (self._civilians(head) or self._placed_group(comp)):
            return None
        where = self._sentence_place(s)
        if where is None or where.alias is None:
            return None
        code = where.alias.key.split(".", 1)[0]
        if code == comp.key.split(".", 1)[0]:
            return None
        sector = comp.key.split(".")[-1] if self._placed_group(comp) else "CVL"
        return Composition(f"{code}.{sector}", f"role:{head.role.text}+location:{where.alias.evidence}", head, None)

    @staticmethod
    def _civilians(head: Atom) -> bool:
        """A civilian people noun ("residents", "villagers", "victims")."""
        return head.role is not None and head.role.sector == "CVL" and head.role.cls == "people"

    @staticmethod
    def _placed_group(comp: Composition) -> bool:
        """Police, protesters or the opposition keyed only by the article's home-country guess."""
        return "+home:" in comp.evidence and comp.key.split(".")[-1] in PLACED_SECTORS

    def _sentence_place(self, s: int) -> Atom | None:
        """The country, capital or place a locative phrase of token ``s``'s sentence names, nearest to ``s``."""
        sent = self.doc[s].sent
        places = [
            a for a in self.atoms
            if sent.start <= a.start < sent.end and a.alias and a.alias.kind in ("country", "place", "capital")
            and self.doc[a.end - 1].dep_ == "pobj" and self.doc[a.end - 1].head.lower_ in LOCATIVE
        ]
        return min(places, key=lambda a: abs(a.start - s)) if places else None

    def located(self, s: int, e: int, allow_weak: bool) -> tuple[int, Composition] | None:
        """"protesters in Iran", "farmers' unions in Poland": people are of the country they are in.

        Only for groups of people and police; troops, envoys and embassies abroad
        belong to their own state.
        """
        doc = self.doc
        if e >= len(doc) or doc[e].lower_ not in ("in", "from", "across"):
            return None
        k = e + 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        nxt = self.run_at.get(k)
        if nxt is None or nxt[0] != k:
            return None
        place = [
            a for a in self.atoms_in(k, nxt[1]) if a.alias and a.alias.kind in ("country", "adjective", "capital", "place", "region")
        ]
        if not place or any(a.role for a in self.atoms_in(k, nxt[1])):
            return None
        region = place[0].alias
        if region is not None and region.kind == "region":
            # "Security services across Europe": of the region, never of the article's home country
            own = compose(self.atoms_in(s, e), doc, "XXX", allow_weak=allow_weak)
            if own is None or own.anchor is not None or own.key.split(".")[-1] not in LOCATED_SECTORS:
                return None
            sector = own.key.split(".")[-1]
            return nxt[1], Composition(f"{region.key}.{sector}", f"{own.evidence.replace('+home:XXX', '')}+{region.evidence} (located)",
                                       own.head, place[0])
        comp = compose(self.atoms_in(s, e) + place[:1], doc, self.home, allow_weak=allow_weak)
        if comp is None or comp.anchor is None:
            return None
        role = comp.head.role.text.lower() if comp.head is not None and comp.head.role is not None else ""
        if comp.key.split(".")[-1] not in LOCATED_SECTORS and role not in LOCAL_OFFICIALS and not _seated(role, place[0]):
            return None
        return nxt[1], Composition(comp.key, f"{comp.evidence} (located)", comp.head, comp.anchor)

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
        bridge = self.bridge_word(s, e, comp)
        if bridge is not None:
            d.anaphor, d.bridge = "bridge", bridge
        self.drafts.append(d)
        self.phrase_at[(s, e)] = d
        return d


    def bridge_word(self, s: int, e: int, comp: Composition) -> str | None:
        """"a ministry spokeswoman", "the bloc's foreign policy chief": an unanchored title naming its body.

        The body word modifies the head role and no country or organisation is
        given, so the title belongs to the body of that kind the text last named.
        """
        head = comp.head
        if comp.anchor is not None or head is None or head.role is None or head.role.cls != "person":
            return None
        for a in self.atoms_in(s, head.start):
            if a.role is None or not (a.role.cls == "institution" or a.role.text.lower() in BRIDGE_BODIES):
                continue
            word = a.role.text.lower()
            possessive = a.end < len(self.doc) and self.doc[a.end].lower_ in ("'s", "’s")
            if word in STATE_BODIES and not possessive:
                return None  # "a government spokesman": the article's own government, not the last one named
            return word
        return None


DOER_SECTORS = {"JUD", "LEG", "GOV", "MIL", "COP", "REB", "OPP", "PTY", "MED", "BUS", "NGO", "PMC"}  # "people said": no one
# "officers", "a general": armed people whose side a bare noun does not say (police or army, here or abroad)
ARMED_SECTORS = {"MIL", "COP"}


def clause_doer(tok: Any) -> bool:
    """"*A court* sentenced ...", "*prosecutors* said", "was jailed by *a judge*": a weak role word (data: weak)
    heading a clause's subject or a passive's agent names a party even without a name or "the"."""
    roles = lexicon().roles
    role = roles.get(tok.lower_) or roles.get(tok.lemma_.lower())
    if tok.pos_ != "NOUN" or tok.dep_ in ("compound", "amod") or role is None or role.sector not in DOER_SECTORS \
            or role.sector in ARMED_SECTORS and role.cls == "person":
        return False
    if any(c.dep_ == "poss" for c in tok.children):
        return False  # "its director said": whose the possessive says (coref, statements' owners)
    return tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.dep_ == "agent"


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
    opposed(drafts, b.date)
    drafts = people.link(b, drafts)
    found = state_nouns(doc, drafts) + member_bodies(doc, drafts) + reporting_outlets(doc, drafts, b.home)
    drafts = sorted(drafts + found, key=lambda d: (d.start, -d.end))
    relayed(doc, drafts)
    carried_owners(drafts)
    coref.resolve(doc, drafts)
    commanded(doc, drafts)
    fought_groups(doc, drafts)
    return DocActors([d.freeze() for d in drafts if d.text.strip()])
