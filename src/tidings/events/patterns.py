"""The event pattern dictionary, compiled once into lemma-indexed lookup tables.

A verb pattern is the verb lemma followed by particles / prepositions (matched
against the verb's ``prt``/``prep`` children or the ``to`` of an infinitive)
and object-noun lemmas (matched in the verb's object region), and optionally
``+dep`` for a required dependent. A noun pattern names the head noun last,
with required modifiers before it, or ``head of object``.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .. import data
from . import codebook
from .pattern_words import FUNCTION_WORDS
from .petrarch import read_verbs

KINDS = ("verb", "noun", "adj")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One compiled dictionary entry."""

    id: str
    code: str
    kind: str
    head: str
    preps: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    deps: tuple[str, ...] = ()
    mods: tuple[str, ...] = ()  # noun patterns: required modifiers
    of_obj: str | None = None  # noun patterns "X of Y"
    plover: str | None = None  # PLOVER type the PLOVER manual gives this trigger, where it differs from its code's
    plover_mode: str | None = None

    @property
    def weight(self) -> int:
        """More constraints = more specific; the most specific match wins. A named object noun weighs 2, an
        object class ("@captive") 1: "block road" (a protest) wins over "block @passage" (a blockade)."""
        nouns = sum(1 if is_class_slot(w) else 2 for w in self.nouns)
        return len(self.preps) + nouns + len(self.deps) + len(self.mods) + (1 if self.of_obj else 0)


CLASS_MARK = "@"


def is_class_slot(word: str) -> bool:
    """A verb pattern's object word that names a class of nouns ("free @captive"), not one noun."""
    return word.startswith(CLASS_MARK) and len(word) > 1


@dataclass(frozen=True, slots=True)
class ObjectClass:
    """The nouns a class slot of a verb pattern accepts as the verb's direct object: lemmas, and the heads of
    names of some entity types (a PERSON or a NORP for "@captive")."""

    words: frozenset[str]
    entities: frozenset[str] = frozenset()


SECTORS = frozenset("GOV MIL PMC COP REB OPP PTY JUD LEG MED BUS CVL NGO".split())


