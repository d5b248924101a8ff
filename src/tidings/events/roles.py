"""Who did it and to whom: source and target actors from the dependency parse.

Sources come from the subject (or the passive agent), inherited through
coordination, control (xcomp) and participle clauses; targets from the
recipient, the prepositional objects that name a party, or the direct object.
Coordinated actors each give their own entry. The parties of event nouns are read in
``noun_roles``, places named as where in ``places``, the fallback other party in ``counterparts``,
the actors a token names in ``np_actors``, and actor keys are split in ``keys``.
"""

from __future__ import annotations

from typing import Any, Iterator

from .fronted import fronted_subject
from .match import for_clause, misparsed_object
from .patterns import index
from .places import LOCATIVE_PREPS, SIDELINE_NOUNS

SUBJ = ("nsubj", "csubj", "expl")
# clauses whose content does not belong to the noun phrase that heads them
CLAUSAL = frozenset(("relcl", "acl", "ccomp", "advcl", "xcomp", "punct", "cc", "conj", "appos", "parataxis"))
RELATIVE = frozenset(("who", "which", "that", "whom"))
# verbs whose infinitive complement is controlled by their object ("urged X to withdraw")
OBJECT_CONTROL = frozenset(("urge", "ask", "call", "press", "force", "order", "tell", "allow", "persuade",
                            "encourage", "invite", "push", "compel", "request", "help", "enable", "pay", "hire",
                            "recruit", "bribe", "train", "instruct", "incite", "mobilize", "mobilise", "appeal",
                            "plead"))
# the prepositions that name the party a control verb addresses ("called on X to", "appealed to X to",
# "pleaded with X to", "called for X to step down"): their object does the act of the to-infinitive
ADDRESSEE_PREPS = frozenset(("on", "upon", "to", "with", "for"))
# verbs that keep their object from an act, or warn it off one ("stopped X from supplying", "warned X against
# sending"): the object is the doer of the gerund after "from" / "against"
PREVENTING = frozenset(("stop", "prevent", "deter", "block", "bar", "keep", "discourage", "dissuade", "ban",
                        "prohibit", "forbid", "restrain", "warn", "caution"))


