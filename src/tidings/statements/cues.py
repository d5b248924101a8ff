"""The speech-cue lexicon (``data/speech_cues.json``): which words introduce what someone said.

Kept as data so the list can grow without code changes; validated on load so a
typo in the file fails loudly instead of silently dropping statements.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import data
from ..records import Stance

_TYPES = ("verb", "noun", "phrase")
_STANCES = ("asserts", "denies", "repeats", "questions")
MIN_CUES = 150


@dataclass(frozen=True, slots=True)
class Cue:
    """One lexicon entry.

    ``takes_object``: a bare noun object is what was said ("denied the reports").
    ``preps``: prepositions whose object is what was said ("accused X *of* ...").
    ``directive``: the cue asks for an act ("urged X to ...", "called on X to ...");
    what it reports is a request, not a claim that something is so.
    ``quote_only``: a reporting verb only next to a quotation ('"...," he continued').
    ``clause_only``: speech only with a that-clause ('agreed that ...', not 'agreed to meet').
    ``that_only``: a clause_only cue that needs the word 'that' ('the poll shows *that* ...', not
    'photos showed protesters throwing stones').
    """

    lemma: str
    type: str
    stance: Stance
    takes_object: bool = False
    preps: tuple[str, ...] = ()
    directive: bool = False
    quote_only: bool = False
    clause_only: bool = False
    that_only: bool = False


def _check(obj: dict[str, Any]) -> list[str]:
    entries = obj.get("entries")
    if not isinstance(entries, list):
        return ["missing list 'entries'"]
    problems: list[str] = []
    if len(entries) < MIN_CUES:
        problems.append(f"only {len(entries)} cues; at least {MIN_CUES} expected")
    for i, e in enumerate(entries):
        if not isinstance(e, dict) or not isinstance(e.get("lemma"), str) or not e["lemma"].strip():
            problems.append(f"entry {i} has no lemma")
            continue
        if e.get("type") not in _TYPES:
            problems.append(f"{e['lemma']}: type must be one of {_TYPES}")
        if e.get("stance") not in _STANCES:
            problems.append(f"{e['lemma']}: stance must be one of {_STANCES}")
        if not isinstance(e.get("preps", []), list):
            problems.append(f"{e['lemma']}: preps must be a list")
        for flag in ("directive", "quote_only", "clause_only", "that_only"):
            if not isinstance(e.get(flag, False), bool):
                problems.append(f"{e['lemma']}: {flag} must be true or false")
    for key in ("not_sources", "dismissals", "evidence_sources", "passive_frames", "speak_for_owner", "issuing_verbs",
                "amount_objects", "speaking_nouns", "speaker_endings", "not_speaker_endings", "source_objects", "label_sources", "body_nouns", "belief_adjectives", "acts_on_people",
                "evidential_verbs", "message_verbs", "message_nouns", "question_labels", "reciprocal_verbs"):
        if not isinstance(obj.get(key, []), list):
            problems.append(f"{key} must be a list of words")
    return problems


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Cue]
    nouns: dict[str, Cue]
    phrases: dict[str, Cue]
    not_sources: frozenset[str] = frozenset()
    evidence_sources: frozenset[str] = frozenset()
    dismissals: frozenset[str] = frozenset()
    passive_frames: frozenset[str] = frozenset()  # 'was *quoted* as saying': the passive subject speaks
    speak_for_owner: frozenset[str] = frozenset()  # '*his office* said': speaks for the possessor's party
    issuing_verbs: frozenset[str] = frozenset()  # 'the council *issued* a statement calling ...': the issuer speaks
    amount_objects: frozenset[str] = frozenset()  # 'Clinton *announced* $1 billion in aid': the amount is what was said
    speaking_nouns: frozenset[str] = frozenset()  # 'the board', 'residents': common nouns for people or bodies of them
    speaker_endings: tuple[str, ...] = ()  # 'protest*er*s', 'analy*st*s': endings of nouns for people
    not_speaker_endings: tuple[str, ...] = ()  # 'com*ment*s', 'agree*ment*': endings of nouns for acts and things
    label_sources: frozenset[str] = frozenset()  # 'Poll: ...' in a headline: the label reports what follows
    source_objects: frozenset[str] = frozenset()  # '*cited* a senior official': an actor object is a source
    body_nouns: frozenset[str] = frozenset()  # '*the agency* said': a body named before speaks
    belief_adjectives: frozenset[str] = frozenset()  # 'is *convinced* that ...': the subject's view
    acts_on_people: frozenset[str] = frozenset()  # '*dismissed* his minister': an act when the object is someone
    evidential_verbs: frozenset[str] = frozenset()  # '..., *highlighting* the danger': a comment on an event
    message_verbs: frozenset[str] = frozenset()  # '*spread* rumours' is speech, 'spread chaos' is not
    message_nouns: frozenset[str] = frozenset()  # 'spread *rumours*': what a message verb passes on
    question_labels: frozenset[str] = frozenset()  # 'QUESTION:' in a transcript: an unnamed questioner
    reciprocal_verbs: frozenset[str] = frozenset()  # 'X and Y *traded* accusations': each side speaks


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The validated cue lexicon, split by cue type."""
    obj = data.validated("speech_cues", _check)
    by_type: dict[str, dict[str, Cue]] = {t: {} for t in _TYPES}
    for e in obj["entries"]:
        cue = Cue(
            lemma=e["lemma"].lower(),
            type=e["type"],
            stance=e["stance"],
            takes_object=bool(e.get("object", False)),
            preps=tuple(p.lower() for p in e.get("preps", [])),
            directive=bool(e.get("directive", False)),
            quote_only=bool(e.get("quote_only", False)),
            clause_only=bool(e.get("clause_only", False) or e.get("that_only", False)),
            that_only=bool(e.get("that_only", False)),
        )
        by_type[cue.type][cue.lemma] = cue
    not_sources = frozenset(str(w).lower() for w in obj.get("not_sources", []))
    evidence = frozenset(str(w).lower() for w in obj.get("evidence_sources", []))
    dismissals = frozenset(str(w).lower() for w in obj.get("dismissals", []))
    frames = frozenset(str(w).lower() for w in obj.get("passive_frames", []))
    agents = frozenset(str(w).lower() for w in obj.get("speak_for_owner", []))
    issuing = frozenset(str(w).lower() for w in obj.get("issuing_verbs", []))
    amounts = frozenset(str(w).lower() for w in obj.get("amount_objects", []))
    speaking = frozenset(str(w).lower() for w in obj.get("speaking_nouns", []))
    endings = tuple(str(w).lower() for w in obj.get("speaker_endings", []))
    not_endings = tuple(str(w).lower() for w in obj.get("not_speaker_endings", []))
    labels = frozenset(str(w).lower() for w in obj.get("label_sources", []))
    relayed = frozenset(str(w).lower() for w in obj.get("source_objects", []))
    bodies = frozenset(str(w).lower() for w in obj.get("body_nouns", []))
    beliefs = frozenset(str(w).lower() for w in obj.get("belief_adjectives", []))
    acts = frozenset(str(w).lower() for w in obj.get("acts_on_people", []))
    evidential = frozenset(str(w).lower() for w in obj.get("evidential_verbs", []))
    message_verbs = frozenset(str(w).lower() for w in obj.get("message_verbs", []))
    message_nouns = frozenset(str(w).lower() for w in obj.get("message_nouns", []))
    question_labels = frozenset(str(w).lower() for w in obj.get("question_labels", []))
    reciprocal = frozenset(str(w).lower() for w in obj.get("reciprocal_verbs", []))
    return Lexicon(verbs=by_type["verb"], nouns=by_type["noun"], phrases=by_type["phrase"], not_sources=not_sources,
                   dismissals=dismissals, evidence_sources=evidence, passive_frames=frames, speak_for_owner=agents,
                   issuing_verbs=issuing, amount_objects=amounts, speaking_nouns=speaking, speaker_endings=endings,
                   not_speaker_endings=not_endings, source_objects=relayed, label_sources=labels, body_nouns=bodies,
                   belief_adjectives=beliefs, acts_on_people=acts, evidential_verbs=evidential,
                   message_verbs=message_verbs, message_nouns=message_nouns, question_labels=question_labels,
                   reciprocal_verbs=reciprocal)