@dataclass(frozen=True, slots=True)
class Index:
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]
    adjs: dict[str, tuple[Pattern, ...]]
    size: int
    implicit_agents: tuple[tuple[str, str], ...] = ()  # (CAMEO prefix or pattern id, sector), longest first
    patient_nouns: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()  # verbs whose object is an event noun done by their subject
    crowd_nouns: frozenset[str] = frozenset()  # heads of a doer phrase naming an anonymous crowd ("thousands")
    speech_act_makers: frozenset[str] = frozenset()  # verbs whose agent made the speech-act noun ("made by X")
    aimed_nouns: frozenset[str] = frozenset()  # nouns that are events only with an "against" party
    authored_nouns: frozenset[str] = frozenset()  # texts a party issues ("a resolution condemning X")
    own_people: tuple[str, ...] = ()  # CAMEO prefixes of acts done to one's own population when no target is named
    own_people_patterns: frozenset[str] = frozenset()  # single patterns of a wider code that are such acts
    judging_verbs: frozenset[str] = frozenset()  # verbs whose critical object judges their subject ("poses a threat")
    mandates: dict[str, str] = field(default_factory=dict)  # insisting verbs -> demand code of a mandate clause
    judging_nouns: frozenset[str] = frozenset()  # nouns that judge the subject they are predicated of ("is a lie")
    removals: dict[str, str] = field(default_factory=dict)  # rejecting verbs -> code when their object is a party
    observation_verbs: frozenset[str] = frozenset()  # verbs of observing an act ("detected the launch")
    intent_nouns: frozenset[str] = frozenset()  # nouns of a plan whose infinitive is announced ("plans to hold")
    attempt_nouns: frozenset[str] = frozenset()  # nouns of an attempt whose infinitive is its holder's act ("a bid to")
    holder_verbs: frozenset[str] = frozenset()  # verbs whose subject holds such a noun ("announced plans to")
    causing_verbs: frozenset[str] = frozenset()  # verbs whose object does their infinitive's act ("led X to expel")
    reciprocal_verbs: frozenset[str] = frozenset()  # verbs whose doing is mutual ("agree", "trade fire")
    asking_verbs: frozenset[str] = frozenset()  # verbs of asking or warning a party to act ("urged X to")
    leading_verbs: frozenset[str] = frozenset()  # verbs whose agent leads the group they are said of ("led by X")
    reacting_means: frozenset[str] = frozenset()  # verbs of reacting whose "with" object is their act ("responded with strikes")
    committing_verbs: frozenset[str] = frozenset()  # verbs whose object names the act they do ("committed genocide")
    aircraft_nouns: frozenset[str] = frozenset()  # doers whose bombing is from the air ("warplanes bombed")
    aiming_verbs: frozenset[str] = frozenset()  # verbs of aiming another act at a party ("..., targeting X")
    party_nouns: frozenset[str] = frozenset()  # event nouns that also name a party ("the opposition")
    party_noun_preps: frozenset[str] = frozenset()  # prepositions that make such a noun an act ("opposition to")
    ergative_verbs: frozenset[str] = frozenset()  # verbs whose intransitive subject is their object ("troops withdrew")
    help_nouns: frozenset[str] = frozenset()  # nouns of a "with" phrase naming the doer's helper ("with X's help")
    charging_participles: frozenset[str] = frozenset()  # participles whose noun is the one charged ("a man accused of")
    object_classes: dict[str, ObjectClass] = field(default_factory=dict)  # "@captive" -> the nouns it accepts
    street_complaints: dict[str, str] = field(default_factory=dict)  # complaining verbs -> code when people do them
    people_sectors: frozenset[str] = frozenset()  # sectors of a country's people, not its state ("CVL", "OPP")
    own_state: frozenset[str] = frozenset()  # patterns of acts a force does to its own state ("coup")

    def on_own_people(self, code: str, pattern_id: str) -> bool:
        """An act a government does to its own population (a curfew, a crackdown) when no one is named."""
        return (bool(self.own_people) and code.startswith(self.own_people)) or pattern_id in self.own_people_patterns

    def implicit_sector(self, code: str, pattern_id: str = "") -> str | None:
        """The sector of the unnamed agent of an agentless act with this code ("arrested" -> COP), or of
        this one pattern of a wider code ("was removed from office" -> LEG, though "banned" has none)."""
        return next((sector for key, sector in self.implicit_agents
                     if key == pattern_id or ":" not in key and code.startswith(key)), None)