def addressed(head: Any, verb: Any) -> Any | None:
    """The party a control verb addresses through a preposition, who is to do the act of its to-infinitive:
    "called on Serbia to sign", "appealed to Russia to free", "called for Maduro to step down". None when
    the verb has a direct object (handled as plain object control) or the infinitive has no "to"."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ADDRESSEE_PREPS and prep.i < verb.i:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.i < verb.i:
                return obj
    return None


def conjuncts(tok: Any) -> list[Any]:
    """The token and the tokens coordinated with it ("Jordan and Britain"), including a list the parser
    hangs on the first member as an apposition ("Chile, Peru, Bolivia and Ecuador": Peru ``appos``, the rest
    its conjuncts, or a name as a modifier: "Chad, Niger, Mali, and Togo", Niger ``npadvmod``); an apposition
    that has a coordinator of its own is a list, not a second name."""
    out = [tok]
    for c in tok.conjuncts:
        if c.i > tok.i or c not in out:
            out.append(c)
    for c in tok.children:
        if c.i > tok.i and (c.dep_ == "appos" or c.dep_ == "npadvmod" and c.pos_ == "PROPN" and tok.pos_ == "PROPN") \
                and any(g.dep_ == "cc" for x in (c, *c.conjuncts) for g in x.children):
            out.extend(x for x in (c, *c.conjuncts) if x not in out)
    out.extend(m for m in inner_appositions(out) if m not in out)
    last = stray_last_member(out)
    if last is not None:
        out.append(last)
    fellow = comma_fellow(tok)
    if fellow is not None and fellow not in out:
        out.append(fellow)
    return out


def comma_fellow(subj: Any) -> Any | None:
    """"Israel, Hamas agree to truce", "US, China hold talks": a headline writes a pair of subjects with a comma
    for "and"; the parser hangs the first on the verb as a modifier. Returns that first party, or None."""
    if subj.dep_ != "nsubj":
        return None
    doc, i = subj.doc, subj.left_edge.i
    if i < 2 or doc[i - 1].lower_ != ",":
        return None
    first = doc[i - 2]
    while first.dep_ == "compound" and first.head.i < i - 1:
        first = first.head
    if first.pos_ != "PROPN" or first.dep_ not in ("npadvmod", "dep") or first.head.i != subj.head.i:
        return None
    return first if first.left_edge.i == first.sent.start else None


def inner_appositions(members: list[Any]) -> list[Any]:
    """"aid to Chad, Niger, Mali, and the Czech Republic": a name the parser hangs after a comma as an
    apposition or a modifier of a middle member, when a later member introduced
    by "and"/"or" follows it, is one more member (with its own conjuncts), not a second name of the one
    before; a name and its title ("Ruto, the Kenyan president, and ...") stay one party: the title is no name."""
    found: list[Any] = []
    grown = list(members)
    while True:
        last = max(t.i for t in grown)
        more = [x for m in grown[1:] if m.pos_ == "PROPN" for c in m.children if is_inner_member(c, m, last)
                for x in (c, *c.conjuncts) if x not in grown]
        if not more:
            break
        grown.extend(more)
        found.extend(more)
    closed = any(g.dep_ == "cc" for m in grown for g in m.children) or any(
        m.dep_ == "conj" and m.doc[m.left_edge.i - 1].lower_ in ("and", "or") for m in grown)
    return found if closed and len(grown) >= 3 else []


def is_inner_member(c: Any, member: Any, last: int) -> bool:
    """Whether ``c``, a child of a list member after the first (a city's country, "Kharkiv, Ukraine, and ...",
    hangs on the first), is a bare name set off by a comma before the list's last member (see
    ``inner_appositions``)."""
    return (c.dep_ in ("appos", "npadvmod") and c.pos_ == "PROPN" and member.i < c.i < last
            and c.doc[c.left_edge.i - 1].lower_ == "," and not any(g.dep_ == "det" for g in c.children))


def stray_last_member(members: list[Any]) -> Any | None:
    """"shipments to Kenya, Uganda, Mali, and Chad are due": the member after a list's final ", and" that the
    parser hung elsewhere, as a conjunct of a verb or as a second subject of a verb that has one already.
    Returns that member's head, or None when the list ends where the parse says."""
    if len(members) < 2:
        return None
    last = max(members, key=lambda t: t.i)
    doc = last.doc
    nxt = max(t.i for t in last.subtree if t.dep_ != "punct" or t.i == last.i) + 1
    if nxt + 2 >= len(doc) or doc[nxt].lower_ != "," or doc[nxt + 1].lower_ not in ("and", "or"):
        return None
    start = nxt + 2
    if doc[start].lower_ == "the":
        start += 1
    head = doc[start]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.pos_ != "PROPN" or head in members:
        return None
    gov = head.head
    if head.dep_ == "conj" and gov.pos_ in ("VERB", "AUX"):
        return head
    if head.dep_ in ("nsubj", "nsubjpass") and any(
            c.i != head.i and c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i for c in gov.children):
        return head
    return None


def np_bounds(tok: Any) -> tuple[int, int]:
    """Character span of the core noun phrase of ``tok`` (clauses and coordination left out)."""
    lo, hi = tok.idx, tok.idx + len(tok)

    def walk(t: Any) -> Iterator[Any]:
        for c in t.children:
            # "a ceasefire in Havana": the place where is not part of who; "the board against Iran": nor
            # the party it acts against; "talks on the sidelines of the summit": nor the gathering
            if c.dep_ not in CLAUSAL and not (c.dep_ == "prep" and (c.lower_ in LOCATIVE_PREPS | {"against"} or any(
                    g.lower_ in SIDELINE_NOUNS for g in c.children if g.dep_ == "pobj"))):
                yield c
                yield from walk(c)

    for c in walk(tok):
        lo, hi = min(lo, c.idx), max(hi, c.idx + len(c))
    return lo, hi


def is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


# acts a reporting subject typically goes on to perform in the same sentence
# ("X said the drills were illegal and called on Y to ...", "... would be counterproductive and urged Y ...")
REPORTER_ACTS = frozenset(
    "call urge warn accuse demand appeal ask invite welcome praise condemn criticise criticize blame reject deny "
    "promise pledge vow threaten offer insist press reiterate add renew repeat announce".split()
)
REPORT_VERBS = frozenset("say state tell add announce write declare".split())
# verbs of alleging that head a reported clause as participles ("..., alleging that ... and accusing ...")
PARTICIPLE_REPORTS = frozenset(("allege", "claim", "say", "insist"))


