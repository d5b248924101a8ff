"""Find event triggers in a parsed sentence: the most specific dictionary pattern per token."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable

from . import codebook
from .patterns import Index, Pattern, index, is_class_slot

OBJECT_DEPS = frozenset(("dobj", "nsubjpass", "attr", "oprd", "dative", "xcomp", "acomp"))
SKIP_IN_REGION = frozenset(("relcl", "acl", "ccomp", "advcl", "punct", "appos", "parataxis"))
# a trigger word inside a name or a time expression is not an event ("Rapid Support Forces", "Ministry of
# Defense", "North Atlantic Treaty", "March 27")
NAME_ENTS = frozenset(("ORG", "LAW", "FAC", "WORK_OF_ART", "PRODUCT", "PERSON", "GPE", "NORP", "LANGUAGE", "DATE",
                       "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT"))


def in_name(tok: Any) -> bool:
    """True for a token that is part of a named entity or a date rather than a word of the sentence."""
    return tok.ent_type_ in NAME_ENTS


@dataclass(frozen=True, slots=True)
class Hit:
    """A token that fired a pattern, and the object tokens the pattern used up."""

    token: Any
    pattern: Pattern
    used: tuple[int, ...] = ()


def _words(tok: Any) -> set[str]:
    return {tok.lemma_.lower(), tok.lower_, *hyphen_compounds(tok)}


def misparsed_object(tok: Any) -> bool:
    """A name the small parser hangs on the verb as a bare noun-phrase adverbial when a time phrase comes
    first ("designated *earlier this week* Wagner Group as ..."): it is the verb's object."""
    return tok.dep_ == "npadvmod" and tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")


def object_infinitive(c: Any) -> bool:
    """"allowed the opposition to hold a rally": the small parser reads the object and its to-infinitive as a
    clause ("the opposition" its subject, a ccomp); that clause is the verb's object phrase, as an xcomp is."""
    return c.dep_ == "ccomp" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
        and any(a.dep_ == "nsubj" and a.i < c.i for a in c.children)


def _region(verb: Any) -> list[Any]:
    """Tokens in the verb's object phrases (and prepositional objects), clauses left out."""
    out: list[Any] = []
    # a time phrase is when, not what ("agreed to a ceasefire after weeks of talks": the talks are no object)
    stack = [c for c in verb.children
             if c.dep_ in OBJECT_DEPS or c.dep_ in ("prep", "prt", "agent") and not temporal(c) or misparsed_object(c)
             or object_infinitive(c) or for_clause(c)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in SKIP_IN_REGION and c.dep_ != "conj" or c.dep_ == "conj" and t.dep_ != "xcomp")
    if participle_of(verb):
        out.append(verb.head)  # "the missile, launched at 3 p.m.": the noun a passive participle modifies is its object
    return out


