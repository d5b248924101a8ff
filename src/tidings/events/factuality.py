"""Factuality: is an event asserted, claimed, denied, intended, hypothetical or negated?

Two layers. The local layer reads the trigger itself (negation, modals, an
``if`` clause). The context layer walks up the parse to the nearest reporting
cue: a saying verb (claimed), a denial verb (denied), an intent verb with an
infinitive (intended), a threat (hypothetical), or a claim noun ("Washington's
claims that ..."), and remembers who holds the content (the speaker).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..statements.cues import counts_amount
from .patterns import index
from .roles import ACCUSE_CUES, INTENT_ADJS, LIKELY_ADJS, accused_object, planned, reporter_conj, subject_token

CLAIM_CUES = frozenset(
    "say claim allege accuse tell add state insist assert argue report note know believe suggest contend maintain "
    "charge announce confirm reveal disclose declare stress emphasize emphasise reiterate write tweet warn explain "
    "think fear suspect understand acknowledge admit indicate recall conclude estimate predict blame complain "
    "testify quote cite signal hint mention".split()
)
DENY_CUES = frozenset("deny reject dismiss refute rebut dispute".split())
INTENT_CUES = frozenset(
    "plan intend pledge promise vow aim seek want prepare expect hope offer agree commit propose "
    "resolve undertake schedule swear".split()
)
THREAT_CUES = frozenset(("threaten",))
# verbs that announce a future act of their own subject; a hostile act so announced is a threat
ANNOUNCE_INTENT = frozenset("plan intend prepare vow swear pledge promise prepared ready".split())
# verbs that refuse their infinitive ("declined to resign", "refused to release")
REFUSE_CUES = frozenset("refuse decline fail".split())
CLAIM_NOUNS = frozenset(
    "claim allegation accusation report assertion charge rumor rumour suggestion statement belief "
    "intelligence evidence".split()
)
DENY_NOUNS = frozenset(("denial", "rebuttal"))
# an occasion named as what the clause follows has taken place, whatever the clause reports or intends
AFTER_PREPS = frozenset(("after", "following", "since", "before"))
# "ahead of the exercise", "in the run-up to the vote": the event a time is set by, not what is reported
TIME_PHRASES = frozenset(("ahead", "prior"))
FUTURE = frozenset(("will", "shall", "'ll", "wo"))
POSSIBLE = frozenset(("could", "might", "may", "can"))
# "Libya must hand over the suspects": an obligation someone demands, not a reported act
DEONTIC = frozenset(("must", "should", "ought"))
CLAUSE_LINKS = frozenset(("ccomp", "xcomp", "parataxis", "advcl", "conj", "pcomp", "acl", "relcl", "pobj", "prep",
                          "dobj", "nsubj", "nsubjpass", "attr", "oprd", "appos", "npadvmod", "amod", "compound"))


@dataclass(frozen=True, slots=True)
class Context:
    """The nearest reporting cue above a trigger."""

    status: str  # claimed | denied | intended | hypothetical
    cue: Any
    holder: Any | None  # token naming who holds the content (speaker, claimant)
    noun: bool = False


def refused(tok: Any) -> bool:
    """The trigger is refused: under "refuse/decline/fail to", or "will not" / "would not" of its own subject."""
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSE_CUES:
        return True
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return bool(auxes & (FUTURE | {"would"})) and any(c.dep_ == "neg" for c in tok.children)


def _governing_verb(tok: Any) -> Any:
    """An event noun's verb ("extend the curfew", "tighten the blockade"), else the token itself."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def _condition(verb: Any) -> str | None:
    """The subordinator of the verb's condition clause ("if", "unless"), if it has one."""
    for c in verb.children:
        if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
            return c.lower_
        if c.dep_ == "advcl":
            m = next((g.lower_ for g in c.children if g.dep_ == "mark" and g.lower_ in ("if", "unless")), None)
            if m is not None:
                return m
    return None


def announced(tok: Any) -> bool:
    """The trigger is announced as the subject's own future act ("will impose", "plans to impose")."""
    verb = _governing_verb(tok)
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & (FUTURE | {"would", "going"}):
        return True
    if auxes & POSSIBLE and _condition(verb) is not None:
        return True  # "may halt its mediation if ..."
    return infinitive_complement(verb) and verb.head.lemma_.lower() in ANNOUNCE_INTENT


def offered_on_condition(tok: Any) -> bool:
    """"would meet the envoy if he guaranteed ...": the subject's own future act made conditional on "if" (an
    offer; "unless" makes an ultimatum)."""
    return _condition(_governing_verb(tok)) == "if" and announced(tok)


