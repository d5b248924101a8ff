"""A confidence (0-1) on every event, from how it was found.

The score is a logistic model over a few facts about each event: how the trigger matched
(verb, event noun, adjective, or a rule that nests an accusation or a demand), its status, how
its source and target were resolved (a named state, a person through an office, a pronoun or a
description, carried over from an earlier sentence), how far they stand from the trigger, and
how crowded the sentence is, where the event stands in the article, how many events its trigger
fanned out to and how central its parties (and their pair) are to the article. The weights live in ``data/event_confidence.json``; they are
fitted by ``tools/train_confidence.py`` on the ``look`` half of the development keys and
checked on the ``judge`` half (``tidings evaluate`` prints precision per confidence band).

The model only ranks and calibrates; it never drops an event (``--min-confidence`` does that
for whoever asks).
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import lru_cache
from typing import Any, Sequence

from .. import data
from ..records import ActorMention, Event, Sentence, Statement

# rules whose events are derived from another one (the prefix of Event.pattern)
DERIVED = ("reported", "quoted", "judged", "demand")
# actor kinds as the actor stage writes them (ActorMention.kind)
KINDS = ("state", "person", "organisation", "group", "pronoun", "description", "region", "place")
# how the actor stage decided a key (the start of ActorMention.evidence)
EVIDENCE = ("role", "country", "demonym", "igo", "seat-of-power", "holder", "region", "title", "same person",
            "description", "pronoun", "implicit", "speaker of", "statement issued", "group", "place", "institution")
STATUSES = ("asserted", "claimed", "denied", "intended", "hypothetical", "negated")


def _check(obj: dict[str, Any]) -> list[str]:
    problems = []
    if not isinstance(obj.get("intercept"), (int, float)):
        problems.append("intercept must be a number")
    weights = obj.get("weights")
    if not isinstance(weights, dict) or not all(isinstance(v, (int, float)) for v in weights.values()):
        problems.append("weights must map feature names to numbers")
    return problems


@lru_cache(maxsize=1)
def model() -> tuple[float, dict[str, float]]:
    obj = data.validated("event_confidence", _check)
    return float(obj["intercept"]), {str(k): float(v) for k, v in obj["weights"].items()}


def _rule(e: Event) -> str:
    head = (e.pattern or "").split(":", 1)[0]
    if head in DERIVED:
        return head
    kind = (e.pattern or "").split(":")[1] if (e.pattern or "").count(":") >= 2 else ""
    return kind if kind in ("verb", "noun", "adj") else "other"


def _actor_features(role: str, m: ActorMention | None, sent: Sentence, trigger: int) -> dict[str, float]:
    if m is None:
        return {f"{role}:none": 1.0}
    out = {f"{role}:kind:{m.kind if m.kind in KINDS else 'other'}": 1.0}
    key = m.key or ""
    out[f"{role}:sector" if "." in key or ":" in key else f"{role}:bare"] = 1.0
    if not sent.start <= m.start < sent.end:
        out[f"{role}:outside"] = 1.0  # carried over from another sentence, or an implicit agent
    else:
        out[f"{role}:distance"] = min(abs(m.start - trigger), 200) / 100.0
    ev = m.evidence or ""
    how = next((p for p in EVIDENCE if ev.startswith(p)), "other")
    out[f"{role}:by:{how}"] = 1.0
    if "+home:" in ev or "fallback" in ev:
        out[f"{role}:guessed"] = 1.0  # the article's home country stood in for an owner the phrase does not name
    return out


# dependency labels kept apart on the path from a trigger to an argument; the rest fall into "other"
PATH_DEPS = frozenset(("nsubj", "nsubjpass", "dobj", "pobj", "prep", "agent", "poss", "compound", "amod",
                       "dative", "conj", "appos", "nmod", "acl", "relcl", "ccomp", "xcomp", "advcl"))


def _token_at(doc: Any, m: ActorMention) -> Any | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path(doc: Any, trigger: Any, m: ActorMention | None, sent: Sentence) -> str:
    """How an argument hangs on the trigger in the parse: the label of the trigger's dependent that
    leads to it, "above" when the trigger sits inside the argument's phrase, "sibling" when both hang
    on one head, "far" for another clause of the sentence, "outside" for another sentence."""
    if m is None:
        return "none"
    if not sent.start <= m.start < sent.end:
        return "outside"
    tok = _token_at(doc, m)
    if tok is None or trigger is None:
        return "far"
    if tok.i == trigger.i:
        return "self"
    for child in trigger.children:
        if child.left_edge.i <= tok.i <= child.right_edge.i and tok in child.subtree:
            label = child.dep_ if child.dep_ in PATH_DEPS else "other"
            if child.dep_ == "prep":
                label = f"prep:{child.lower_}" if child.lower_ in ("of", "by", "with", "on", "against", "to", "from") else "prep"
            return label if child.i == tok.i or child.dep_ == "prep" else f"{label}+"
    if trigger in tok.subtree:
        return "above"
    if tok.head.i == trigger.head.i or tok.head.i == trigger.i:
        return "sibling"
    return "far"


# entity labels that name a possible party to an event
NAMED = frozenset(("GPE", "NORP", "ORG", "PERSON"))


def parse_features(doc: Any, e: Event, sent: Sentence) -> dict[str, float]:
    """Where the trigger and its arguments stand in the dependency parse, how many named parties
    (entities) the sentence holds, and how many stand between the trigger and each argument (the
    rivals an argument rule passed over)."""
    if doc is None:
        return {}
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    trigger = span.root if span is not None and len(span) else None
    if trigger is None:
        return {"trigger:unaligned": 1.0}
    depth = 0
    t = trigger
    while t.head.i != t.i and depth < 6:
        t, depth = t.head, depth + 1
    dep = trigger.dep_ if trigger.dep_ in PATH_DEPS | {"ROOT"} else "other"
    ents = [ent for ent in doc.ents if sent.start <= ent.start_char < sent.end and ent.label_ in NAMED]
    names = len(ents)
    between: dict[str, float] = {}
    for role, m in (("src", e.source), ("tgt", e.target)):
        if m is not None and sent.start <= m.start < sent.end:  # other named parties between the trigger and it
            lo, hi = (m.end, e.trigger.start) if m.start < e.trigger.start else (e.trigger.end, m.start)
            between[f"{role}:between"] = min(sum(1 for x in ents if lo <= x.start_char and x.end_char <= hi), 4) / 2.0
    return between | {f"src:path:{_path(doc, trigger, e.source, sent)}": 1.0,
            f"tgt:path:{_path(doc, trigger, e.target, sent)}": 1.0,
            f"trigger:dep:{dep}": 1.0, f"trigger:pos:{trigger.pos_}": 1.0, "trigger:depth": depth / 3.0,
            "sent:names": min(names, 8) / 4.0}


def features(e: Event, sent: Sentence, *, in_sentence: int, quoted: bool, doc: Any = None) -> dict[str, float]:
    """The facts the model weighs, as named values (1.0 for a fact that holds)."""
    f: dict[str, float] = {f"rule:{_rule(e)}": 1.0, f"status:{e.status}": 1.0, f"root:{e.root or e.cameo[:2]}": 1.0}
    f.update(_actor_features("src", e.source, sent, e.trigger.start))
    f.update(_actor_features("tgt", e.target, sent, e.trigger.start))
    f.update(parse_features(doc, e, sent))
    if sent.zone == "headline":
        f["zone:headline"] = 1.0
    if quoted:
        f["in_quote"] = 1.0
    if e.attributed_to:
        f["attributed"] = 1.0
        if e.target is not None and e.target.key and e.target.key.split(".")[0] == e.attributed_to.split(".")[0]:
            f["tgt:is_holder"] = 1.0  # the party reporting the act is also its target
    src, tgt = (e.source.key if e.source else None), (e.target.key if e.target else None)
    if src and tgt and src.split(".")[0] == tgt.split(".")[0]:
        f["same_country"] = 1.0
    f["crowd"] = min(in_sentence, 8) / 4.0
    f["sentence_length"] = min(sent.end - sent.start, 400) / 200.0
    return f


def score(f: dict[str, float]) -> float:
    intercept, weights = model()
    z = intercept + sum(weights.get(k, 0.0) * v for k, v in f.items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def _country(m: ActorMention | None) -> str:
    return (m.key or "").split(".")[0] if m is not None else ""


def article_features(events: Sequence[Event], sentences: Sequence[Sentence]) -> list[dict[str, float]]:
    """Facts about each event among the article's others: where in the article it stands, how many
    events one trigger fanned out to, how central its parties are to the article (the share of events
    each takes part in) and how many other events join the same two countries."""
    last = max((s.index for s in sentences), default=0) or 1
    fan: dict[tuple[int, int], int] = {}
    roots: dict[tuple[int, str], int] = {}
    seen: dict[str, int] = {}
    pairs: dict[frozenset[str], int] = {}
    for e in events:
        pair = frozenset((_country(e.source), _country(e.target))) - {""}
        pairs[pair] = pairs.get(pair, 0) + 1
        fan[(e.trigger.start, e.trigger.end)] = fan.get((e.trigger.start, e.trigger.end), 0) + 1
        roots[(e.sentence, e.root)] = roots.get((e.sentence, e.root), 0) + 1
        for c in {_country(e.source), _country(e.target)} - {""}:
            seen[c] = seen.get(c, 0) + 1
    out = []
    for e in events:
        f = {"article:position": min(e.sentence, last) / last, "trigger:fanout": min(fan[(e.trigger.start, e.trigger.end)] - 1, 4) / 2.0,
             "sent:same_root": min(roots[(e.sentence, e.root)] - 1, 4) / 2.0}
        if e.sentence <= 2:
            f["article:lead"] = 1.0
        pair = frozenset((_country(e.source), _country(e.target))) - {""}
        if len(pair) == 2:
            f["article:pair"] = min(pairs[pair] - 1, 6) / 3.0  # other events between the same two countries
        for role, m in (("src", e.source), ("tgt", e.target)):
            if _country(m):
                f[f"{role}:salience"] = seen[_country(m)] / len(events)
        if e.attributed_to and _country(e.source) == e.attributed_to.split(".")[0]:
            f["src:is_holder"] = 1.0  # the party reporting the act says it did it
        out.append(f)
    return out


def event_features(events: Sequence[Event], sentences: Sequence[Sentence],
                   statements: Sequence[Statement], doc: Any = None) -> list[dict[str, float]]:
    """Features of every event of one document (also what the training script reads)."""
    by_index = {s.index: s for s in sentences}
    crowd: dict[int, int] = {}
    for e in events:
        crowd[e.sentence] = crowd.get(e.sentence, 0) + 1
    quotes = [(s.content.start, s.content.end) for s in statements if s.kind != "indirect"]
    out = []
    for e, extra in zip(events, article_features(events, sentences)):
        sent = by_index.get(e.sentence) or Sentence(e.sentence, e.trigger.start, e.trigger.end, "body")
        quoted = any(a <= e.trigger.start < b for a, b in quotes)
        out.append(features(e, sent, in_sentence=crowd[e.sentence], quoted=quoted, doc=doc) | extra)
    return out


def assign(events: Sequence[Event], sentences: Sequence[Sentence], statements: Sequence[Statement],
           doc: Any = None) -> list[Event]:
    """The events with their confidence set (``doc``: the parse they were read from)."""
    feats = event_features(events, sentences, statements, doc)
    return [replace(e, confidence=score(f)) for e, f in zip(events, feats)]
