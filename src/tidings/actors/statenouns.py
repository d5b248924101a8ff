"""State nouns: "the country's army", "the kingdom's envoy": a possessive state noun names a state named before.

A singular state noun (``state_nouns`` in actors_sectors.json) made definite by
"the" or "this" and owning something refers back to a state: the state in the
subject of a clause holding it, else the subject state of the sentences just
before; with none it stays unresolved rather than taking the article's home
country. A modifier can make it some other state ("the neighbouring country's
army", ``state_noun_others``). Only the possessor is taken for a party, and the
subject of a reported clause whose reporter is a state or owned by one ("the
Saudi news agency said the kingdom had decided ..."), which takes that state
only: as another subject, an object or after a preposition the noun is as often
a place, its people or a state other than the last one named ("across the
country", "leave the country", "addressed the nation"), and is left alone.

A described state noun ("the island nation", "the Islamic Republic", "the Gulf
state": a modifier of its own that names no state, ``described_state_nouns``
for nouns that are states only when described) is also taken as the subject
of a main clause ("The island nation has faced sanctions"), where it speaks
or acts for the state named before. When its description says which states
fit (``state_descriptions`` in actors_countries.json: "Islamic" -> Iran,
Pakistan ...; "island" -> island states), it is the fitting state the article
names most, in any role but a place ("sanctions on the Islamic Republic",
not "in the island nation"); with no fitting state named it stays unresolved.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from .drafts import Draft, new_draft, state_code
from .lexicon import lexicon
from .standing import LOCATIVE

WINDOW = 3  # sentences back
DEFINITE = {"the", "this"}
PARTY = {"poss"}  # "the country's army": the owner; elsewhere it may be a place, its people or another state
REPORTED_SUBJECT = {"nsubj", "nsubjpass"}  # the subject of a clause its own state's voice reports


def _in_subject_over(doc: Any, d: Draft, t: Any) -> bool:
    """Is ``d`` inside the subject of a clause that holds ``t`` ("The Saudi news agency said the kingdom ...")?"""
    over = {a.i for a in t.ancestors}
    tok = doc[d.start : d.end].root
    for a in [tok, *tok.ancestors]:
        if a.dep_ in ("nsubj", "nsubjpass") and a.head.i in over:
            return True
    return False


def _antecedent(doc: Any, t: Any, start: int, si: int, states: Sequence[Draft]) -> Draft | None:
    """The state a state noun refers back to: the state in the subject of a clause holding it, else the
    subject state of the sentences before. A state only mentioned in passing (an object, a place, a
    modifier: "gave Qatari citizens two days") is no antecedent: the noun then stays unresolved."""
    before = [d for d in states if d.start < start and si - WINDOW <= d.sent <= si]
    subject = sorted((d for d in before if d.sent == si and _in_subject_over(doc, d, t)), key=lambda d: -d.start)
    earlier = sorted((d for d in before if d.sent < si and d.subject), key=lambda d: (-d.sent, -d.start))
    ranked = subject + earlier
    return ranked[0] if ranked else None


OWN_LINKS = {"poss", "amod", "compound", "nmod"}  # "Iran's ministry", "the Saudi agency": the reporter's own state


def _reporters_own(doc: Any, d: Draft, report: Any) -> bool:
    """Is ``d`` the subject of ``report`` or its owner ("Iran's foreign ministry said"), not a place
    named in it ("reporters in Doha said")?"""
    tok = doc[d.start : d.end].root
    while tok.dep_ in OWN_LINKS and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == report.i


def _reporter_state(doc: Any, t: Any, start: int, si: int, states: Sequence[Draft]) -> Draft | None:
    """The state of the reporter whose reported clause a state noun is the subject of ("Iran's foreign
    ministry said the country would respond"): only the reporter itself or the state that owns it."""
    report = t.head.head
    ranked = sorted((d for d in states if d.start < start and d.sent == si and _reporters_own(doc, d, report)),
                    key=lambda d: -d.start)
    return ranked[0] if ranked else None


DESCRIBING = {"amod", "compound", "nmod"}


def _described(t: Any, taken: set[int]) -> bool:
    """Does the state noun carry a modifier of its own that names no state ("the island nation", "the Gulf
    state", "the Islamic Republic"; not "the US state")?"""
    mods = [c for c in t.lefts if c.dep_ in DESCRIBING]
    return bool(mods) and not any(m.i in taken for m in mods)


def _state_noun(t: Any, taken: set[int]) -> bool:
    """A definite-able state noun: "country", "kingdom", a described "state"; a proper "Republic" only when
    described ("the Islamic Republic")."""
    lex = lexicon()
    lemma = t.lemma_.lower()
    if t.tag_ == "NN":
        return lemma in lex.state_nouns or (lemma in lex.described_state_nouns and _described(t, taken))
    return t.tag_ == "NNP" and lemma in lex.state_nouns and _described(t, taken)


def _main_subject(t: Any) -> bool:
    """The subject of a clause that is no reported clause ("The island nation has faced sanctions")."""
    return t.dep_ in REPORTED_SUBJECT and t.head.dep_ in ("ROOT", "conj")


def _fitting(doc: Any, det: Any, t: Any) -> frozenset[str] | None:
    """The states a described state noun's own words fit ("the small Gulf nation" -> the Gulf states), or None
    when its description says nothing of which state it is."""
    table = lexicon().state_descriptions
    words = f" {' '.join(w.lower_ for w in doc[det.i + 1 : t.i + 1])} "
    hits = [k for k in table if f" {k} " in words]
    return table[max(hits, key=len)] if hits else None


TIME_PREPS = {"after", "before", "since", "following", "until", "during", "upon"}


def _own_clause_subject(doc: Any, d: Draft, t: Any) -> bool:
    """Is ``d`` in the subject of the verb whose clause holds ``t`` ("Saudi Arabia cut ties with the Gulf
    nation"), not of a reporting verb above it ("Qatar said the Gulf nation's envoy had left")?"""
    verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if any(a.dep_ == "prep" and a.lower_ in TIME_PREPS for a in t.ancestors if a.i != verb.i and verb in a.ancestors):
        return False  # "Saudi Arabia cut ties after the kingdom's execution of ...": a time adjunct, the subject's own act
    tok = doc[d.start : d.end].root
    for a in [tok, *tok.ancestors]:
        if a.dep_ in ("nsubj", "nsubjpass") and a.head.i == verb.i:
            return True
        if a.i == verb.i:
            break
    return False


def _fitting_state(doc: Any, t: Any, fitting: frozenset[str], start: int, states: Sequence[Draft]) -> Draft | None:
    """The fitting state the article names most (before the noun if any was named before), latest mention; the
    subject of the noun's own clause is another party ("Saudi Arabia cut ties with the Gulf nation")."""
    named = [d for d in states if state_code(d.key) in fitting and not _own_clause_subject(doc, d, t)
             and not (t.head.dep_ == "ccomp" and _reporters_own(doc, d, t.head.head))]
    pool = [d for d in named if d.start < start] or named
    if not pool:
        return None
    counts = Counter(state_code(d.key) for d in pool)
    top = max(counts.values())
    return [d for d in pool if counts[state_code(d.key)] == top][-1]


def state_nouns(doc: Any, drafts: Sequence[Draft]) -> list[Draft]:
    """Drafts for the definite state nouns of ``doc``, keyed by the state each refers back to."""
    lex = lexicon()
    if not lex.state_nouns:
        return []
    taken = {i for d in drafts if d.key and d.kind != "region" for i in range(d.start, d.end)}
    states = [d for d in drafts if d.kind == "state" and state_code(d.key) and not d.boiler]
    sent_of = {t.i: si for si, s in enumerate(doc.sents) for t in s}
    out: list[Draft] = []
    for t in doc:
        if t.i in taken or not _state_noun(t, taken):
            continue
        det = next((c for c in t.lefts if c.dep_ == "det"), None)
        if det is None or det.lower_ not in DEFINITE:
            continue
        if any(c.lower_ in lex.state_noun_others for c in t.children):
            continue  # "the neighbouring country" is another state
        si = sent_of.get(t.i, 0)
        fitting = _fitting(doc, det, t)
        reported = t.dep_ in REPORTED_SUBJECT and t.head.dep_ == "ccomp"
        if fitting is not None and reported:
            ante = _reporter_state(doc, t, det.i, si, states)  # "Qatar said the small Gulf nation had ..."
            if ante is None or state_code(ante.key) not in fitting:
                reported = False  # "Riyadh would not let the Islamic Republic ...": the state the words fit
        if fitting is not None and not reported:
            if t.dep_ == "pobj" and t.head.lower_ in LOCATIVE:
                continue  # "in the island nation": a place
            ante = _fitting_state(doc, t, fitting, det.i, states)
            if ante is not None and state_code(ante.key):
                d = new_draft(doc, det.i, t.i + 1, f"{state_code(ante.key)}.GOV", "state",
                              f"described state noun -> {ante.text!r} ({ante.key})", si)
                d.strength = 1
                out.append(d)
            continue
        if t.tag_ == "NNP" and not (_main_subject(t) or t.dep_ in PARTY):
            continue  # "would not allow the Islamic Republic to ...": its clause's other states are other parties
        if reported:
            ante = _reporter_state(doc, t, det.i, si, states)  # "the Saudi agency said the kingdom had ..."
        elif t.dep_ in PARTY or (_main_subject(t) and _described(t, taken)):
            ante = _antecedent(doc, t, det.i, si, states)  # "the country's army", "The island nation has ..."
        else:
            continue  # "across the country", "leave the country", "addressed the nation": a place or its people
        code = state_code(ante.key) if ante is not None else None
        if ante is None or code is None:
            continue
        key = f"{code}.GOV"
        d = new_draft(doc, det.i, t.i + 1, key, "state", f"state noun -> {ante.text!r} ({ante.key})", si)
        d.strength = 1
        out.append(d)
    return out
