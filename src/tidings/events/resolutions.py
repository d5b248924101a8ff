"""Votes, drafts and resolutions across an article: the parties' roles in a resolution aimed at a party.

Once a sentence (or the headline) has reported a resolution aimed at a party ("a resolution against
Syria", coded by ``nominal.aimed_at`` as the body's condemnation of it), the article remembers it as a
``Motion``: what it does to whom and the body behind it. A later definite reference back to it ("the
resolution", "the draft", "the text", "the measure") under a role verb codes each party the role verb
names, one event per member of a list:

- drafting, sponsoring, backing, voting for or adopting it ("the draft, written by A and B", "A and B
  voted for the resolution", "the states that voted to adopt the text were A, B and C", "the motion
  passed") is the resolution's own act against its target, by each party (and by the body when only
  its members or the resolution itself are named);
- abstaining ("A and B abstained") declines comment (011) with no target;
- voting against it rejects (120), and vetoing or blocking it vetoes (129), the body voting.

A resolution whose target the article never established codes nothing, nor does a numbered one
("resolution 2231"). The verbs, reference nouns and role codes are lexicon data
(``motion_roles`` in data/event_patterns.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from .. import data
from ..actors import DocActors
from ..records import ActorMention, Event, TextSpan
from . import codebook, keys, np_actors, roles
from .discourse import DEFINITE
from .patterns import index

ROLES = frozenset(("support", "author", "adopt", "abstain", "oppose", "veto"))
# roles whose doers do the resolution's own act against its target
SIDING = frozenset(("support", "author", "adopt"))
# what one abstains from when not from the resolution itself
VOTE_NOUNS = frozenset(("vote", "voting", "ballot"))


@dataclass(frozen=True, slots=True)
class Motion:
    """The latest resolution aimed at a party the article reported: its act, its target and the body behind it."""

    target: ActorMention
    code: str  # the resolution's own CAMEO code ("111" for a condemnation)
    body: ActorMention | None  # the body that adopts it ("the Security Council")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The ``motion_roles`` entry of the event dictionary."""

    references: frozenset[str]  # nouns that refer back to a resolution ("the text", "the draft")
    members: frozenset[str]  # heads naming members of the body voting ("nine members", "eleven countries")
    verbs: tuple[tuple[str, str], ...]  # (verb lemma, role)
    vote_verbs: frozenset[str]
    vote_preps: tuple[tuple[str, str], ...]  # (preposition or its object, role): "vote for", "in favour"
    role_codes: tuple[tuple[str, str], ...]  # (role, CAMEO code) for roles that do not take the resolution's

    def role(self, lemma: str) -> str | None:
        return next((r for v, r in self.verbs if v == lemma), None)

    def vote_role(self, word: str) -> str | None:
        return next((r for p, r in self.vote_preps if p == word), None)

    def code(self, role: str) -> str | None:
        return next((c for r, c in self.role_codes if r == role), None)