def participle_of(verb: Any) -> bool:
    """A past participle modifying the noun before it ("weapons supplied by Iran", "stones thrown by
    protesters"): that noun is what the act was done to. Not an event noun ("talks held in Geneva"): that
    noun reports its own act."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and verb.head.i < verb.i \
        and not any(c.dep_ == "dobj" for c in verb.children) and match_noun(verb.head, index()) is None


TIME_ENTS = frozenset(("DATE", "TIME"))


def temporal(prep: Any) -> bool:
    """"on Thursday", "at midday", "in March": a time phrase, not the preposition of a phrasal verb
    ("called the claims unfounded on Thursday" is not "call on")."""
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return bool(objs) and all(g.ent_type_ in TIME_ENTS for g in objs)


# adverbs the small parser gives a phrasal verb's particle as ("stepped *down*": advmod, not prt)
PARTICLE_ADVERBS = frozenset("down out up back off away".split())


def particle_adverb(verb: Any, c: Any) -> bool:
    """A particle parsed as an adverb after its verb ("the president stepped down", "troops pulled back")."""
    return c.dep_ == "advmod" and c.lower_ in PARTICLE_ADVERBS and c.i > verb.i and not list(c.children)


def _preps(verb: Any) -> set[str]:
    found: set[str] = set()
    for c in verb.children:
        if c.dep_ == "prep" and temporal(c):
            continue
        if c.dep_ in ("prt", "prep", "agent", "dative") or particle_adverb(verb, c):
            found.add(c.lower_)
        elif c.dep_ == "xcomp":
            found.update(a.lower_ for a in c.children if a.dep_ == "aux")
            found.update(a.lower_ for a in c.children if a.dep_ in ("prt", "prep"))
        elif c.dep_ in ("dobj", "pobj"):
            found.update(a.lower_ for a in c.children if a.dep_ == "prep")
        elif for_clause(c):
            found.add("for")  # "called for Russia to free him": the clause's "for" is the verb's
    return found


def for_clause(c: Any) -> bool:
    """"called for Russia to free the journalist": the small parser reads "for X to do" after a verb as a clause
    marked by "for" (mark) with X its subject; the "for" is the preposition of a phrasal verb ("call for")."""
    return c.dep_ in ("advcl", "ccomp") and c.i > c.head.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) \
        and any(a.dep_ == "mark" and a.lower_ == "for" for a in c.children) \
        and any(a.dep_ == "nsubj" for a in c.children)


# dependencies of a noun that modifies the head of its phrase ("*security* cooperation", "*trade* sanctions")
MODIFIER_DEPS = frozenset(("compound", "amod", "nmod"))


def modifies_act(tok: Any, p: Pattern, index: Index) -> bool:
    """A noun that only qualifies an event noun heading its phrase ("stepped up their *security* cooperation",
    "expanded *trade* sanctions"): the phrase names the head's act, so a verb pattern does not take the
    modifier as its object ("step up security" is a show of force, stepping up cooperation is cooperation),
    unless the pattern names the head too ("held war games") or the head's act is of the pattern's own kind
    (quad class: "launched rocket fire" stays the launch)."""
    head = tok.head
    if not (tok.dep_ in MODIFIER_DEPS and head is not tok and head.i > tok.i and head.pos_ == "NOUN"
            and not in_name(head) and not _words(head) & set(p.nouns)):
        return False
    act = match_noun(head, index)
    return act is not None and codebook.info(act.pattern.code).quad_class != codebook.info(p.code).quad_class


# object pronouns and the number of the noun they stand for
OBJECT_PRONOUNS = {"it": "NN", "them": "NNS"}


def antecedent(pron: Any) -> Any | None:
    """"Russia will respond to new sanctions should the US decide to impose *them*": the nearest earlier noun
    of the sentence an object pronoun can stand for (the same number, not a name), which a verb pattern may
    take as its object noun."""
    tag = OBJECT_PRONOUNS.get(pron.lower_) if pron.dep_ == "dobj" else None
    if tag is None:
        return None
    return next((t for t in reversed(pron.doc[pron.sent.start:pron.i]) if t.tag_ == tag and not in_name(t)
                 and t.dep_ not in MODIFIER_DEPS), None)


def _ergative_subject(verb: Any, index: Index) -> list[Any]:
    """"Eritrean troops withdrew from Tigray", "Israeli forces pulled out of the town": with no object, the
    subject of an ergative verb (``ergative_verbs`` in event_patterns.json) is what its object would be
    ("withdrew its troops"), so it can fill a pattern's object noun."""
    if not any(w in index.ergative_verbs for w in lemmas(verb)) or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _verb_fits(p: Pattern, verb: Any, preps: set[str], region: list[Any], index: Index) -> tuple[int, ...] | None:
    if any(not any(c.dep_ == d or (d == "prep" and c.dep_ == "agent") for c in verb.children) for d in p.deps):
        return None
    if any(w not in preps for w in p.preps):
        return None
    used: list[int] = []
    region = region + _ergative_subject(verb, index)
    for w in p.nouns:
        if is_class_slot(w):
            tok = next((t for t in direct_objects(verb) + _ergative_subject(verb, index)
                        if in_class(t, w[1:], index) and t.i not in used), None)
            if tok is None:
                return None
            if match_noun(tok, index) is None:  # "banned the protests": the protests stay an event of their own
                used.append(tok.i)
            continue
        tok = next((t for t in region if w in _words(t) and t.i not in used
                    and not modifies_act(t, p, index)), None)
        if tok is None:  # "impose them": the noun the pronoun stands for
            tok = next((a for t in region if (a := antecedent(t)) is not None and w in _words(a)
                        and a.i not in used), None)
        if tok is None:
            return None
        used.append(tok.i)
    return tuple(used)


