"""What earlier sentences leave for later ones: their parties, the latest accuser and attacker, and the
doer of the latest act of each kind, which definite act nouns ("the decision", "the sanctions") point back to."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..records import ActorMention, Event
from .factuality import CLAIM_NOUNS
from .patterns import index
from .roles import OBJECT_CONTROL


@dataclass(frozen=True, slots=True)
class Discourse:
    """What earlier sentences leave for the next one: their parties and who last accused whom."""

    prior: tuple[tuple[Any, ActorMention], ...] = ()  # coded mentions of the previous sentence
    accuser: ActorMention | None = None  # source of the latest accusation ("the allegations" point back to it)
    attacker: ActorMention | None = None  # source of the latest armed attack ("the shelling continued")
    doers: tuple[tuple[str, ActorMention], ...] = ()  # (CAMEO root, source) of the latest act of each root
    last_act: ActorMention | None = None  # source of the latest material act or agreement ("the decision")
    # (CAMEO root, source, target) of the latest act of each root with both parties named ("the talks")
    acts: tuple[tuple[str, ActorMention, ActorMention], ...] = ()
    motion: Any = None  # the latest resolution aimed at a party (resolutions.Motion): "the resolution" points back
    # (CAMEO root, sentence index, source, target) of the latest act of each root, for acts that go on unnamed
    recent: tuple[tuple[str, int, ActorMention, ActorMention | None], ...] = ()

    def doer(self, root: str) -> ActorMention | None:
        return next((m for r, m in self.doers if r == root), None)

    def continued(self, root: str, sentence: int) -> tuple[int, ActorMention, ActorMention | None] | None:
        """Sentences back, source and target of the act of this root reported in the last few sentences."""
        return next(((sentence - i, s, t) for r, i, s, t in self.recent
                     if r == root and 0 < sentence - i <= CONTINUITY), None)

    def parties(self, root: str) -> tuple[ActorMention, ActorMention] | None:
        """Source and target of the latest act of this root that named both."""
        return next(((s, t) for r, s, t in self.acts if r == root), None)


CONTINUITY = 3  # sentences back an act named without its doer may still be the latest one of its kind


# a repeated mention of an act names its parties only through these (a time possessor, an ordinal or a
# quality does not: "Tuesday's attack", "the second clash", "the landmark deal")
OWN_PARTY_PREPS = frozenset(("with", "between", "by", "against", "on", "of", "from", "to", "among", "involving"))


REPEAT_EVIDENCE = "repeated act"  # evidence prefix of the parties a repeated mention takes from the act


def repeat_parties(tok: Any, pair: tuple[ActorMention, ActorMention]) -> tuple[ActorMention, ActorMention]:
    """The parties of the act mentioned again, placed on the noun that mentions it (their names are earlier)."""
    def here(m: ActorMention) -> ActorMention:
        return ActorMention(tok.idx, tok.idx + len(tok), tok.text, m.key, m.name, kind=m.kind,
                            evidence=f"{REPEAT_EVIDENCE}: {m.text} ({m.evidence})")
    return here(pair[0]), here(pair[1])


def is_repeat(e: Event) -> bool:
    """An event that is a later mention of an act already reported ("the deal"), not a new one."""
    return e.source is not None and (e.source.evidence or "").startswith(REPEAT_EVIDENCE)


def repeated_act(tok: Any) -> bool:
    """"The deal takes effect on Friday", "Tuesday's attack was the deadliest", "a second clash broke out":
    a definite event noun that is what its clause is about (its subject) and names no party of its own
    reports again the latest act of its kind. As the object of another act ("welcomed the agreement",
    "condemned the sanctions") it is that act's topic, not a new report (see ``earlier_doer``)."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    kids = list(tok.children)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE | {"another"} for c in kids) or any(
        c.dep_ == "amod" and c.ent_type_ == "ORDINAL" for c in kids)  # "another clash", "a second clash"
    dated = any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in kids)
    return (definite or dated) and not owns_party(tok)