def _check(obj: dict[str, Any]) -> list[str]:
    """The ``motion_roles`` entry: word lists, roles from ROLES and CAMEO codes the codebook knows."""
    entry = obj.get("motion_roles")
    if not isinstance(entry, dict):
        return ["'motion_roles' must be an object"]
    problems = [f"'motion_roles.{k}' must be a list of words" for k in ("references", "members", "vote_verbs")
                if not isinstance(entry.get(k), list) or not all(isinstance(w, str) and w.strip() for w in entry[k])]
    for k in ("verbs", "vote_preps"):
        table = entry.get(k)
        if not isinstance(table, dict) or any(r not in ROLES for r in table.values()):
            problems.append(f"'motion_roles.{k}' must map words to roles of {sorted(ROLES)}")
    known = set(codebook.codes())
    codes = entry.get("role_codes")
    if not isinstance(codes, dict) or any(r not in ROLES or c not in known for r, c in codes.items()):
        problems.append("'motion_roles.role_codes' must map roles to CAMEO codes")
    return problems


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The validated ``motion_roles`` lexicon (loaded once per process)."""
    e = data.validated("event_patterns", _check)["motion_roles"]
    low = lambda ws: frozenset(w.lower() for w in ws)  # noqa: E731
    return Lexicon(low(e["references"]), low(e["members"]), tuple(e["verbs"].items()), low(e["vote_verbs"]),
                   tuple(e["vote_preps"].items()), tuple(e["role_codes"].items()))


def _token(doc: Any, span: TextSpan) -> Any | None:
    s = doc.char_span(span.start, span.end, alignment_mode="expand")
    return s[0] if s is not None and len(s) else None


def latest_motion(doc: Any, found: Sequence[Event], prior: Motion | None) -> Motion | None:
    """The resolution aimed at a party that this sentence reports (its last), else the one remembered:
    an event on an aimed noun ("a resolution against X"), or on the participle clause that aims it ("a
    resolution censuring X"), with both a source and a target."""
    out = prior
    for e in found:
        tok = _token(doc, e.trigger)
        if tok is not None and tok.dep_ == "acl" and tok.tag_ == "VBG":
            tok = tok.head  # "a resolution condemning X": the clause aims the resolution
        if (tok is not None and tok.lemma_.lower() in index().aimed_nouns and e.source is not None
                and e.target is not None and e.status == "asserted"):
            out = Motion(e.target, e.cameo, e.source)
    return out


def refers_back(noun: Any) -> bool:
    """"the resolution", "this text", "the draft resolution": a definite reference noun that names no
    resolution of its own by number ("resolution 2231")."""
    if noun.lemma_.lower() not in lexicon().references or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.like_num or c.dep_ == "nummod" for c in noun.children):
        return False
    return any(c.dep_ in ("det", "poss") and (c.lower_ in DEFINITE or c.dep_ == "poss") for c in noun.children)


def off_vote(verb: Any) -> bool:
    """"Abstained from violence": a verb of abstaining whose "from" phrase is neither a vote nor a text
    put to one ("abstained from the vote", "from voting") is no abstention in a vote."""
    if verb.pos_ != "VERB" or lexicon().role(verb.lemma_.lower()) != "abstain":
        return False
    objs = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
    return any(o.lemma_.lower() not in VOTE_NOUNS | lexicon().references | lexicon().vote_verbs for o in objs)


def _refers_object(verb: Any) -> bool:
    """The role verb acts on the resolution: its object or passive subject, the noun whose clause it is
    ("the resolution, which A drafted", "the draft, written by A"), or its own subject when the verb is
    intransitive ("the resolution passed") or misread as active ("the resolution was co-written by A")."""
    if verb.dep_ in ("acl", "relcl", "amod") and refers_back(verb.head):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and refers_back(c) for c in verb.children)