def direct_objects(verb: Any) -> list[Any]:
    """The heads of the verb's direct object (or passive subject) and their conjuncts: what a class slot of a
    pattern ("free @captive") must be filled by. Not a prepositional object ("released a statement on the
    detained journalist" frees no one)."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") or misparsed_object(c)]
    return [t for h in heads for t in (h, *h.conjuncts)]


def in_class(tok: Any, name: str, index: Index) -> bool:
    """``tok`` is a noun of the object class ``name`` (``object_classes`` in event_patterns.json): one of its
    lemmas ("adviser" a captive, "airspace" a passage), or a name of one of its entity types ("freed Evan
    Gershkovich": a PERSON, a captive)."""
    cls = index.object_classes.get(name)
    if cls is None:
        return False
    return bool(_words(tok) & cls.words) or tok.pos_ == "PROPN" and tok.ent_type_ in cls.entities \
        or tok.ent_type_ == "NORP" and "NORP" in cls.entities and tok.pos_ in ("NOUN", "PROPN")


# "an official, who asked not to be named": the source's anonymity formula, not a request to anyone
ANONYMITY = frozenset(("name", "identify", "quote"))
# "the attack left 12 soldiers dead": a toll, not a departure
TOLL_WORDS = frozenset("dead injured wounded homeless stranded missing displaced".split())
# "battling to stamp out dissent", "fighting to save the deal": an effort, not combat
EFFORT_VERBS = frozenset(("battle", "fight", "struggle", "scramble"))


def formula(tok: Any) -> bool:
    """``tok`` is a fixed phrase that looks like an event but is not one.

    "asked not to be named" (an anonymous source), "when asked about" (a reporter's question),
    "left 12 dead" (a casualty toll) and "battling to contain" (an effort).
    """
    lemma, kids = tok.lemma_.lower(), list(tok.children)
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY and any(g.dep_ == "neg" for g in c.children)
           for c in kids):
        return True
    if lemma == "ask" and tok.tag_ == "VBN" and tok.dep_ == "advcl" and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "if") for c in kids):
        return True
    if lemma == "leave" and any(w.lower_ in TOLL_WORDS for c in kids if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")
                                for w in c.subtree):
        return True
    return lemma in EFFORT_VERBS and any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids)


HYPHENS = frozenset(("-", "‑", "‐"))


def hyphen_prefix(tok: Any) -> Any | None:
    """The first part of a hyphenated word the tokenizer split in three ("co-operation", "cease-fire",
    "test-fired" are "co" "-" "operation" ...): the word before an unspaced hyphen right before ``tok``."""
    doc, i = tok.doc, tok.i
    if i < 2 or doc[i - 1].text not in HYPHENS or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    first = doc[i - 2]
    return first if first.is_alpha else None


def hyphen_compounds(tok: Any) -> tuple[str, ...]:
    """The dictionary spellings of the hyphenated word ``tok`` ends ("co-operation" -> "co-operation",
    "cooperation"; "cease-fire" -> "cease-fire", "ceasefire"), tried before its last part alone."""
    first = hyphen_prefix(tok)
    if first is None:
        return ()
    head = tok.lemma_.lower()
    return (f"{first.lower_}-{head}", f"{first.lower_}{head}")


def lemmas(tok: Any) -> tuple[str, ...]:
    """The lemma of a verb, then the base forms its inflection allows: the small lemmatizer gets some
    regular past forms wrong ("staged" -> "stag"), so "-d", "-ed" and "-s" are also undone. A hyphenated
    verb the tokenizer split ("co-operate", "test-fired") is looked up whole first."""
    lemma, low = tok.lemma_.lower(), tok.lower_
    out = [*hyphen_compounds(tok), lemma, low]
    if tok.tag_ in ("VBD", "VBN") and low.endswith("ed"):
        out += [low[:-1], low[:-2]]
    elif tok.tag_ == "VBZ" and low.endswith("s"):
        out.append(low[:-1])
    # the iterative prefix: "reimposed", "reopen", "re-elect" do again what the base verb does (tried last, so
    # a verb of its own such as "resign" or "recall" keeps its entry); before a consonant "re" is seldom it
    base = lemma[3:] if lemma.startswith("re-") else lemma[2:] if lemma.startswith("re") and lemma[2:3] in "aeiou" else ""
    if len(base) > 2:
        out.append(base)
    return tuple(dict.fromkeys(out))