def _check(obj: dict[str, Any]) -> list[str]:
    entries = obj.get("entries")
    if not isinstance(entries, list) or len(entries) < 400:
        return ["'entries' must be a list of at least 400 patterns"]
    known = set(codebook.codes())
    problems = [f"pattern {e!r} has unknown code or kind" for e in entries
                if e.get("code") not in known or e.get("kind") not in KINDS or not str(e.get("text", "")).strip()]
    roots = {e.get("code", "")[:2] for e in entries}
    if len(roots) < 20:
        problems.append(f"patterns cover only {len(roots)} of 20 CAMEO roots")
    implicit = obj.get("implicit_agents", {})
    if not isinstance(implicit, dict):
        problems.append("'implicit_agents' must be an object")
    else:
        ids = {f"{e.get('code')}:{e.get('kind')}:{e.get('text')}" for e in entries}
        problems += [f"implicit agent {k!r}: {v!r} is not a CAMEO prefix or pattern id and sector"
                     for k, v in implicit.items() if k != "about" and (
                         (k not in ids if ":" in k else not any(c.startswith(k) for c in known)) or v not in SECTORS)]
    words = obj.get("patient_nouns", {}).get("words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        problems.append("'patient_nouns.words' must be a list of words")
    light = obj.get("light_verbs", {}).get("words", [])
    if not isinstance(light, list) or not all(isinstance(w, str) and w.strip() and " " not in w for w in light):
        problems.append("'light_verbs.words' must be a list of single verb lemmas")
    for key, what in (("crowd_nouns", "noun"), ("speech_act_makers", "verb"), ("aimed_nouns", "noun"),
                      ("authored_nouns", "noun"), ("judging_verbs", "verb"), ("judging_nouns", "noun"),
                      ("observation_verbs", "verb"), ("causing_verbs", "verb"),
                      ("reciprocal_verbs", "verb"), ("asking_verbs", "verb"), ("leading_verbs", "verb"),
                      ("reacting_means", "verb"), ("committing_verbs", "verb"), ("aircraft_nouns", "noun"),
                      ("aiming_verbs", "verb"), ("party_nouns", "noun"), ("ergative_verbs", "verb"),
                      ("charging_participles", "verb"), ("help_nouns", "noun")):
        words = obj.get(key, {}).get("words", [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() and " " not in w for w in words):
            problems.append(f"'{key}.words' must be a list of single {what} lemmas")
    own = obj.get("own_people", {}).get("codes", [])
    if not isinstance(own, list) or not all(isinstance(c, str) and any(k.startswith(c) for k in known) for c in own):
        problems.append("'own_people.codes' must be a list of CAMEO code prefixes")
    ids = {f"{e.get('code')}:{e.get('kind')}:{e.get('text')}" for e in entries}
    problems += [f"own_people pattern {i!r} is not a pattern of the dictionary"
                 for i in obj.get("own_people", {}).get("patterns", []) if i not in ids]
    own_state = obj.get("own_state", {}).get("patterns", [])
    if not isinstance(own_state, list) or not all(isinstance(i, str) and i in ids for i in own_state):
        problems.append("'own_state.patterns' must list patterns of the dictionary (code:kind:text)")
    preps = obj.get("party_nouns", {}).get("aiming_preps", [])
    if not isinstance(preps, list) or not all(isinstance(w, str) and w.strip() and " " not in w for w in preps):
        problems.append("'party_nouns.aiming_preps' must be a list of single prepositions")
    for group in ("intended", "attempt", "holder_verbs"):
        words = obj.get("intent_nouns", {}).get(group, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() and " " not in w for w in words):
            problems.append(f"'intent_nouns.{group}' must be a list of single lemmas")
    return problems + _check_readings(obj) + _check_object_classes(obj) + _check_street_complaints(obj)


def _check_street_complaints(obj: dict[str, Any]) -> list[str]:
    """``street_complaints.verbs`` maps single verb lemmas to CAMEO codes."""
    verbs = obj.get("street_complaints", {}).get("verbs", {})
    known = set(codebook.codes())
    if not isinstance(verbs, dict) or not all(isinstance(k, str) and k.strip() and " " not in k and v in known
                                              for k, v in verbs.items()):
        return ["'street_complaints.verbs' must map single verb lemmas to CAMEO codes"]
    sectors = obj.get("street_complaints", {}).get("people_sectors", [])
    if not isinstance(sectors, list) or not set(sectors) <= SECTORS:
        return ["'street_complaints.people_sectors' must be a list of sectors"]
    return []


# entity types a class slot may accept by name (spaCy's labels of people, peoples and places)
CLASS_ENTITIES = frozenset(("PERSON", "NORP", "GPE", "LOC", "FAC"))


def _check_object_classes(obj: dict[str, Any]) -> list[str]:
    """Each object class lists single lemmas and known entity types; each '@class' of a pattern is defined."""
    classes = obj.get("object_classes", {}).get("classes", {})
    if not isinstance(classes, dict):
        return ["'object_classes.classes' must be an object"]
    problems = []
    for name, cls in classes.items():
        words = cls.get("words", []) if isinstance(cls, dict) else None
        ents = cls.get("entities", []) if isinstance(cls, dict) else None
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() and " " not in w for w in words):
            problems.append(f"object class {name!r}: 'words' must be a list of single lemmas")
        if not isinstance(ents, list) or not set(ents) <= CLASS_ENTITIES:
            problems.append(f"object class {name!r}: 'entities' must be a list of {sorted(CLASS_ENTITIES)}")
    used = {w[1:] for e in obj["entries"] for w in str(e.get("text", "")).lower().split() if is_class_slot(w)}
    problems += [f"pattern object class '@{c}' is not defined in object_classes" for c in sorted(used - set(classes))]
    return problems


def _object_classes(obj: dict[str, Any]) -> dict[str, ObjectClass]:
    return {name.lower(): ObjectClass(frozenset(w.lower() for w in cls.get("words", [])),
                                      frozenset(cls.get("entities", [])))
            for name, cls in obj.get("object_classes", {}).get("classes", {}).items()}


def _check_readings(obj: dict[str, Any]) -> list[str]:
    """Each PLOVER reading names a pattern of the dictionary and a PLOVER type."""
    readings = obj.get("plover_readings", {}).get("patterns", {})
    if not isinstance(readings, dict):
        return ["'plover_readings.patterns' must be an object"]
    ids = {f"{e.get('code')}:{e.get('kind')}:{e.get('text')}" for e in obj["entries"]}
    types = codebook.plover_types()
    return [f"PLOVER reading {pid!r}: no such pattern or unknown type {r!r}" for pid, r in readings.items()
            if pid not in ids or not isinstance(r, dict) or r.get("type") not in types]


def _with_reading(p: Pattern, readings: dict[str, Any]) -> Pattern:
    """A pattern carrying the PLOVER type its trigger has in the PLOVER manual ("resigned" is RETREAT
    'resign' though CAMEO files it under 0831, which the CAMEO->PLOVER table makes CONCEDE)."""
    r = readings.get(p.id)
    return p if r is None else replace(p, plover=r["type"], plover_mode=r.get("mode"))


def compile_pattern(code: str, kind: str, text: str) -> Pattern:
    """Turn one dictionary line into a Pattern."""
    words = text.lower().split()
    pid = f"{code}:{kind}:{text}"
    if kind == "noun":
        if len(words) > 1 and words[-1] in FUNCTION_WORDS and words[-1] != "of":
            # "call for": the noun with that preposition ("a call for a ceasefire", not a phone call)
            return Pattern(pid, code, kind, words[-2], mods=tuple(words[:-2]), preps=(words[-1],))
        if "of" in words[1:-1]:
            i = words.index("of")
            return Pattern(pid, code, kind, words[i - 1], mods=tuple(words[: i - 1]), of_obj=words[-1])
        return Pattern(pid, code, kind, words[-1], mods=tuple(words[:-1]))
    if kind == "adj":
        return Pattern(pid, code, kind, words[0])
    preps = tuple(w for w in words[1:] if w in FUNCTION_WORDS)
    deps = tuple(w[1:] for w in words[1:] if w.startswith("+"))
    nouns = tuple(w for w in words[1:] if w not in FUNCTION_WORDS and not w.startswith("+"))
    return Pattern(pid, code, kind, words[0], preps=preps, nouns=nouns, deps=deps)


ENV_VERB_DICTIONARIES = "TIDINGS_VERB_DICTIONARIES"
_extra_paths: list[str] | None = None  # set by use_verb_dictionaries(); None = read the environment


def use_verb_dictionaries(paths: list[str] | None) -> None:
    """Add PETRARCH/TABARI verb dictionaries to the patterns (None: back to the environment).

    Without a call, the paths in ``$TIDINGS_VERB_DICTIONARIES`` (separated by ``os.pathsep``)
    are used, so that ``--workers`` processes read the same files. The index is rebuilt.
    """
    global _extra_paths
    _extra_paths = list(paths) if paths is not None else None
    index.cache_clear()


def extra_verb_paths() -> list[str]:
    if _extra_paths is not None:
        return list(_extra_paths)
    return [p for p in os.environ.get(ENV_VERB_DICTIONARIES, "").split(os.pathsep) if p.strip()]


@lru_cache(maxsize=1)
def index() -> Index:
    """Load, validate and index the dictionary, plus any extra verb dictionaries (built once per process).

    The project's own patterns come first, so an imported pattern wins only by being more specific.
    """
    obj = data.validated("event_patterns", _check)
    tables: dict[str, dict[str, list[Pattern]]] = {k: defaultdict(list) for k in KINDS}
    seen: set[str] = set()
    readings = obj.get("plover_readings", {}).get("patterns", {})
    imported = [e for path in extra_verb_paths() for e in read_verbs(path).entries]
    for e in [*obj["entries"], *imported]:
        p = _with_reading(compile_pattern(e["code"], e["kind"], e["text"]), readings)
        if p.id in seen:
            continue
        seen.add(p.id)
        if "origin" in e:  # --explain names the file and line an imported pattern came from
            p = replace(p, id=f"{p.id}@{e['origin']}")
        tables[p.kind][p.head].append(p)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in obj.get(key, {}).get("words", []))

    def frozen(t: dict[str, list[Pattern]]) -> dict[str, tuple[Pattern, ...]]:
        return {k: tuple(sorted(v, key=lambda p: -p.weight)) for k, v in t.items()}

    implicit = sorted(((k, v) for k, v in obj.get("implicit_agents", {}).items() if k != "about"),
                      key=lambda kv: -len(kv[0]))
    patient = frozenset(w.lower() for w in obj.get("patient_nouns", {}).get("words", []))
    light = frozenset(w.lower() for w in obj.get("light_verbs", {}).get("words", []))
    crowd = frozenset(w.lower() for w in obj.get("crowd_nouns", {}).get("words", []))
    makers = frozenset(w.lower() for w in obj.get("speech_act_makers", {}).get("words", []))
    aimed = frozenset(w.lower() for w in obj.get("aimed_nouns", {}).get("words", []))
    own = tuple(obj.get("own_people", {}).get("codes", []))
    own_ids = frozenset(obj.get("own_people", {}).get("patterns", []))
    authored = frozenset(w.lower() for w in obj.get("authored_nouns", {}).get("words", []))
    judging = frozenset(w.lower() for w in obj.get("judging_verbs", {}).get("words", []))
    mandates = {k.lower(): v for k, v in obj.get("mandates", {}).get("verbs", {}).items()}
    judging_nouns = frozenset(w.lower() for w in obj.get("judging_nouns", {}).get("words", []))
    removals = {k.lower(): v for k, v in obj.get("removals", {}).get("verbs", {}).items()}
    observing = frozenset(w.lower() for w in obj.get("observation_verbs", {}).get("words", []))
    return Index(frozen(tables["verb"]), frozen(tables["noun"]), frozen(tables["adj"]), len(seen),
                 tuple(implicit), patient, light, crowd, makers, aimed, authored, own, own_ids, judging, mandates,
                 judging_nouns, removals, observing,
                 frozenset(w.lower() for w in obj.get("intent_nouns", {}).get("intended", [])),
                 frozenset(w.lower() for w in obj.get("intent_nouns", {}).get("attempt", [])),
                 frozenset(w.lower() for w in obj.get("intent_nouns", {}).get("holder_verbs", [])),
                 frozenset(w.lower() for w in obj.get("causing_verbs", {}).get("words", [])),
                 frozenset(w.lower() for w in obj.get("reciprocal_verbs", {}).get("words", [])),
                 frozenset(w.lower() for w in obj.get("asking_verbs", {}).get("words", [])),
                 frozenset(w.lower() for w in obj.get("leading_verbs", {}).get("words", [])),
                 words("reacting_means"), words("committing_verbs"), words("aircraft_nouns"), words("aiming_verbs"),
                 words("party_nouns"), frozenset(w.lower() for w in obj.get("party_nouns", {}).get("aiming_preps", [])),
                 words("ergative_verbs"), words("help_nouns"), words("charging_participles"),
                 object_classes=_object_classes(obj),
                 street_complaints={k.lower(): v for k, v in obj.get("street_complaints", {}).get("verbs", {}).items()},
                 people_sectors=frozenset(obj.get("street_complaints", {}).get("people_sectors", [])),
                 own_state=frozenset(obj.get("own_state", {}).get("patterns", [])))