def owns_party(noun: Any) -> bool:
    """An event noun that names its own party: a named modifier or possessor ("the Iranian deal", "Russia's
    attack"; not "Tuesday's attack" or "the second clash") or a party phrase (``OWN_PARTY_PREPS``: "talks
    with Iran"). Such a noun is left to the parse; one without is a mention of an act already reported."""
    kids = list(noun.children)
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.ent_type_ not in ("", "DATE", "TIME", "ORDINAL")
           for c in kids):
        return True
    return any(c.dep_ == "prep" and c.lower_ in OWN_PARTY_PREPS for c in kids)


def fights_alongside(e: Event) -> bool:
    """Military support given by fighting alongside a party: the supporter takes part in the fighting."""
    return e.root == "07" and (e.pattern or "").rpartition(":")[2].split()[:1] == ["fight"]


# nouns that point back at the latest act reported ("welcomed the decision", "criticised the move")
ANAPHORIC_ACTS = frozenset("decision move step measure action announcement deal agreement plan".split())


DEFINITE = frozenset(("the", "this", "that", "these", "those"))


# "would not support the agreement": an agreement noun points back at the last agreement made, not the last act
AGREEMENT_NOUNS = frozenset(("deal", "agreement", "accord", "pact", "treaty"))


# acts that a later "the decision" / "the move" can point back to (not words, requests or accusations;
# an event noun of the same kind, "the request", "the sanctions", points back to any)
REFERABLE = frozenset(("03", "05", "06", "07", "08", "13", "14", "15", "16", "17", "18", "19", "20"))


def earlier_doer(cands: Sequence[Any], discourse: Discourse) -> ActorMention | None:
    """"Poland welcomed the decision", "Minsk condemned the sanctions": a definite act noun with no
    party of its own is the act last reported, and its doer is the target."""
    from .match import match_noun

    for t in cands:
        if t.dep_ not in ("dobj", "nsubjpass", "pobj") or not any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children):
            continue
        if any(c.dep_ in ("poss", "compound", "amod", "prep") and c.ent_type_ for c in t.children):
            continue  # "the EU decision", "Russia's move": its own party, left to the parse
        lemma = t.lemma_.lower()
        if lemma in AGREEMENT_NOUNS:  # "the agreement": the party that last made or signed one
            return discourse.doer("05") or discourse.doer("03") or discourse.last_act
        if lemma in ANAPHORIC_ACTS:
            return discourse.last_act
        hit = match_noun(t, index())
        if hit is not None:
            return discourse.doer(hit.pattern.code[:2])
    return None


CONTINUED_EVIDENCE = "act going on"  # evidence prefix of a doer taken from the latest act of the same kind


def going_on(tok: Any, m: ActorMention) -> ActorMention:
    """The doer of the act going on, placed on the word that reports it unnamed (its name is earlier)."""
    return ActorMention(tok.idx, tok.idx + len(tok), tok.text, m.key, m.name, kind=m.kind,
                        evidence=f"{CONTINUED_EVIDENCE}: {m.text} ({m.evidence})")


def goes_on(tok: Any, noun: bool) -> bool:
    """Can an act named without its doer be the latest act of its kind going on? An event noun that is a
    claim someone answers ("rejected the allegations"), a modifier of another noun ("the arms embargo") or a
    bare plural naming a kind of act ("sanctions hurt", "arms shipments") is not one act of one party."""
    if not noun:
        return True
    if tok.lemma_.lower() in CLAIM_NOUNS or tok.dep_ == "compound":
        return False
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return False  # "the failure of the talks", "the date for this visit": the act is that noun's topic
    if tok.dep_ == "dobj" and asked_for(tok.head):
        return False  # "called on Tehran to restore cooperation": an act asked for, not one going on
    return not (tok.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in tok.children))


def asked_for(verb: Any) -> bool:
    """An infinitive someone is urged, asked or helped to do ("urged X to resume talks")."""
    return (verb.dep_ in ("xcomp", "ccomp", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.lemma_.lower() in OBJECT_CONTROL)
