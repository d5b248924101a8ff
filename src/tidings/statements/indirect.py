"""What was said, read off the parse: the content span of a reporting verb or phrase.

Content is the exact stretch of text the speaker is reported to have said:
the that-clause ("said *the US is ...*"), the object of a verb of denial or
announcement ("denied *the reports*"), the object-plus-complement of
accusations ("accused *Iran of supplying drones*"), or the rest of the clause
for "according to X" and "..., X said" parentheticals.
"""

from __future__ import annotations

from typing import Any

from .cues import Cue, lexicon, particle_of, verb_cue

_CLAUSES = ("ccomp", "xcomp", "oprd")
_TRIM_LEFT = {"that", ",", ":", "-", "—", "–"}
_TIME_PREPS = {"on", "in", "at", "during", "last", "this", "earlier", "late"}
_RELATIVE = {"who", "that", "which", "whom", "whose"}
_WEAK_OBJECTS = {"it", "this", "that", "them", "him", "her", "so"}
MAX_PARENTHETICAL = 10  # tokens in '..., Russian Deputy Foreign Minister Sergei Ryabkov said Saturday'
Span = tuple[int, int]  # token indices, end exclusive


def _subtree_span(token: Any) -> Span:
    sub = list(token.subtree)
    return sub[0].i, sub[-1].i + 1


def _content_children(verb: Any, cue: Cue) -> list[Any]:
    """The children of ``verb`` that carry what was said."""
    kids = [c for c in verb.children if c.dep_ in _CLAUSES]
    if not kids:
        kids = [c for c in verb.children if _unmarked_clause(c, verb)]
    if not kids:
        kids = _clause_under_adjunct(verb)
    kids += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in cue.preps and c.i > verb.i]
    if any(c.dep_ == "agent" for c in verb.children):
        kids += [c for c in verb.children if c.dep_ == "nsubjpass"]  # "these rumors were rejected by X"
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and not kids:
        # 'described the commitment to provide grain as "a handful"': the frame hangs lower
        kids += [t for t in dobj.subtree if t.dep_ == "prep" and t.lower_ in cue.preps and t.lower_ != "of"]
    if dobj is not None and not kids:
        kids += _complement_under_object(dobj)
    if dobj is not None:
        # "accused Iran of ...", "urged troops to ..."; in "told reporters that ..." the object is the addressee
        framed = any(k.i > dobj.i and k.dep_ not in ("ccomp", "relcl", "acl") for k in kids)
        weak = dobj.lower_ in _WEAK_OBJECTS and any(k.dep_ in ("oprd", "ccomp", "xcomp") for k in kids)
        if (cue.takes_object or framed) and not weak:
            kids.append(dobj)
            kids += _misread_conjuncts(verb, dobj)
    return kids


def _misread_conjuncts(verb: Any, dobj: Any) -> list[Any]:
    """'citing terrorism and *flagrant violation* of the law': an object left with a dangling 'and' has its
    conjunct misread as a second object of the verb; that object is part of what was said."""
    if not any(c.dep_ == "cc" for c in dobj.children) or any(c.dep_ == "conj" for c in dobj.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i > dobj.i][:1]


_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _clause_under_adjunct(verb: Any) -> list[Any]:
    """'told the council *before the vote* that the embargo would ...': a that-clause the parser hung on
    the noun of a prepositional phrase after the verb (as if 'the vote that ...') is the verb's complement;
    a speech noun's clause ('the claim that ...') stays the noun's, except the verb's own medium ('said
    *in a statement* that ...': a statement with no owner of its own, the one the verb's subject made)."""
    out = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() in lexicon().nouns and not _own_medium(prep, noun):
                continue
            out += [c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)]
    return out[:1]


def _own_medium(prep: Any, noun: Any) -> bool:
    """'said *in a statement* that ...', 'told reporters *in an interview* that ...': a speech noun under
    'in' with no owner or article of reference of its own is the verb's medium, not a report of its own."""
    if prep.lower_ != "in":
        return False
    return not any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("by", "from", "of")
                   for c in noun.children)


