"""The other party of an event the parse gives no target: the nearest coded mention the sentence names."""

from __future__ import annotations

from typing import Any

from ..records import ActorMention
from .keys import country_of, sector_part
from .places import is_locative

DEMONSTRATIVES = frozenset(("this", "that", "it", "these", "those"))
EMBEDDED = frozenset(("ccomp", "xcomp", "oprd", "advcl", "parataxis"))
# monitors and outlets that report what others did: their trailing attribution names where the report comes
# from, never a party ("..., a rights group said"); a state or force reporting an attack may be its victim
REPORTER_SECTORS = frozenset(("NGO", "MED"))
ATTRIBUTION_VERBS = frozenset("say report tell state claim add note write announce".split())


def _is_attribution(tok: Any, m: ActorMention) -> bool:
    """A news outlet or speaker cited as the origin of the report ("per Reuters", "Trend reports",
    "..., a rights group said")."""
    head = tok.head
    if tok.dep_ == "pobj" and (head.lower_ == "per" or head.lower_ == "to" and head.head.lower_ == "according"):
        return True
    if tok.dep_ != "nsubj" or head.lemma_.lower() not in ATTRIBUTION_VERBS:
        return False
    return tok.i > head.i or sector_part(m.key).split(":")[0] in REPORTER_SECTORS and _trailing_attribution(tok, head)


def _trailing_attribution(subj: Any, verb: Any) -> bool:
    """"Police shot three protesters, a rights group said": the speaker of an attribution that follows the
    clause it reports."""
    return any(c.dep_ in ("ccomp", "parataxis") and c.i < subj.i for c in verb.children)


def doer_clauses(trigger: Any) -> set[int]:
    """"Houthi rebels, backed by Iran, attacked ships", "the M23 rebels, which Rwanda supports, captured ...":
    the doer of a clause on the trigger's subject (a participle's "by" agent, a relative clause's own subject)
    is the doer's backer or ally, not the party the act is aimed at. Returns those tokens."""
    subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or trigger.pos_ not in ("VERB", "AUX"):
        return set()
    doers = [g for c in subj.children if c.dep_ in ("acl", "relcl") for g in c.children
             if g.dep_ == "agent" or g.dep_ in ("nsubj", "nsubjpass") and g.lower_ not in ("which", "who", "that")]
    return {t.i for g in doers for t in g.subtree}


# a country's groups that stand against or address their own state as another side ("rebels attacked Niger", "protesters
# denounced Iran"); firms, outlets and charities of a state do not ("transfers from Russian companies")
CHALLENGER_SECTORS = frozenset(("REB", "OPP", "CVL", "PTY", "LAB"))


def home_side(key: str, source_keys: set[str]) -> bool:
    """Whether a party of the source's own country is another side of the act: one of another sector than
    every source ("police clashed with protesters", "Niger fought its rebels": a source named bare has no
    sector of its own), or the state itself named bare when every source is a group that challenges it
    (``CHALLENGER_SECTORS``: "the rebels attacked Niger", "protesters denounced Iran"; not its firms or outlets)."""
    sector = sector_part(key)
    if not sector:
        return all(sector_part(k).split(":")[0] in CHALLENGER_SECTORS for k in source_keys)
    return all(sector_part(k) != sector for k in source_keys)


def _home_place(tok: Any, m: ActorMention) -> bool:
    """"Protests erupted across Tunisia": the source's own state named bare as where it acts is no side."""
    return not sector_part(m.key) and is_locative(tok)


def counterpart(trigger: Any, mentions: list[tuple[Any, ActorMention]], source_keys: set[str], *,
                places: bool, topical: bool = False, conditions: bool = False) -> ActorMention | None:
    """The other party a sentence names when the parse gives the trigger no target.

    News sentences often name the second party away from the trigger ("Israel rejected the plan
    proposed by Egypt", "police clashed with protesters demanding ..."). The nearest coded mention
    of another party is taken, mentions inside the trigger's own phrase first; a same-country
    mention counts only when it is another side at home (``home_side``: police against protesters, rebels
    against their state). Parties of an embedded clause and outlets cited as the origin of the report
    ("per Reuters") are left out. Places named as where an event
    happened count only for events whose nouns take places (attacks, fighting). With ``topical`` (the
    trigger's object is "this" / "it", pointing back at what the sentence is about) the first party
    the sentence names is taken instead of the nearest.
    """
    src_countries = {country_of(k) for k in source_keys}
    best: tuple[tuple[int, int], ActorMention] | None = None
    subtree = {t.i for t in trigger.subtree}
    # parties of an embedded clause belong to that clause's own event ("called it 'an attempt to arm Ukraine'")
    # a threat's condition names its target ("warned of retaliation if the US imposes sanctions")
    skip = EMBEDDED - {"advcl"} if conditions else EMBEDDED
    embedded = {t.i for c in trigger.children if c.dep_ in skip for t in c.subtree}
    embedded |= doer_clauses(trigger)
    for tok, m in mentions:
        if m.key is None or m.key in source_keys or tok.i in embedded:
            continue
        if not places and is_locative(tok) or _is_attribution(tok, m):
            continue
        if country_of(m.key) in src_countries and (not home_side(m.key, source_keys) or _home_place(tok, m)):
            continue
        rank = 0 if tok.i in subtree else 1
        score = (rank, tok.i if topical else abs(tok.i - trigger.i))
        if best is None or score < best[0]:
            best = (score, m)
    return best[1] if best else None