def relative_conj(verb: Any) -> Any | None:
    """"vetoed a resolution that deplored X and called for Y": the parse hangs "called" on "vetoed", but a
    subjectless speech act after a relative clause on a text a party issues is that text's second act."""
    head = verb.head
    if verb.lemma_.lower() not in REPORTER_ACTS or head.i > verb.i:
        return None
    for obj in head.children:
        if obj.dep_ not in ("dobj", "nsubjpass") or obj.lemma_.lower() not in index().authored_nouns:
            continue
        rel = next((c for c in obj.children if c.dep_ == "relcl" and c.i < verb.i), None)
        if rel is not None and obj.i < verb.i and rel.right_edge.i < verb.i:
            return rel
    return None


def reporter_conj(verb: Any) -> Any | None:
    """The reporting verb whose subject performs ``verb``, when the parse hangs it on the reported clause.

    The small parser reads "X said A was B and called on Y" with "called" coordinated to "was"
    inside the reported clause; a subjectless, auxiliary-free past-tense speech act there is the
    reporter's own second act.
    """
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBG") or verb.lemma_.lower() not in REPORTER_ACTS:
        return None
    if any(c.dep_ in SUBJ or c.dep_ in ("nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.i > verb.i:
        return None
    rep = clause.head
    if rep.pos_ != "VERB" or rep.lemma_.lower() not in REPORT_VERBS | PARTICIPLE_REPORTS:
        return None
    # "..., alleging the government had broken the truce and accusing it of ...": a participle joins a
    # participle of reporting, a past-tense act a past-tense report
    return rep if (verb.tag_ == "VBG") == (rep.tag_ == "VBG") else None


# passive forms whose subject is the doer ("was involved in spying", "is engaged in smuggling")
DOER_PASSIVES = frozenset(("involve", "engage"))


def misplaced_agent(verb: Any) -> Any | None:
    """The "by" phrase of a two-object passive that the parse hangs on the object ("was designated a
    terrorist entity by the US", "were denied access to the sites by Iran")."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        for p in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "by"):
            return next((g for g in p.children if g.dep_ == "pobj"), None)
    return None


# verbs whose "of"/"for" complement is the alleged act ("accused X of shelling", "blamed X for the attack")
ACCUSE_CUES = frozenset("accuse charge blame suspect condemn criticize criticise".split())


def accused_object(prep: Any) -> Any | None:
    """"accused the government of a crackdown" where the small parser hangs the "of"/"for" phrase on the
    accusation verb's object rather than on the verb: that object, else None."""
    obj = first_prep(prep).head if prep.dep_ in ("prep", "conj") and prep.lower_ in ("of", "for") else None
    if obj is None or obj.dep_ != "dobj" or obj.head.pos_ != "VERB" or obj.head.lemma_.lower() not in ACCUSE_CUES:
        return None
    return obj


def first_prep(prep: Any) -> Any:
    """"of supporting the rebels and of shelling the town": the first of coordinated prepositions, which
    hangs on the verb (the later ones hang on it)."""
    while prep.dep_ == "conj" and prep.head.dep_ in ("prep", "conj") and prep.head.lower_ == prep.lower_:
        prep = prep.head
    return prep


def reciprocal_object(obj: Any) -> bool:
    """"each other", "one another" as an object."""
    return (obj.lower_ == "other" and any(d.lower_ == "each" for d in obj.children)
            or obj.lower_ == "another" and any(d.lower_ == "one" for d in obj.children))


# copular verbs whose complement an infinitive spells out ("was the first to fire", "became the latest to expel")
COPULAS = frozenset(("be", "become", "remain"))

# adjectives whose infinitive is done by the copula's subject ("was due to travel", "is likely to sign"); a
# future act so reported is intended (the first group) or may happen (the second), see events/factuality.
# Readiness ("ready / willing to help") is a trigger of its own (030) aimed at the infinitive's party.
INTENT_ADJS = frozenset("due set slate poise".split())
LIKELY_ADJS = frozenset(("likely", "unlikely"))
RAISING_ADJS = INTENT_ADJS | LIKELY_ADJS


# prepositions whose phrase names what caused a toll or an outcome ("deaths from shelling", "killed in shelling")
CAUSE_PREPS = frozenset(("from", "in", "after", "during", "amid"))
PLACE_PREPS = frozenset(("in", "during", "amid"))


def split_cause(verb: Any) -> tuple[Any | None] | None:
    """"reported four deaths from Russian shelling", "two were killed in RSF shelling", "injuries from artillery
    shelling by the RSF": the parser ends the phrase of cause before the gerund and hangs the gerund on the
    main verb, as if the one who reports, or the victims, did the shelling. A gerund with no subject or object
    of its own right after such a phrase is that phrase's act: its doer is the name the phrase holds
    ("Russian"), else its own "by" agent, else nobody named. Returns a one-tuple of that doer (None inside when
    unnamed), or None when the gerund is no such split phrase."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or any(
            c.dep_ in SUBJ or c.dep_ in ("dobj", "xcomp", "ccomp", "advcl") for c in verb.children):
        return None  # "protests in Peru calling for X to resign": a participle with its own complement is a clause
    before = verb.doc[verb.i - 1]
    pobj = before if before.dep_ == "pobj" else before.head if before.dep_ in ("compound", "amod") else None
    if pobj is None or pobj.dep_ != "pobj" or pobj.head.lower_ not in CAUSE_PREPS or (
            pobj.head.head.pos_ not in ("NOUN", "VERB")):
        return None
    if pobj.head.lower_ in PLACE_PREPS and pobj.ent_type_ in ("GPE", "LOC", "FAC") and not any(
            c.dep_ in ("compound", "amod") for c in pobj.children):
        return None  # "killed in Peru": a bare place name after "in" is where, not a split act's doer
    named = next((t for t in pobj.subtree if t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG")), None)
    if named is not None:
        return (named,)
    by = next((g for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"), None)
    return (by,)


def agent_token(verb: Any) -> Any | None:
    """The object of a verb's "by" agent phrase ("was claimed *by al-Shabaab*"), if it has one."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def misread_control(verb: Any) -> Any | None:
    """"The crisis drove Germany to impose sanctions": the small parser may read the to-infinitive of a causing
    verb (``causing_verbs`` in event_patterns) as a purpose clause; its object still does the act. Returns it,
    or None."""
    head = verb.head
    if head.lemma_.lower() not in index().causing_verbs:
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def subject_token(verb: Any, depth: int = 0) -> Any | None:
    """The token naming the doer of ``verb``, following coordination, control and participles."""
    if depth > 4:
        return None
    if is_passive(verb):
        if any(c.dep_ == "agent" for c in verb.children):
            return agent_token(verb)
        if verb.lemma_.lower() in DOER_PASSIVES:  # "had been involved in espionage": the subject did it
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        return misplaced_agent(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    for c in subjects:
        if c.lower_ in RELATIVE and verb.dep_ == "relcl":
            # "information that Azerbaijan supplied ...": a content clause misread as relative has its own subject
            own = next((o for o in subjects if o.lower_ not in RELATIVE), None)
            return own if own is not None else verb.head
        if c.lower_ in RELATIVE and reported_in_relative(verb):
            return verb.head.head  # "the police, which many say has used force": the relative's noun did it
        return c
    head = verb.head  # a root verb is its own head: none of the links below applies to it
    if verb.dep_ == "conj":
        return subject_token(relative_conj(verb) or reporter_conj(verb) or head, depth + 1)
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_ in OBJECT_CONTROL:
        addressee = addressed(head, verb)
        if addressee is not None:
            return addressee
    if verb.dep_ == "xcomp":
        if head.lemma_ in OBJECT_CONTROL or head.lemma_.lower() in index().causing_verbs:
            obj = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None:
                return obj
        if head.dep_ == "acomp" and head.lemma_.lower() in RAISING_ADJS and head.head is not head:
            return subject_token(head.head, depth + 1)
        raised = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if raised is not None and not any(c.dep_ == "agent" for c in head.children):
            return raised  # "is expected to visit", "was urged to release": the passive's subject does it
        return subject_token(head, depth + 1)
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        # "The US and Britain, which pay for the mission, called on ...": a finite verb misread as a
        # participle of the clause's last noun; the verbless sentence's root noun is its subject
        root = verb.sent.root
        if root.pos_ in ("NOUN", "PROPN") and root.i < head.i and any(
                t.dep_ == "punct" and t.lower_ == "," and t.i == verb.i - 1 for t in head.subtree):
            return root
    if reduced_passive(verb):
        # "activists charged with subversion", "aid delivered by Japan": a passive participle's noun is
        # the one acted on; the doer is only ever the "by" phrase
        return agent_token(verb)
    if verb.dep_ in ("acl", "relcl") and head.dep_ in ("attr", "oprd") and head.head.lemma_ in COPULAS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return subject_token(head.head, depth + 1)  # "X were the first to open fire": the copula's subject
    if counted_tally(verb):
        return subject_token(head.head.head, depth + 1)  # "voted 12-3 with two abstentions to oust X"
    planner = planner_token(verb, depth)
    if planner is not None:
        return planner
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head
    if verb.dep_ == "pcomp" and head.dep_ in ("prep", "conj") and head.lower_ in ("of", "for"):
        # "accused Iran of supplying drones", "blamed Kyiv for shelling": the object is the doer
        misplaced = accused_object(head)
        if misplaced is not None:
            return misplaced
        accuser = first_prep(head).head
        obj = next((c for c in accuser.children if c.dep_ == "dobj"), None)
        if obj is None and is_passive(accuser):  # "Rwanda was accused (by Kinshasa) of backing ..."
            obj = next((c for c in accuser.children if c.dep_ == "nsubjpass"), None)
        if obj is not None and reciprocal_object(obj):
            return subject_token(accuser, depth + 1)  # "accused each other of shelling": each subject
        if obj is not None:
            return obj
    if verb.dep_ == "pcomp" and head.lower_ in ("from", "against") and head.head.lemma_.lower() in PREVENTING:
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj  # "deterred Germany from sending tanks": Germany would send them
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        controller = misread_control(verb)
        if controller is not None:
            return controller
        return subject_token(head, depth + 1)  # purpose clause: "marched to protest", "flew in to attend"
    if verb.dep_ in ("advcl", "pcomp") and verb.tag_ in ("VBG", "VBN"):
        cause = split_cause(verb)
        if cause is not None:
            return cause[0]
        return subject_token(head if verb.dep_ == "advcl" else head.head, depth + 1)
    return fronted_subject(verb)  # "With the signing of X, A and B have agreed": a subject misread as a conjunct


def reported_in_relative(verb: Any) -> bool:
    """"the police force, which many people say has used excessive force": the small parser makes the
    relative pronoun the subject of the clause a relative saying verb reports; it stands for the noun the
    relative clause hangs on."""
    say = verb.head
    return (verb.dep_ == "ccomp" and say.dep_ == "relcl" and say.head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ in SUBJ and c.lower_ in RELATIVE for c in say.children))


def counted_tally(verb: Any) -> bool:
    """"Lawmakers voted 101-6 with 10 abstentions to oust him": the small parser hangs the clause's purpose
    infinitive on the counted noun of a "with" phrase before it; a tally proposes nothing, the infinitive is
    the clause verb's."""
    noun = verb.head
    prep = noun.head
    return (verb.dep_ == "acl" and to_infinitive(verb) and noun.dep_ == "pobj" and prep.lower_ == "with"
            and prep.head.pos_ == "VERB" and any(c.dep_ == "nummod" for c in noun.children))


def to_infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def planned(verb: Any) -> bool:
    """``verb`` is the to-infinitive of a noun of plan or attempt ("plans to hold drills", "a bid to join")."""
    idx = index()
    head = verb.head
    return (verb.dep_ == "acl" and head.pos_ == "NOUN" and to_infinitive(verb)
            and head.lemma_.lower() in idx.intent_nouns | idx.attempt_nouns)


def planner_token(verb: Any, depth: int = 0) -> Any | None:
    """Who plans or attempts the act a noun's to-infinitive names: "China announced plans to hold drills",
    "Turkey made a bid to join the bloc". A noun that names its holder ("Russia's plan", "the Iranian
    proposal") is its own doer phrase; a bare one is held by the subject of the verb that announces or makes
    it, not by one that rejects or welcomes another's plan."""
    idx = index()
    if not planned(verb):
        return None
    noun = verb.head
    if any(c.dep_ == "poss" or c.dep_ in ("compound", "nmod", "amod") and (c.pos_ == "PROPN" or c.ent_type_)
           or c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return noun  # the noun's own phrase names its holder
    gov = noun.head
    if noun.dep_ == "dobj" and gov.pos_ == "VERB" and gov.lemma_.lower() in idx.holder_verbs:
        return subject_token(gov, depth + 1)
    return None


# verbs whose bare participle after a noun is all but always passive ("activists charged with ...",
# "three soldiers killed in ...") even where the parse has no other verb
PATIENT_VERBS = frozenset("charge arrest detain jail imprison sentence convict indict kill wound injure abduct "
                          "kidnap expel deport execute".split())
PATIENT_PREPS = frozenset(("with", "over", "for", "in", "after", "during"))


def reduced_passive(verb: Any) -> bool:
    """A past participle after a noun that reports what was done to it ("the envoy expelled last week").

    The small parser also reads many finite verbs as such participles ("a rights group protested here
    Wednesday", "doctors donated ..."): only a participle with a "by" agent, or a verb that is all but
    always passive followed by a passive's kind of phrase ("charged with", "killed in"), is read so.
    """
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True
    return verb.lemma_.lower() in PATIENT_VERBS and any(
        c.dep_ == "prep" and c.lower_ in PATIENT_PREPS for c in verb.children)


TARGET_PREPS = ("to", "against", "on", "with", "toward", "towards", "into", "at", "over", "for", "between", "from",
                "upon", "in", "of")
SPEAKER_PRONOUNS = frozenset(("we", "i", "us", "our", "my", "me", "it", "he", "she", "they", "its", "their"))


def prep_objects(tok: Any, preps: tuple[str, ...]) -> list[Any]:
    """Objects of ``tok``'s prepositions, in the order ``preps`` ranks them."""
    found = [(preps.index(c.lower_), g) for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
             for g in c.children if g.dep_ == "pobj"]
    return [g for _, g in sorted(found, key=lambda x: x[0])]


def target_tokens(trigger: Any, pattern_preps: tuple[str, ...], *, noun: bool) -> list[Any]:
    """Candidate target tokens in priority order."""
    out: list[Any] = []
    if pattern_preps:
        out += prep_objects(trigger, pattern_preps)
        for o in trigger.children:
            if o.dep_ in ("dobj", "pobj", "xcomp"):
                out += prep_objects(o, pattern_preps)
    if noun:
        return out + prep_objects(trigger, TARGET_PREPS)
    out += [c for c in trigger.children if c.dep_ == "nsubjpass"]
    out += [c for c in trigger.children if c.dep_ == "dative" and c.pos_ != "ADP"]
    out += prep_objects(trigger, ("to",))
    # "called for Russia to free him": the subject of a "for ... to" clause is the party asked
    out += [a for c in trigger.children if for_clause(c) for a in c.children if a.dep_ == "nsubj"]
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "oprd") or misparsed_object(c)] + counted_object(trigger)
    out += objs
    out += prep_objects(trigger, TARGET_PREPS[1:-2])
    for o in objs:
        out += prep_objects(o, TARGET_PREPS[:-1])
    for c in trigger.children:
        if c.dep_ == "xcomp":
            out += [g for g in c.children if g.dep_ == "dobj"] + prep_objects(c, TARGET_PREPS[:-2])
            # "threatened to launch an offensive against Iraq": the party the infinitive's act is aimed at
            out += [g for o in c.children if o.dep_ == "dobj" for g in prep_objects(o, EMBEDDED_TARGET_PREPS)]
    out += prep_objects(trigger, ("in",))
    own_subject = [c.i for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    for c in trigger.children:
        # "Brazil added $5m, Spain offered $3m": a clause before the trigger's own subject is listed, not embedded
        if c.dep_ == "ccomp" and not (c.i < trigger.i and any(c.i < i < trigger.i for i in own_subject)):
            s = subject_token(c)
            if s is not None:
                out.append(s)
    for c in trigger.children:
        if c.dep_ == "ccomp":  # "warned it would take countermeasures against Seoul and Washington"
            out += prep_objects(c, EMBEDDED_TARGET_PREPS)
            for o in c.children:
                if o.dep_ == "dobj":
                    out += prep_objects(o, EMBEDDED_TARGET_PREPS)
    return out


def counted_object(verb: Any) -> list[Any]:
    """"kidnapped up to 16 advisers": the parse reads "up" as the verb's particle and the counted object as
    the object of its "to"; a numbered noun there is the verb's object."""
    return [g for c in verb.children if c.dep_ == "prt" and c.lower_ == "up"
            for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
            for g in p.children if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)]


# prepositions that name the party an embedded act is aimed at ("retaliate against", "sanctions on")
EMBEDDED_TARGET_PREPS = ("against", "on", "toward", "towards", "at", "to", "with")