def _vote_role(verb: Any) -> str | None:
    """"voted for / against the resolution", "voted in favour", "voted to adopt the text": the role of a
    vote; None when what is voted on is something other than the resolution."""
    lex = lexicon()
    for c in verb.children:
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            word = objs[0].lower_ if c.lower_ == "in" and objs else c.lower_
            role = lex.vote_role(word)
            if role is None:
                continue  # "voted on Monday", "voted in the election"
            if c.lower_ == "in":  # "in favour (of the text)": what the favour is of
                objs = [g for p in objs[0].children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
            target = objs[0] if objs else None
            if target is None or refers_back(target):
                return role
        if c.dep_ == "xcomp" and lex.role(c.lemma_.lower()) in SIDING and _refers_object(c):
            return "support"
    return None


def role_of(verb: Any) -> str | None:
    """The role a verb gives its doers in the resolution remembered, or None when it is not about it."""
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("acl", "relcl", "amod"):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not vote for the text": no act
    lemma = verb.lemma_.lower()
    if lemma in lexicon().vote_verbs:
        return _vote_role(verb)
    role = lexicon().role(lemma)
    if role == "abstain":
        objs = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        return role if all(o.lemma_.lower() in VOTE_NOUNS or refers_back(o) for o in objs) else None
    if role is not None and _refers_object(verb):
        return role
    return None


def _cleft_parties(noun: Any) -> Any | None:
    """"The countries that voted for it were A, B and C": the attribute of the copula whose subject is the
    noun the role clause is on (or of a copula the parser hung inside that clause)."""
    cop = noun.head if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None
    if cop is None:
        cop = next((t for c in noun.children if c.dep_ == "relcl" for t in c.subtree if t.lemma_ == "be"
                    and t.pos_ in ("AUX", "VERB") and any(a.dep_ == "attr" for a in t.children)), None)
    return next((a for a in cop.children if a.dep_ == "attr"), None) if cop is not None else None


def doer_token(verb: Any) -> Any | None:
    """Who takes the role: the "by" agent ("drafted by A and B"), the subject, or for a relative clause on
    a plain noun its listed attribute ("the states that voted ... were A, B")."""
    agent = roles.agent_token(verb)
    if agent is not None:
        return agent
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ in ("acl", "relcl", "amod") and refers_back(verb.head):
        # "the text, which Japan drafted": its own subject; "the draft, circulated on Monday": no doer named
        return subj if subj is not None and subj.lower_ not in roles.RELATIVE else None
    if subj is not None and subj.lower_ in roles.RELATIVE and verb.dep_ == "relcl":
        return _cleft_parties(verb.head) or verb.head
    return subj if subj is not None else roles.subject_token(verb)


def _names_members(tok: Any) -> bool:
    """"Nine members", "eleven of the fifteen countries", "the resolution" itself: no party but the body's."""
    if refers_back(tok):
        return True
    if tok.like_num or tok.pos_ == "NUM":
        return True
    return tok.lemma_.lower() in lexicon().members and any(c.like_num or c.pos_ == "NUM" for c in tok.children)


def parties(verb: Any, role: str, motion: Motion, actors: DocActors) -> list[ActorMention]:
    """The parties taking the role, one per listed member; members of the body (or the resolution itself,
    "the motion passed") stand for the body when they back or adopt it."""
    tok = doer_token(verb)
    if tok is None:
        return []
    found = np_actors.actors_of(tok, actors)
    if not found and role in SIDING and _names_members(tok) and motion.body is not None:
        return [motion.body]
    return found


def _event(verb: Any, code: str, src: ActorMention, tgt: ActorMention | None, sent_index: int,
           where: tuple[Any, ...], role: str) -> Event:
    info = codebook.info(code)
    return Event(source=src, target=tgt, cameo=code, trigger=TextSpan(verb.idx, verb.idx + len(verb), verb.text),
                 sentence=sent_index, status="asserted", plover=info.plover, mode=info.mode, context=info.context,
                 root=info.root, quad_class=info.quad_class, goldstein=info.goldstein,
                 date=where[0], location=where[1], location_country=where[2],
                 pattern=f"motion:{role}:{verb.lemma_.lower()}")


def role_events(toks: Sequence[Any], sent_index: int, actors: DocActors, motion: Motion | None,
                where: tuple[Any, ...]) -> list[Event]:
    """The events of each role verb in the sentence that refers back to the resolution remembered."""
    if motion is None:
        return []
    out: list[Event] = []
    for verb in toks:
        role = role_of(verb)
        if role is None:
            continue
        tgt: ActorMention | None
        if role in SIDING:
            code, tgt = motion.code, motion.target
        else:
            code = lexicon().code(role) or ""
            tgt = None if role == "abstain" else motion.body
        found = parties(verb, role, motion, actors)
        for src in found:
            if src.key and (tgt is None or keys.country_of(src.key) != keys.country_of(tgt.key)):
                out.append(_event(verb, code, src, tgt, sent_index, where, role))
        out += _coauthors(verb, role, found, sent_index, where)
    return out


def _coauthors(verb: Any, role: str, found: list[ActorMention], sent_index: int,
               where: tuple[Any, ...]) -> list[Event]:
    """"The draft, written by A and B": parties who author a text together cooperate with each other (the
    ``author`` role's code), one event each way per pair."""
    code = lexicon().code(role) if role == "author" else None
    states = [m for m in found if m.key]
    if code is None or len(states) < 2:
        return []
    return [_event(verb, code, a, b, sent_index, where, role) for a in states for b in states
            if keys.country_of(a.key) != keys.country_of(b.key)]


def merge(found: list[Event], added: list[Event]) -> list[Event]:
    """The sentence's events with the role events added: a role event replaces an event the dictionary
    coded on the same trigger by the same party with the same root ("vetoed the text" is aimed at the
    body voting, not at whichever party the sentence or the one before it names)."""
    if not added:
        return found

    def sig(e: Event) -> tuple[Any, ...]:
        return (e.trigger.start, e.root, e.source.key if e.source else None)

    mine = {sig(e) for e in added}
    kept = [e for e in found if sig(e) not in mine]
    return sorted(kept + added, key=lambda e: e.trigger.start)