def is_directive(lemma: str) -> bool:
    """The cue with this lemma asks for an act rather than stating a fact ('urge', 'call on')."""
    lex = lexicon()
    cue = lex.verbs.get(lemma) or lex.nouns.get(lemma) or lex.phrases.get(lemma)
    return cue is not None and cue.directive


MAX_BEFORE_PARTICLE = 2  # the verb's own adverbs between it and its particle: 'called *Friday* for'


def particle_of(token: Any) -> Any | None:
    """The particle or preposition of a phrasal verb: right after it ('called for'), or after only
    the verb's own one-word adverbials ('called Friday for', 'called again for')."""
    doc = token.doc
    for child in token.children:
        if child.dep_ not in ("prt", "prep") or not 0 < child.i - token.i <= MAX_BEFORE_PARTICLE + 1:
            continue
        if all(t.head.i == token.i and (t.dep_ in ("npadvmod", "advmod") or t.ent_type_ in ("DATE", "TIME"))
               for t in doc[token.i + 1 : child.i]):
            return child
    return None


def verb_cue(token: Any) -> Cue | None:
    """The cue for a verb token, preferring a phrasal entry ("call for") over the bare verb."""
    if token.pos_ not in ("VERB", "AUX") or token.pos_ == "AUX" and token.dep_ in ("aux", "auxpass"):
        return None
    verbs = lexicon().verbs
    lemma = token.lemma_.lower()
    child = particle_of(token)
    if child is not None:
        phrasal = verbs.get(f"{lemma} {child.lower_}")
        if phrasal is not None:
            return phrasal
    if any(c.dep_ == "prt" for c in token.children):
        return None  # 'called off the talks', 'called up reservists': a particle verb that is not a speech cue
    if counts_amount(token) and lemma not in lexicon().amount_objects:
        return None
    return verbs.get(lemma)


# entity types of amounts: a verb whose object is one adds or counts something
AMOUNTS = frozenset(("MONEY", "CARDINAL", "QUANTITY", "PERCENT"))


def counts_amount(verb: Any) -> bool:
    """"Brazil added $172 million, Spain offered ...": a saying verb whose object is an amount adds or
    counts something; it reports nothing."""
    return any(c.dep_ == "dobj" and (c.ent_type_ in AMOUNTS or c.like_num) for c in verb.children)