def _unmarked_clause(clause: Any, verb: Any) -> bool:
    """'Lopez said after the meeting *he would not accept the offer*': a finite clause with a subject of
    its own and no subordinating word, after the verb, that the parser read as an adverbial clause
    (taking 'after' for its conjunction) is the verb's complement with 'that' left out."""
    if clause.dep_ != "advcl" or clause.i < verb.i or any(c.dep_ == "mark" for c in clause.children):
        return False
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE]
    finite = clause.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in clause.children)
    if not (subj and finite and subj[0].i > verb.i):
        return False
    # before its subject only a prepositional phrase ('after the meeting'), never 'when', 'as', 'if'
    lead = [c for c in clause.children if c.i < subj[0].i]
    return all(c.dep_ == "prep" and c.pos_ == "ADP" for c in lead)


def _clause_from_subject(doc: Any, kids: list[Any], start: int, end: int) -> int:
    """Start a that-less clause at its subject when only a prepositional phrase stands before it: the
    parser gives the clause the phrase ('said *after the meeting* he would ...'), which dates the saying."""
    for k in kids:
        if k.dep_ not in ("advcl", "ccomp") or start != _subtree_span(k)[0]:
            continue
        subj = next((c for c in k.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        lead = [c for c in k.children if subj is not None and c.i < subj.i]
        if subj is not None and lead and all(c.dep_ == "prep" and c.pos_ == "ADP" for c in lead):
            return _subtree_span(subj)[0]
    return start


def _complement_under_object(dobj: Any) -> list[Any]:
    """'told a press conference *that Tokyo condemns ...*' parsed as a relative clause on the addressee:
    a clause opened by 'that' as its marker (or as an object it cannot be: the clause has its own) and
    with a subject of its own is the verb's that-clause, whatever noun the parser hung it on."""
    out = []
    for c in dobj.children:
        if c.dep_ != "relcl" or c.i < dobj.i:
            continue
        that = next((m for m in c.children if m.lower_ == "that" and m.i < c.i), None)
        own_subject = any(m.dep_ in ("nsubj", "nsubjpass", "expl") and m.lower_ not in _RELATIVE for m in c.children)
        # 'that' read as the clause's object when the clause has an object of its own: a complementizer
        own_object = any(m.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp") and m is not that for m in c.children)
        if that is not None and own_subject and (that.dep_ == "mark" or that.dep_ == "dobj" and own_object):
            out.append(c)
    return out


def _trim(doc: Any, start: int, end: int, *, skip_time: bool) -> Span:
    """Drop edge punctuation, a leading 'that' and (for objects) a leading time phrase."""
    while start < end and (doc[start].lower_ in _TRIM_LEFT or doc[start].is_space or doc[start].dep_ == "mark"):
        start += 1
    if skip_time:
        start = _skip_time(doc, start, end)
    while end > start and (doc[end - 1].is_punct and doc[end - 1].text not in ")]\"”’'" or doc[end - 1].is_space):
        end -= 1
    return start, end


def trim(doc: Any, start: int, end: int) -> Span:
    """Token span without edge punctuation or a leading 'that'."""
    return _trim(doc, start, end, skip_time=False)


def _skip_time(doc: Any, start: int, end: int) -> int:
    """'denied on Sunday Washington's claims' -> start at 'Washington's'."""
    i = start
    while i < end and doc[i].dep_ in ("advmod", "npadvmod") and doc[i].pos_ == "ADV":
        i += 1
    if i < end and doc[i].lower_ in _TIME_PREPS:
        j = i + 1
        while j < end and doc[j].ent_type_ in ("DATE", "TIME"):
            j += 1
        if j > i + 1:
            i = j
    return i


def _right_material(verb: Any) -> list[Any]:
    """'denied on Sunday Washington's claims ...' parsed with the object under 'on': take what follows."""
    return [c for c in verb.rights if c.dep_ in ("prep", "npadvmod", "attr", "dative") and not c.is_punct]


def verb_content(verb: Any, cue: Cue) -> Span | None:
    """Token span of what ``verb`` reports, or None when the parse shows no content."""
    doc = verb.doc
    prep = _phrasal_prep(verb, cue)
    if prep is not None:
        # 'called on Pyongyang to refrain from ...': the addressee and the request, whatever the parse
        ends = [_subtree_span(prep)[1]] + [_subtree_span(k)[1] for k in verb.children
                                          if k.i > prep.i and (k.dep_ in ("xcomp", "ccomp", "oprd") or _infinitive(k))]
        start, end = _trim(doc, prep.i + 1, max(ends), skip_time=False)
        return (start, end) if end > start else None
    kids = _content_children(verb, cue)
    kids = [k for k in kids if not _second_report(k, kids)]
    if cue.clause_only:
        bare = not cue.that_only or _evidence_subject(verb)
        kids = [k for k in kids if k.dep_ == "ccomp" and (bare or _marked_that(k))]
        if not kids:
            return None  # 'agreed to meet again': an act, not a report of speech
    elif cue.directive and _asks_for_self(verb, kids):
        return None  # 'an official who asked not to be named'
    if not kids and cue.stance == "denies":
        kids = _right_material(verb)
    free = _free_relative_content(verb)
    if free is not None:
        return free
    if not kids:
        return _parenthetical_content(verb)
    spans = [_subtree_span(k) for k in kids]
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    start = _clause_from_subject(doc, kids, start, end)
    if start <= verb.i < end:
        # content on both sides of the cue (a parse error): keep the side holding the clause
        right = [s for s in spans if s[0] > verb.i]
        if not right and _relative_subject_before(doc, kids, verb):
            right = [(verb.i + 1, end)]  # 'donations, *which* he said *were tied to favors*'
        if not right:
            return None
        start, end = min(s for s, _ in right), max(e for _, e in right)
    only_object = all(k.dep_ in ("dobj", "prep") for k in kids)
    start, end = _trim(doc, start, end, skip_time=only_object)
    return (start, end) if end > start else None


def _second_report(clause: Any, kids: list[Any]) -> bool:
    """'IAEA says Iran has expanded enrichment, *Tehran calls* report "political"': a further clause after
    a comma, with a subject and a reporting verb of its own, is another report, not more of this one."""
    if clause.dep_ != "ccomp" or not any(k.dep_ == "ccomp" and k.i < clause.i for k in kids):
        return False
    first = min(t.i for t in clause.subtree if not t.is_punct)
    doc = clause.doc
    return (first > 0 and doc[first - 1].text == "," and verb_cue(clause) is not None
            and any(c.dep_ == "nsubj" for c in clause.children))


def reports_object(verb: Any, cue: Cue) -> bool:
    """What ``verb`` reports is a bare noun phrase, its object or its preposition's ('stressed *the need
    for calm*', 'called for *a ban*'), with no clause, infinitive or quotation after it."""
    prep = _phrasal_prep(verb, cue)
    if prep is not None:
        if any(k.i > prep.i and (k.dep_ in _CLAUSES or _infinitive(k)) for k in verb.children):
            return False
        return any(c.dep_ == "pobj" for c in prep.children)
    kids = _content_children(verb, cue)
    if not kids or any(k.dep_ not in ("dobj", "prep", "nsubjpass") for k in kids):
        return False
    return not any(c.dep_ in ("pcomp", "ccomp") for k in kids if k.dep_ == "prep" for c in k.children)


def _relative_subject_before(doc: Any, kids: list[Any], verb: Any) -> bool:
    """The content clause's only words before the cue are its relative pronoun, and the cue sits in the
    relative clause it opens: the pronoun is the clause's subject ('donations, which he said were tied
    to favors') or the object of a verb in it ('the mine, which he says he is trying to keep open')."""
    if verb.dep_ != "relcl":
        return False
    for k in kids:
        if k.dep_ != "ccomp":
            continue
        before = [t for t in k.subtree if t.i < verb.i]
        if before and all(t.lower_ in _RELATIVE and _relative_role(t, k) for t in before):
            return True
    return False


def _relative_role(pronoun: Any, clause: Any) -> bool:
    """The relative pronoun is the reported clause's subject or the object of a verb inside it."""
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        return pronoun.head.i == clause.i
    return pronoun.dep_ in ("dobj", "pobj") and pronoun.head.pos_ in ("VERB", "AUX", "ADP")


def _evidence_subject(verb: Any) -> bool:
    """The verb's subject is a body of evidence ('the poll shows Clinton leading', 'documents show he lost')."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in lexicon().evidence_sources


def _marked_that(clause: Any) -> bool:
    """The clause opens with 'that' ('shows *that* the race is tight')."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _asks_for_self(verb: Any, kids: list[Any]) -> bool:
    """A request about the speaker's own treatment: 'asked not to be named', 'asked to be identified only by ...'."""
    if any(k.dep_ in ("dobj", "ccomp") for k in kids):
        return False
    xcomp = next((k for k in kids if k.dep_ == "xcomp"), None)
    return xcomp is not None and any(c.dep_ == "auxpass" for c in xcomp.children)


def _infinitive(token: Any) -> bool:
    """'(called on X) *to refrain* from ...' parsed as an adverbial clause: still the request."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" and c.i < token.i for c in token.children)


def _phrasal_prep(verb: Any, cue: Cue) -> Any | None:
    """The preposition of a two-word cue right after the verb ('call on', 'appeal to', 'called Friday for')."""
    if " " not in cue.lemma:
        return None
    nxt = particle_of(verb)
    if nxt is None or nxt.lower_ != cue.lemma.split()[-1] or nxt.lower_ not in cue.preps:
        return None
    return nxt


def _trailing_attribution(verb: Any) -> Span | None:
    """'Rebels overran a base, killing seven soldiers, a military officer told Reuters.': the parser
    hangs the attribution on the last noun (relative clause) or on the main verb (conjunct); it
    still closes the sentence and reports all of it."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _RELATIVE:
        return None
    doc, sent = verb.doc, verb.sent
    own = _subtree_span(verb)
    last = sent.end - 1
    while last > own[0] and doc[last].is_punct:
        last -= 1
    if own[1] - 1 < last or own[0] <= sent.start or doc[own[0] - 1].text != "," or own[1] - own[0] > MAX_PARENTHETICAL:
        return None
    start, end = _trim(doc, sent.start, own[0], skip_time=False)
    return (start, end) if end - start >= 3 else None


_FREE_RELATIVES = ("what",)


def _free_relative_content(verb: Any) -> Span | None:
    """'retaliating for *what it claims* was the groundless removal of its envoy', 'protested against
    *what Kenya says* is an illegal occupation': a cue inside a free relative whose 'what' belongs to
    the clause right after the cue; the parser hangs that clause elsewhere (on the main verb), so the
    content is the clause that opens right after the cue ('was the groundless removal of its envoy')."""
    doc = verb.doc
    near = list(verb.children) + [g for c in verb.children if c.dep_ == "ccomp" for g in c.children]
    wh = next((c for c in near if c.lower_ in _FREE_RELATIVES and c.i < verb.i
               and c.dep_ in ("dobj", "nsubj", "nsubjpass")), None)
    if wh is None or verb.i + 1 >= verb.sent.end:
        return None
    after = doc[verb.i + 1]
    if after.pos_ not in ("AUX", "VERB") or after.head.i == verb.i and wh.head.i == verb.i:
        return None
    clause = after.head if after.dep_ in ("aux", "auxpass") and after.head.i > after.i else after
    tail = [t.i for t in clause.subtree if t.i >= after.i]
    start, end = _trim(doc, after.i, max(tail) + 1, skip_time=False)
    return (start, end) if end - start >= 2 else None


def _parenthetical_content(verb: Any) -> Span | None:
    """'The plan, he said, is flawed' / 'X is Y, sources said': content is the host clause."""
    host = _misread_host(verb)
    if host is not None:
        return _misread_parenthetical(verb, host)
    if verb.dep_ in ("relcl", "conj"):
        return _trailing_attribution(verb)
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") or verb.head.i == verb.i:
        return None
    host = verb.head
    if verb.dep_ == "advcl" and verb.i < host.i or verb_cue(host) is not None:
        return None  # a cue under another cue ('X will respond, Y said') is content, not a parenthetical
    if _own_size(verb) > MAX_PARENTHETICAL:
        return None
    sent = verb.sent
    own = _subtree_span(verb)
    if own[0] > host.i:
        first = host
        while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("VERB", "AUX"):
            first = first.head  # 'Gunfire erupted and a shell exploded nearby, he said': both clauses
        start, end = min(_subtree_span(host)[0], first.i if first is host else _subtree_span(first)[0]), own[0]
    elif own[1] <= host.i:
        start, end = own[1], _subtree_span(host)[1]
    else:
        return None
    start, end = max(start, sent.start), min(end, sent.end)
    start, end = _trim(verb.doc, start, end, skip_time=False)
    return (start, end) if end - start >= 3 else None


def _misread_host(verb: Any) -> Any | None:
    """The host clause's verb when the parser misreads an attribution set off by commas between that
    clause's subject and its verb ('The rules, *Wallace explained earlier in the hearing*, were meant to
    ...'): either as a relative clause of the subject, or as the sentence's root taking the subject as a
    second subject and the host verb as a subjectless conjunct."""
    if verb.dep_ == "relcl":
        noun = verb.head
        host = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > verb.i else None
    elif verb.dep_ == "ROOT":
        host = _subjectless_conjunct(verb) if _fronted_subject(verb) else None
    else:
        return None
    if host is None or not _set_off_by_commas(verb, host):
        return None
    if any(t.lower_ in _RELATIVE or t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in _own_tokens(verb, host)):
        return None
    own_subject = any(c.dep_ == "nsubj" and c.i < verb.i and c.i > _fronted_start(verb) for c in verb.children)
    return host if own_subject else None


def _fronted_subject(verb: Any) -> bool:
    """The root verb has a noun before its own subject, split from it by a comma ('The bridge, Moreno
    explained ...')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dep") and c.i < verb.i]
    return len(subjects) >= 2 and subjects[0].pos_ in ("NOUN", "PROPN") and subjects[-1].dep_ == "nsubj"


def _fronted_start(verb: Any) -> int:
    """Index of the fronted host subject's head (relcl: the noun itself), before the attribution."""
    if verb.dep_ == "relcl":
        return verb.head.i
    return min(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dep") and c.i < verb.i)


def _subjectless_conjunct(verb: Any) -> Any | None:
    """The verb's conjunct after a comma with no subject and no 'and'/'but' of its own: the host predicate."""
    if any(c.dep_ == "cc" for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX"):
            if not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children):
                return c
    return None


def _own_tokens(verb: Any, host: Any) -> list[Any]:
    """The attribution's own words: from its subject to the comma after the verb, before the host verb."""
    doc = verb.doc
    start = next(c.i for c in verb.children if c.dep_ == "nsubj" and c.i > _fronted_start(verb))
    start = min(t.i for t in doc[start].subtree)
    end = next((k for k in range(verb.i + 1, host.i) if doc[k].text == ","), host.i)
    return [doc[k] for k in range(start, end) if not doc[k].is_punct]


def _set_off_by_commas(verb: Any, host: Any) -> bool:
    """The attribution's words are short and sit between two commas."""
    doc = verb.doc
    subj = [c for c in verb.children if c.dep_ == "nsubj" and c.i > _fronted_start(verb)]
    if not subj:
        return False
    words = _own_tokens(verb, host)
    if not words or len(words) > MAX_PARENTHETICAL:
        return False
    first, last = words[0].i, words[-1].i
    return first > 0 and last + 1 < len(doc) and doc[first - 1].text == "," and doc[last + 1].text == ","


def _misread_parenthetical(verb: Any, host: Any) -> Span | None:
    """Content of an attribution between the host clause's subject and its verb: the host clause from
    the words after the attribution ('The rules, Wallace explained, *were meant to protect savers*')."""
    words = _own_tokens(verb, host)
    end = max(t.i for t in host.subtree) + 1
    start, end = _trim(verb.doc, words[-1].i + 1, min(end, verb.sent.end), skip_time=False)
    return (start, end) if end - start >= 3 else None


def _own_size(verb: Any) -> int:
    """Tokens of a parenthetical attribution without the participle clause that may trail it ('...,
    a senior official said*, speaking on condition of anonymity*', '..., he said*, citing a report*')."""
    trailing = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.i > verb.i]
    return sum(1 for _ in verb.subtree) - sum(1 for c in trailing for _ in c.subtree)


def _conjunct_follows(doc: Any, start: int, end: int) -> bool:
    """What follows the phrase is a further clause joined by 'and'/'but' after a comma."""
    k = start
    while k < end and (doc[k].is_punct or doc[k].is_space):
        k += 1
    return k < end and k > start and doc[k].pos_ == "CCONJ" and doc[k].head.i < start


def clause_without(anchor: Any, phrase: Span) -> Span | None:
    """The clause hosting ``anchor`` minus ``phrase`` ('According to X, <content>.')."""
    host = anchor.head
    while host.head.i != host.i and host.pos_ not in ("VERB", "AUX"):
        host = host.head
    if host.pos_ not in ("VERB", "AUX"):
        return None
    start, end = _subtree_span(host)
    doc = anchor.doc
    if phrase[0] <= start:
        start = phrase[1]
    elif phrase[1] >= end or all(doc[k].is_punct or doc[k].is_space for k in range(phrase[1], end)):
        end = phrase[0]  # '..., per Reuters.': the phrase closes the clause
    elif _conjunct_follows(doc, phrase[1], end):
        end = phrase[0]  # '"...," Lee said, according to Reuters, and she praised ...': it closes the report
    start, end = _trim(anchor.doc, start, end, skip_time=False)
    return (start, end) if end - start >= 3 else None