def ultimatum(tok: Any) -> bool:
    """"... will withdraw its troops unless ...": any announced act made conditional on "unless" is a threat."""
    verb = _governing_verb(tok)
    return _condition(verb) == "unless" and announced(tok)


def inverted_condition(verb: Any) -> bool:
    """"Should the US decide to impose them", "should Washington impose tariffs, ...": a clause whose "should"
    comes before its subject is a condition; so is an infinitive the clause governs."""
    for v in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and v.dep_ in ("advcl", "ccomp", "conj") and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ == "should" and c.i < subj.i for c in v.children):
            return True
    return False


def local_status(tok: Any) -> str:
    """Status read off the trigger and its own auxiliaries."""
    kids = list(tok.children)
    gov = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass", "pobj") else None
    if any(c.dep_ == "neg" for c in kids) or any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
        return "negated"
    if tok.pos_ == "VERB" and any(c.dep_ == "dobj" and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
                                  for c in kids):
        return "negated"  # "Kenya held no talks with Somalia", "sent no troops"
    if gov is not None and gov.pos_ in ("VERB", "AUX") and any(c.dep_ == "neg" for c in gov.children):
        return "negated"
    verb = gov if gov is not None and gov.pos_ == "VERB" else tok
    if any(c.dep_ in ("nsubj", "nsubjpass") and names_no_one(c) for c in verb.children):
        return "negated"  # "no one was wounded", "nobody attended the talks", "no troops crossed"
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    conditional = any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children) or any(
        c.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in c.children if m.dep_ == "mark")
        for c in verb.children)
    if conditional or inverted_condition(verb):
        return "hypothetical"
    if any(a in FUTURE for a in auxes) or "would" in auxes:
        return "intended"
    if any(a in POSSIBLE or a in DEONTIC for a in auxes):
        return "hypothetical"
    if any(a == "going" for a in auxes):
        return "intended"
    if "to" in auxes and (verb.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                          or verb.dep_ == "xcomp" and verb.head.lemma_ == "be"):
        return "intended"  # a headline's "Kenya to send police to Haiti", "Kenya is to send police"
    return "asserted"


# the negative pronouns that name no one ("nobody was hurt", "none of them fired")
NOBODY = frozenset(("nobody", "noone", "none", "nothing"))


def names_no_one(tok: Any) -> bool:
    """A noun phrase that says no one did or underwent the act: "nobody", "none", "no one", "no soldiers"."""
    return tok.lower_ in NOBODY or any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def _noun_holder(noun: Any) -> Any | None:
    for c in noun.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "PRON", "NOUN", "ADJ"):
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def infinitive_complement(child: Any) -> bool:
    """``child`` is its head's to-infinitive complement: an xcomp, or the bare to-infinitive the small parser
    files as an adverbial clause after a perfect ("have sworn to fight": advcl)."""
    if child.dep_ == "xcomp":
        return True
    return child.dep_ == "advcl" and child.i > child.head.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and not any(
        c.dep_ in ("mark", "advmod") for c in child.children if c.i < child.i)


def side_participle(child: Any, head: Any) -> bool:
    """"rejected the results, accusing the council of fraud", "denied the charges, blaming Israel for the
    attack": a participle clause with no subject of its own, set off by a comma after its head, says what the
    subject did besides denying; it is not what is denied."""
    if child.dep_ != "advcl" or child.tag_ != "VBG" or child.i < head.i or child.left_edge.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
        return False
    return child.doc[child.left_edge.i - 1].text == ","


def _verb_context(child: Any, head: Any) -> Context | None:
    lemma, dep = head.lemma_.lower(), child.dep_
    if dep == "advcl" and lemma in INTENT_CUES and infinitive_complement(child):
        dep = "xcomp"
    if dep == "xcomp" and lemma in THREAT_CUES:
        return Context("hypothetical", head, subject_token(head))
    if dep == "xcomp" and lemma in LIKELY_ADJS:
        return Context("hypothetical", head, None)
    if dep == "xcomp" and (lemma in INTENT_CUES or lemma in INTENT_ADJS):
        return Context("intended", head, subject_token(head.head if head.dep_ == "acomp" else head))
    if lemma in DENY_CUES and (dep in ("ccomp", "xcomp", "pcomp", "prep", "advcl") or dep == "dobj" and child.pos_ == "VERB") \
            and not side_participle(child, head):
        return Context("denied", head, subject_token(head))
    if lemma in CLAIM_CUES and dep in ("ccomp", "parataxis", "xcomp") and head.pos_ in ("VERB", "AUX") and not counts_amount(head):
        return Context("claimed", head, subject_token(head) or trailing_sayer(head))
    if lemma in CLAIM_CUES and dep == "prep" and child.lower_ == "behind" and head.pos_ == "VERB":
        return Context("claimed", head, subject_token(head))  # "Pakistan says India behind bombing": alleged
    if lemma in ACCUSE_CUES and dep == "prep" and child.lower_ in ("of", "for"):
        return Context("claimed", head, subject_token(head))  # "accused Iran of arming ...": alleged
    return None


