"""The unnamed crowd of a protest: who protests, and against whom, when the text names no one.

"Protests erupted across Tunisia", "weeks of unrest in the capital", "Serbia has been hit by a wave of
demonstrations": a protest act (CAMEO root 14) whose phrase names no doer is done by the people of
the country it happens in (``XXX.CVL``) and, when no target is named either, is aimed at that
country's government (``XXX.GOV``); a named target ("protests against France") is kept.

The country is looked for from the nearest evidence outward, and the first found wins:

1. the protest phrase itself: a national modifier or possessor ("Kenyan protests", "Kenya's unrest")
   or a place it is set in ("protests in Lima", "rallies across the country's north");
2. the clause around it: the places of the verb it hangs on ("protests erupted in Lima") and that
   verb's other arguments ("Togo was hit by protests", "protests shook Serbia");
3. the one country the sentence names, or its setting ("In Tunis, ...");
4. the country the article is mostly about (marked ``+home:`` in the evidence, a guess the
   confidence score knows to discount).
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Sequence

from ..actors import DocActors
from ..records import ActorMention
from . import keys, np_actors
from .codebook import FORCE_ROOTS
from .coding import Coded
from .doers import source_phrase
from .patterns import index

PROTEST_ROOT = "14"
IMPLIED = "implied"  # ActorMention.kind of a party the text leaves unnamed
MODIFIERS = frozenset(("amod", "compound", "poss", "nmod"))
PLACES = frozenset(("in", "across", "throughout", "outside", "near", "inside", "around"))
ARGUMENTS = frozenset(("nsubj", "nsubjpass", "dobj", "attr"))


def names_force_too(lemma: str) -> bool:
    """A protest word the dictionary also has for armed force ("strike"): without a named doer it may be
    either, so no crowd is inferred for it."""
    ix = index()
    return any(p.code[:2] in FORCE_ROOTS for p in (*ix.nouns.get(lemma, ()), *ix.verbs.get(lemma, ())))


def _countries(tok: Any, actors: DocActors) -> list[str]:
    return [c for m in np_actors.actors_of(tok, actors) if keys.is_country(c := keys.country_of(m.key))]


def _place_countries(tok: Any, actors: DocActors, skip: Any = None) -> list[str]:
    out: list[str] = []
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ in PLACES and (skip is None or prep.i != skip.i):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out += _countries(obj, actors)
    return out


def _clause_verb(tok: Any) -> tuple[Any | None, Any]:
    """The verb the protest phrase hangs on, climbing through nouns and prepositions ("hit by a wave of
    protests"), and the child of that verb on the path (its subtree is the phrase itself)."""
    child = tok
    for _ in range(4):
        head = child.head
        if head.i == child.i:
            break
        if head.pos_ in ("VERB", "AUX"):
            return head, child
        if head.pos_ not in ("NOUN", "PROPN", "ADP"):
            break
        child = head
    return None, child


def names_a_crowd(tok: Any) -> bool:
    """A doer phrase that is an anonymous crowd: a number ("thousands", "some 2,000") or a crowd noun of
    the dictionary ("people", "crowds", "residents"), with no party of its own."""
    return tok.like_num or tok.ent_type_ == "CARDINAL" or tok.lemma_.lower() in index().crowd_nouns


def crowd_country(c: Coded, actors: DocActors, sentence_mentions: Sequence[tuple[Any, ActorMention]],
                  setting: str | None) -> tuple[str, str] | None:
    """(ISO3 country, how it was found) for the crowd of an unowned protest act, or None."""
    tok = c.hit.token
    own = [x for ch in tok.children if ch.dep_ in MODIFIERS for x in _countries(ch, actors)]
    own += _place_countries(tok, actors)
    if own:
        return own[0], "its own phrase"
    verb, path = _clause_verb(tok)
    if verb is not None:
        near = _place_countries(verb, actors, skip=path)
        near += [x for ch in verb.children if ch.dep_ in ARGUMENTS and ch.i != path.i for x in _countries(ch, actors)]
        if near:
            return near[0], f"the clause of '{verb.text}'"
    named = list(dict.fromkeys(x for _, m in sentence_mentions if keys.is_country(x := keys.country_of(m.key))))
    if setting and keys.is_country(setting):
        return setting, "the sentence's setting"
    if len(named) == 1:
        return named[0], "the one country the sentence names"
    home = home_country(actors)
    return (home, f"+home:{home}") if home else None


def home_country(actors: DocActors) -> str | None:
    """The country the article names most (the first named breaks a tie)."""
    counts: Counter[str] = Counter()
    for m in actors.mentions:
        code = keys.country_of(m.key)
        if m.key and keys.is_country(code):
            counts[code] += 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def crowd_source(c: Coded, actors: DocActors, sentence_mentions: Sequence[tuple[Any, ActorMention]],
                 setting: str | None, coded: Sequence[Coded] = ()) -> ActorMention | None:
    """The people of the protest's country as its doer, when the act is a protest no one is named doing
    (not the crowd noun that is the subject of a protest verb: "protesters marched" is one act)."""
    if c.code[:2] != PROTEST_ROOT or names_force_too(c.hit.token.lemma_.lower()):
        return None
    doer = source_phrase(c.hit)
    if doer is not None and not names_a_crowd(doer):
        return None  # "delegates staged a walkout": a doer is named, only not resolved
    if any(o.code[:2] == PROTEST_ROOT and c.hit.token.head.i == o.hit.token.i != c.hit.token.i for o in coded):
        return None
    found = crowd_country(c, actors, sentence_mentions, setting)
    if found is None:
        return None
    country, how = found
    tok = c.hit.token
    return ActorMention(tok.idx, tok.idx + len(tok), tok.text, f"{country}.CVL", None, kind=IMPLIED,
                        evidence=f"unnamed crowd of a protest, country from {how}")


def crowd_target(source: ActorMention) -> ActorMention:
    """The government of the crowd's own country: what an unaimed protest is against."""
    country = keys.country_of(source.key)
    return ActorMention(source.start, source.end, source.text, f"{country}.GOV", None, kind=IMPLIED,
                        evidence=f"government of the protesting crowd's country ({source.evidence})")


def is_crowd(m: ActorMention | None) -> bool:
    return m is not None and m.kind == IMPLIED and m.evidence.startswith("unnamed crowd of a protest")


# sectors of a state's own people and groups, whose protests aimed at no one named are aimed at their government
PEOPLE_SECTORS = frozenset(("CVL", "OPP", "BUS", "MED", "PTY"))


def protests_own_government(code: str, source: ActorMention) -> bool:
    """"Students staged demonstrations", "Kurds demonstrated in Kirkuk", "farmers blocked roads": a protest by a
    country's own people that names no one it is aimed at is aimed at that country's government."""
    if code[:2] != PROTEST_ROOT or not source.key:
        return False
    country, _, rest = source.key.partition(".")
    # a bare country doing a demonstration ("Iraqi Kurds demonstrated": IRQ) is its people too
    return keys.is_country(country) and (not rest or rest.split(":")[0] in PEOPLE_SECTORS)