def reacting_means_verbs() -> frozenset[str]:
    """Verbs of reacting whose "with" object names the act they react by (``reacting_means`` in
    event_patterns.json)."""
    return index().reacting_means


def committing_verbs() -> frozenset[str]:
    """Verbs whose direct object names the act they do ("committed genocide"; ``committing_verbs``)."""
    return index().committing_verbs


# "a strike" aimed at a party ("strikes on southern Lebanon") is military force, not a walkout
WALKOUT = "143"
AIMED = frozenset(("on", "against", "at"))


def _aimed(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in AIMED and any(g.dep_ == "pobj" for g in c.children)
               for c in noun.children)


# auxiliaries of a reaction not yet done ("will respond", "would retaliate", "could reply"; "to" of an infinitive)
NOT_YET = frozenset(("will", "shall", "'ll", "wo", "would", "could", "might", "may", "can", "to"))


def _not_yet_done(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in NOT_YET for c in verb.children)


def means_hit(verb: Any, index: Index) -> Hit | None:
    """"Israel responded with strikes on southern Lebanon", "Russia retaliated with missile attacks on Kyiv",
    "the army replied with artillery fire": a verb of reacting whose "with" object is an event noun reacts by
    doing that act. The verb carries the noun's pattern (its subject is the doer; the noun's "on"/"against"
    party, in the verb's object region, the target). Not a reaction still to come ("will respond with force",
    "vowed to retaliate with strikes"): that is a threat (events/threats.py)."""
    if not any(w in index.reacting_means for w in lemmas(verb)) or _not_yet_done(verb):
        return None
    nouns = [n for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
             for n in prep.children if n.dep_ == "pobj"]
    return _carried(verb, nouns, ("with",), index)


def committed_hit(verb: Any, index: Index) -> Hit | None:
    """"accused the RSF of committing genocide", "the militia perpetrated massacres in Darfur": a verb of
    committing whose direct object is an event noun does that act; the verb carries the noun's pattern."""
    if not any(w in index.committing_verbs for w in lemmas(verb)):
        return None
    return _carried(verb, [c for c in verb.children if c.dep_ == "dobj"], (), index)


def _carried(verb: Any, nouns: list[Any], preps: tuple[str, ...], index: Index) -> Hit | None:
    """The first event noun of ``nouns`` as a pattern of ``verb``: its code (a "strike" aimed at a party is
    force, not a walkout), the verb its head, the noun used up."""
    for noun in nouns:
        hit = match_noun(noun, index)
        if hit is None:
            continue
        p = hit.pattern
        code = "190" if p.code.startswith(WALKOUT) and _aimed(noun) else p.code
        carried = replace(p, code=code, kind="verb", head=verb.lemma_.lower(), preps=preps,
                          nouns=(noun.lemma_.lower(),), mods=(), of_obj=None)
        return Hit(verb, carried, (noun.i,) + hit.used)
    return None


def match_verb(tok: Any, index: Index) -> Hit | None:
    if formula(tok):
        return None
    cands = next((index.verbs[w] for w in lemmas(tok) if w in index.verbs), None)
    preps, region = _preps(tok), _region(tok)
    for p in cands or ():  # sorted most specific first
        used = _verb_fits(p, tok, preps, region, index)
        if used is not None and (used or p.preps):
            return Hit(tok, p, used)
        if used is not None:
            return carried_hit(tok, index) or Hit(tok, p, used)
    return carried_hit(tok, index)


def carried_hit(tok: Any, index: Index) -> Hit | None:
    """A verb that carries the act of an event noun: reacting with it, or committing it."""
    return means_hit(tok, index) or committed_hit(tok, index)