# subordinators of a clause of time or cause, which reports what happened beside the main clause
OCCASION_MARKS = frozenset(("when", "after", "as", "while", "since", "because", "once"))


def past_occasion(clause: Any) -> bool:
    """"agreed to resume talks when their leaders met", "vowed to retaliate after Israel struck": a past-tense
    clause of time with a subject of its own happened; the intent of the clause it hangs on is not its own."""
    return clause.dep_ == "advcl" and clause.tag_ == "VBD" and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS for c in clause.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


# prepositions that set an act as the scene of the clause rather than its time ("spoke during the shelling")
SCENE_PREPS = frozenset(("during", "amid"))


def in_background(tok: Any, *, scene: bool = False) -> bool:
    """An event noun that only sets the time of the clause ("after the meeting", "ahead of the exercise"), or
    with ``scene`` also its scene ("during the shelling"): what the clause reports is not that act."""
    head = tok.head
    preps = AFTER_PREPS | SCENE_PREPS if scene else AFTER_PREPS
    return tok.dep_ == "pobj" and head.dep_ == "prep" and tok.pos_ == "NOUN" and (
        head.lower_ in preps or head.lower_ in ("of", "to") and head.head.lower_ in TIME_PHRASES)


# subordinators of a clause that dates the main clause ("since the unrest began", "until the fighting ended")
DATING_MARKS = frozenset(("since", "after", "before", "until", "till", "when", "once"))


def dates_clause(tok: Any) -> bool:
    """"Officials say 23 people have died since the unrest began": an event noun whose clause of time says only
    that it began, went on or ended (its verb has no object) dates what is reported; it is not reported itself."""
    verb = tok.head
    return tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and verb.dep_ == "advcl" and verb.pos_ == "VERB" and any(
        c.dep_ == "mark" and c.lower_ in DATING_MARKS for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children)


# tags of a finite verb
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP"))


def finite_conj_host(verb: Any) -> Any | None:
    """"ordered the troops to leave and expelled the ambassador", "urged Iraq to close the border and arrested
    three activists", "accused China of carrying out the attack and sanctioned two officials": the small parser
    may join a finite verb to the to-infinitive or the gerund before it, whose doer is the first verb's object;
    a finite verb cannot be coordinated with an infinitive or a gerund, so it is the first verb's conjunct and
    shares its subject. Returns that first (finite) verb, or None."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in ("nsubj", "csubj", "expl") or c.dep_ == "nsubjpass" for c in verb.children):
        return None  # a subject of its own
    if head.tag_ == "VB" and head.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        host = head.head
    elif head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.dep_ == "prep":
        host = head.head.head  # "accused China of carrying out the attack and sanctioned two officials"
    else:
        return None
    return host if host.tag_ in FINITE_TAGS else None


def context(tok: Any) -> Context | None:
    """The nearest cue governing ``tok`` (None when the article itself reports it)."""
    child, steps = reporter_conj(tok) or finite_conj_host(tok) or tok, 0
    prev = child
    done = False  # inside a past clause of time ("when they met"): what it reports is no intent of the frame
    while child.head is not child and steps < 12 and child.dep_ in CLAUSE_LINKS:
        head = child.head
        steps += 1
        done = done or past_occasion(child)
        if in_background(child):
            return None  # "agreed to keep talking after the Brasilia meeting": the meeting is what already happened
        if head.pos_ == "ADJ" and child.dep_ == "xcomp" and head.lemma_.lower() in INTENT_ADJS | LIKELY_ADJS:
            return _verb_context(child, head)
        if head.pos_ in ("VERB", "AUX"):
            if child.dep_ == "dobj" and steps > 1 and accused_object(prev) is child:
                return Context("claimed", head, subject_token(head))  # "accused the government of a crackdown"
            if trailing_reply(child, head):
                return None  # "X accuses Y of Z, Y denies": the denial answers the accusation's content
            ctx = _verb_context(child, head)
            if ctx is not None and not (done and ctx.status in ("intended", "hypothetical")):
                return ctx
        elif head.pos_ == "NOUN":
            lemma = head.lemma_.lower()
            if planned(child) and lemma in index().intent_nouns:
                # "announced plans to hold drills": announced, not done, unless the plan itself is denied
                outer = context(head)
                if outer is not None and outer.status == "denied":
                    return outer
                return Context("intended", head, subject_token(child), noun=True)
            if lemma in CLAIM_NOUNS | DENY_NOUNS and child.dep_ in ("acl", "ccomp", "prep", "relcl"):
                outer = _denier(head)
                if outer is not None:
                    return Context("denied", outer, subject_token(outer), noun=True)
                status = "denied" if lemma in DENY_NOUNS else "claimed"
                return Context(status, head, _noun_holder(head), noun=True)
        prev, child = child, head
    return None


# speech acts with a content of their own: a denial tacked on after one of them answers that content
SPEECH_CUES = CLAIM_CUES | ACCUSE_CUES | DENY_CUES | THREAT_CUES


def trailing_reply(clause: Any, cue: Any) -> bool:
    """"Moldova accuses Russia of funding protests, Moscow denies": a bare denial after a comma, whose parse
    takes the whole preceding speech act as its complement, is a reply to that act's content, not a denial
    that the act took place. The accusation is reported as fact; what is denied is what it alleges.
    """
    if cue.lemma_.lower() not in DENY_CUES or clause.dep_ not in ("ccomp", "parataxis") or clause.i > cue.i:
        return False
    if clause.lemma_.lower() not in SPEECH_CUES or not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c.i != clause.i for c in cue.children):
        return False  # "..., Moscow denies the report": an object of its own
    between = cue.doc[clause.right_edge.i + 1:cue.i]
    return any(t.is_punct and t.lower_ in (",", ";", "--", "—", "–") for t in between)


def answered(tok: Any) -> bool:
    """``tok`` belongs to a speech act that a denial answers: one a trailing denial answers (see
    ``trailing_reply``), or a speech-act noun that is a denial verb's object ("rejected India's
    accusations"): the accusation was made, whoever reports the denial."""
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in DENY_CUES:
        return True
    child, steps = tok, 0
    while child.head is not child and steps < 12 and child.dep_ in CLAUSE_LINKS:
        if trailing_reply(child, child.head):
            return True
        child, steps = child.head, steps + 1
    return False


def trailing_sayer(cue: Any) -> Any | None:
    """"Russia shelled Kyiv, Ukraine says": the small parser hangs the sayer on the last noun phrase of the
    reported clause (as an apposition or conjunct) and leaves the closing saying verb without a subject.
    The name right before a subjectless, clause-final saying verb, after a comma, is who says it."""
    if cue.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children):
        return None
    prev = cue.doc[cue.i - 1]
    if prev.dep_ not in ("appos", "conj", "npadvmod") or prev.pos_ not in ("PROPN", "NOUN") or prev.head.i >= cue.i:
        return None
    left = prev.left_edge.i
    if left == 0 or cue.doc[left - 1].lower_ not in (",", ";", "--", "—", "–"):
        return None
    if any(t.dep_ in ("dobj", "ccomp", "xcomp") for t in cue.children if t.i > cue.i):
        return None
    return prev


def _denier(noun: Any) -> Any | None:
    """The denial verb whose object is a claim noun ("denied the reports of ...")."""
    h = noun.head
    if noun.dep_ == "pobj" and h.dep_ == "prep":
        h = h.head
    if h.pos_ == "VERB" and h.lemma_.lower() in DENY_CUES and noun.dep_ in ("dobj", "pobj"):
        return h
    return None


def combine(local: str, ctx: Context | None, *, alleged: bool = False) -> str:
    """One status from the trigger's own reading and the context it is reported in."""
    if ctx is not None and ctx.status == "denied":
        return "denied"
    if local in ("intended", "hypothetical"):
        return local
    if ctx is not None and ctx.status in ("intended", "hypothetical"):
        return ctx.status
    if local == "negated":
        return "denied" if ctx is not None else "negated"
    if ctx is not None or alleged:
        return "claimed"
    return "asserted"


def is_alleged(tok: Any) -> bool:
    """'alleged arms shipments', 'reportedly supplied': the article flags it as unproven."""
    return any(c.lower_ in ("alleged", "allegedly", "reportedly", "purported", "purportedly", "suspected")
               for c in tok.children if c.dep_ in ("amod", "advmod"))