def _noun_fits(p: Pattern, tok: Any) -> bool:
    if p.preps and not any(c.dep_ == "prep" and c.lower_ in p.preps for c in tok.children):
        return False
    if p.mods:
        kids = set()
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nmod", "nummod"):
                kids |= _words(c)
                kids |= {w for g in c.children if g.dep_ == "compound" for w in _words(g)}
        if any(m not in kids for m in p.mods) and not _of_phrase_names(p, tok):
            return False
    if p.of_obj:
        objs = {w for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj" for w in _words(g)}
        return p.of_obj in objs
    return True


def _of_phrase_names(p: Pattern, tok: Any) -> bool:
    """"a violation of the ceasefire" is "a ceasefire violation", "the deployment of troops" "a troop deployment": a
    noun pattern's one required noun modifier may come as the head noun's "of" object instead."""
    if len(p.mods) != 1 or p.of_obj:
        return False
    return any(p.mods[0] in _words(g) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN")


def match_noun(tok: Any, index: Index) -> Hit | None:
    """The most specific noun pattern of ``tok``; an "X of Y" pattern uses up its "of" object ("a note of
    protest" is one complaint, not a complaint and a demonstration)."""
    whole = next((index.nouns[w] for w in hyphen_compounds(tok) if w in index.nouns), None)
    cands = whole or index.nouns.get(tok.lemma_.lower()) or index.nouns.get(tok.lower_)
    for p in cands or ():
        if _noun_fits(p, tok):
            used = tuple(g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and p.of_obj in _words(g)) if p.of_obj else ()
            prefix = hyphen_prefix(tok) if whole else None
            return Hit(tok, p, used + ((prefix.i,) if prefix is not None else ()))
    return None


# roots of adjectives that judge the noun they modify as well as what they are said of ("the baseless accusations
# made by X", "X's reckless provocations"); other adjectives are triggers only as predicates
ATTRIBUTIVE_ROOTS = ("11",)


def match_adj(tok: Any, index: Index) -> Hit | None:
    attributive = tok.dep_ == "amod" and tok.head.pos_ == "NOUN"
    if tok.dep_ not in ("acomp", "ROOT", "conj", "ccomp") and not attributive:
        return None
    cands = index.adjs.get(tok.lemma_.lower()) or index.adjs.get(tok.lower_)
    if not cands or attributive and not cands[0].code.startswith(ATTRIBUTIVE_ROOTS):
        return None
    return Hit(tok, cands[0])


def stative_participle(tok: Any, index: Index) -> Hit | None:
    """"Israel is opposed to the plan": a passive participle with no agent that the dictionary also lists as an
    adjective is that state of its subject (the subject opposes), not an act done to the subject."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in tok.children) or any(
            c.dep_ == "agent" for c in tok.children):
        return None
    cands = index.adjs.get(tok.lower_)
    return Hit(tok, cands[0]) if cands else None


def hyphen_modifier(tok: Any) -> bool:
    """"war-torn", "conflict-hit", "sanctions-hit": a noun inside a hyphenated adjective describes a place or a
    thing, it does not report an event."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in ("-", "‑", "‐"):
        return False
    nxt = doc[tok.i + 2]
    return tok.head.i == nxt.i and nxt.tag_ in ("VBN", "VBD", "JJ", "VBG") and nxt.dep_ in ("amod", "compound", "acomp")


def find_hits(tokens: Iterable[Any], index: Index) -> list[Hit]:
    """Every trigger in the tokens: verbs first, then nouns not already used as a verb's object."""
    toks = list(tokens)
    hits: list[Hit] = []
    used: set[int] = set()
    for t in toks:
        if in_name(t):
            continue
        if t.pos_ == "VERB" or (t.pos_ == "AUX" and t.dep_ != "aux" and t.lemma_ != "be"):
            h = stative_participle(t, index) or match_verb(t, index)
            if h is not None:
                hits.append(h)
                used.update(h.used)
    for t in toks:
        if t.i in used or in_name(t):
            continue
        h = None
        if t.pos_ in ("NOUN", "PROPN") and not hyphen_modifier(t):
            h = match_noun(t, index)
        elif t.pos_ == "ADJ":
            h = match_adj(t, index)
        if h is not None:
            hits.append(h)
            used.update(h.used)
    return sorted(hits, key=lambda h: h.token.i)
