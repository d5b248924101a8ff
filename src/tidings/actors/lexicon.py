"""The actor dictionaries, loaded once from ``data/actors_*.json`` and validated.

Every alias becomes an :class:`Alias` (what a phrase means); role words become
:class:`Role` entries (which sector a word implies). Person names of dated
office holders become :class:`Holder` entries. Built once per process and
cached, so resolution costs only the matching.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Mapping

import pycountry

from .. import data

SECTORS = ("GOV", "MIL", "PMC", "COP", "REB", "OPP", "PTY", "JUD", "LEG", "MED", "BUS", "CVL", "NGO")
ORG_KINDS = ("igo", "ngo", "group", "region", "institution", "media")
ROLE_CLASSES = ("institution", "person", "people")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_KEY = re.compile(r"^[A-Z][A-Z0-9_]{1,9}(\.[A-Z]{3}(:[^.]+)?)?$")
# extra non-ISO codes the data may use (Kosovo is user-assigned XKX)
EXTRA_CODES = {"XKX"}


@dataclass(frozen=True, slots=True)
class Alias:
    """One phrase and the actor it names."""

    text: str
    key: str  # full key (``RUS.GOV``, ``NATO``) or a bare country code
    kind: str  # country | adjective | capital | place | igo | ngo | group | region | institution | media | person
    evidence: str


@dataclass(frozen=True, slots=True)
class Role:
    """A role or institution word and the sector it implies."""

    text: str
    sector: str
    cls: str  # institution | person | people
    generic: bool  # sector is only a default: an attached organisation decides
    weak: bool  # needs a country or organisation in the same phrase to count


@dataclass(frozen=True, slots=True)
class Holder:
    """A dated office holder."""

    name: str  # canonical (first) name
    key: str
    role: str
    start: str
    end: str | None


@dataclass
class Lexicon:
    aliases: list[Alias] = field(default_factory=list)
    roles: dict[str, Role] = field(default_factory=dict)
    holders: dict[str, list[Holder]] = field(default_factory=dict)  # normalised name -> holders
    female_first: frozenset[str] = frozenset()
    female_full: frozenset[str] = frozenset()
    female_cues: frozenset[str] = frozenset()
    male_cues: frozenset[str] = frozenset()
    female_endings: tuple[str, ...] = ()
    name_particles: frozenset[str] = frozenset()  # "bin", "al", "da": words of a name that never stand for it
    # organisation key -> (sector, names) of the names that, after a country, name its national society
    national_branches: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lower-cased name -> candidate codes
    contextual: dict[str, tuple[str, ...]] = field(default_factory=dict)  # same, but only with a candidate named
    state_descriptions: dict[str, frozenset[str]] = field(default_factory=dict)  # "island" -> island states
    documents: frozenset[str] = frozenset()  # "statement", "report": texts that speak for their issuer
    acting_nouns: dict[str, str] = field(default_factory=dict)  # lemma -> sector its country modifier acts through
    name_heads: frozenset[str] = frozenset()  # "act", "treaty": head words of names that are not actors
    hyphen_affiliation: frozenset[str] = frozenset()  # "Russian-registered": the noun belongs to the state
    hyphen_provenance: frozenset[str] = frozenset()  # "Iranian-made": the state is only an origin
    representatives: frozenset[str] = frozenset()  # "Ethiopia's UN ambassador" speaks for Ethiopia
    organisation_heads: frozenset[str] = frozenset()  # "Secretary-General X": the organisation's, not a state's
    state_nouns: frozenset[str] = frozenset()  # "the country", "the Gulf nation": a state the text named before
    state_noun_others: frozenset[str] = frozenset()  # "the neighbouring country": some other state
    described_state_nouns: frozenset[str] = frozenset()  # "the Gulf state": a state only when described
    command_verbs: frozenset[str] = frozenset()  # "ordered soldiers to", "urged troops to": the subject's own forces
    seated_bodies: frozenset[str] = frozenset()  # "the foreign ministry in Manila": of the capital it sits in
    state_voices: frozenset[str] = frozenset()  # "state media": relays the words of the state it reports
    member_bodies: frozenset[str] = frozenset()  # "the council", "the 35-nation board": a body named before
    generic_member_bodies: frozenset[str] = frozenset()  # "the body": any international organisation named before
    membership_units: frozenset[str] = frozenset()  # "35-nation", "27-member": members counted
    outlet_verbs: frozenset[str] = frozenset()  # "X has learned", "X reported": X is a news outlet


def strip_accents(text: str) -> str:
    """The text without its accents ("Brasília" -> "Brasilia")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm_name(text: str) -> str:
    """Accent-, case- and punctuation-insensitive form of a name (``El-Sisi`` == ``el sisi``)."""
    s = strip_accents(text)
    s = re.sub(r"[\-‐‑’'`.]", " ", s.lower())
    return " ".join(s.split())


def _iso_codes() -> set[str]:
    return {c.alpha_3 for c in pycountry.countries} | EXTRA_CODES


def _check_countries(obj: dict[str, Any]) -> list[str]:
    codes = _iso_codes()
    probs = [f"unknown country code {c}" for c in obj.get("countries", {}) if c not in codes]
    probs += [f"unknown place country {c}" for c in obj.get("places", {}) if c not in codes]
    for name, cands in list(obj.get("ambiguous", {}).items()) + list(obj.get("contextual", {}).items()):
        if not isinstance(cands, list) or not cands or any(c not in codes for c in cands):
            probs.append(f"ambiguous {name}: candidates must be a non-empty list of known codes")
    for words, cands in obj.get("state_descriptions", {}).items():
        if not isinstance(cands, list) or not cands or any(c not in codes for c in cands):
            probs.append(f"state_descriptions {words}: states must be a non-empty list of known codes")
    for code, e in obj.get("countries", {}).items():
        for f in ("names", "adjectives", "capitals"):
            if not isinstance(e.get(f), list):
                probs.append(f"{code}: field {f} must be a list")
    return probs


def _check_orgs(obj: dict[str, Any]) -> list[str]:
    probs = []
    for i, e in enumerate(obj.get("entries", [])):
        if e.get("kind") not in ORG_KINDS:
            probs.append(f"entry {i}: bad kind {e.get('kind')!r}")
        if not _KEY.match(str(e.get("key", ""))):
            probs.append(f"entry {i}: bad key {e.get('key')!r}")
        if not e.get("names"):
            probs.append(f"entry {i}: no names")
        branch = e.get("national_branch")
        if branch is not None:
            names = {n.lower() for n in e.get("names", [])}
            if not isinstance(branch, dict) or branch.get("sector") not in SECTORS or not isinstance(
                    branch.get("names"), list) or not all(isinstance(n, str) and n.lower() in names for n in branch["names"]):
                probs.append(f"entry {i}: national_branch needs a sector and a list of the entry's own names")
    return probs


def _check_names(obj: dict[str, Any]) -> list[str]:
    probs = []
    for f in ("female_first", "female_full", "female_cues", "male_cues", "female_surname_endings", "name_particles"):
        words = obj.get(f, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            probs.append(f"{f} must be a list of words")
    if any(w != w.lower() for w in obj.get("name_particles", [])):
        probs.append("name_particles must be lower case")
    return probs


def _check_sectors(obj: dict[str, Any]) -> list[str]:
    probs = []
    acting = obj.get("acting_nouns", {})
    if not isinstance(acting, dict) or any(k not in SECTORS or not isinstance(v, list) for k, v in acting.items()):
        probs.append("acting_nouns must map sectors to lists of lemmas")
    docs = obj.get("documents", [])
    if not isinstance(docs, list) or not all(isinstance(w, str) and w for w in docs):
        probs.append("documents must be a list of words")
    for f in ("name_heads", "hyphen_affiliation", "hyphen_provenance", "representatives", "organisation_heads",
              "state_nouns", "state_noun_others", "state_voices", "member_bodies", "generic_member_bodies", "described_state_nouns", "command_verbs", "outlet_verbs",
              "membership_units", "seated_bodies"):
        words = obj.get(f, [])
        if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
            probs.append(f"{f} must be a list of words")
    for i, e in enumerate(obj.get("entries", [])):
        if e.get("sector") not in SECTORS:
            probs.append(f"entry {i}: bad sector {e.get('sector')!r}")
        if e.get("class") not in ROLE_CLASSES:
            probs.append(f"entry {i}: bad class {e.get('class')!r}")
    return probs


def _check_leaders(obj: dict[str, Any]) -> list[str]:
    probs = []
    for i, e in enumerate(obj.get("entries", [])):
        if not _KEY.match(str(e.get("key", ""))):
            probs.append(f"entry {i}: bad key {e.get('key')!r}")
        if not _DATE.match(str(e.get("start", ""))) or (e.get("end") and not _DATE.match(str(e["end"]))):
            probs.append(f"entry {i}: dates must be YYYY-MM-DD")
        if not e.get("names"):
            probs.append(f"entry {i}: no names")
    return probs


def _country_aliases(obj: dict[str, Any]) -> list[Alias]:
    out: list[Alias] = []
    for code, e in obj["countries"].items():
        c = pycountry.countries.get(alpha_3=code)
        official = [getattr(c, a, None) for a in ("name", "official_name", "common_name")] if c else []
        names = list(e["names"]) + [n for n in official if n and "," not in n]
        out += [Alias(n, code, "country", f"country:{n}") for n in names]
        out += [Alias(n, code, "adjective", f"demonym:{n}") for n in e["adjectives"]]
        out += [Alias(n, f"{code}.GOV", "capital", f"seat-of-power:{n}") for n in e["capitals"]]
    for code, names in obj.get("places", {}).items():
        out += [Alias(n, code, "place", f"place:{n}") for n in names]
    # an ambiguous name ("Congo") is listed once, under its first candidate; the article picks later
    ambiguous = {t.lower() for t in obj.get("ambiguous", {})}
    out = [a for a in out if not (a.kind == "country" and a.text.lower() in ambiguous)]
    out += [Alias(t, codes[0], "country", f"country:{t}") for t, codes in obj.get("ambiguous", {}).items()]
    out += [Alias(t, codes[0], "country", f"country:{t}") for t, codes in obj.get("contextual", {}).items()]
    return out


def _org_aliases(obj: dict[str, Any]) -> list[Alias]:
    return [Alias(n, e["key"], e["kind"], f"{e['kind']}:{n}") for e in obj["entries"] for n in e["names"]]


def _roles(obj: dict[str, Any]) -> dict[str, Role]:
    generic = {w.lower() for w in obj.get("generic", [])}
    weak = {w.lower() for w in obj.get("weak", [])}
    out: dict[str, Role] = {}
    for e in obj["entries"]:
        for w in e["words"]:
            lw = w.lower()
            if lw not in out:  # first listing wins: the file is ordered by preference
                out[lw] = Role(w, e["sector"], e["class"], lw in generic, lw in weak)
    return out


def _holders(obj: dict[str, Any], stop: set[str]) -> tuple[dict[str, list[Holder]], list[Alias]]:
    table: dict[str, list[Holder]] = {}
    aliases: list[Alias] = []
    surnames: dict[str, set[str]] = {}
    key_of: dict[str, set[str]] = {}
    for e in obj["entries"]:
        h = Holder(e["names"][0], e["key"], e["role"], e["start"], e.get("end"))
        for n in e["names"]:
            table.setdefault(norm_name(n), []).append(h)
            aliases.append(Alias(n, e["key"], "person", f"holder:{h.name}"))
        words = h.name.split()
        if len(words) > 1:
            surnames.setdefault(words[-1], set()).add(h.name)
            key_of.setdefault(words[-1], set()).add(h.key)
    for sur, owners in surnames.items():
        # a bare surname ("Lavrov") only when it names one actor (two Presidents Bush are both USA.GOV)
        # and it is not a common word or name
        if len(key_of[sur]) == 1 and len(sur) >= 4 and sur.lower() not in stop and norm_name(sur) not in table:
            named = sorted(owners)
            table[norm_name(sur)] = [h for o in named for h in table[norm_name(o)]]
            aliases.append(Alias(sur, table[norm_name(sur)][0].key, "person", f"holder surname:{'/'.join(named)}"))
    return table, aliases


ENV_DICTIONARIES = "TIDINGS_ACTOR_DICTIONARIES"
_extra_paths: list[str] | None = None  # set by use_dictionaries(); None = read the environment
_derived_caches: list[Callable[[], None]] = []  # see on_change()


def use_dictionaries(paths: list[str] | None) -> None:
    """Add PETRARCH/TABARI ``.actors``/``.agents`` files to the actor data (None: back to the environment).

    Without a call, the paths in ``$TIDINGS_ACTOR_DICTIONARIES`` (separated by
    ``os.pathsep``) are used. Changing them rebuilds the dictionaries.
    """
    global _extra_paths
    _extra_paths = list(paths) if paths is not None else None
    lexicon.cache_clear()
    name_phrases.cache_clear()
    for clear in _derived_caches:
        clear()


def on_change(clear: Callable[[], None]) -> None:
    """Register a cache built from the lexicon (the gazetteer's matchers, the persons' place names):
    ``use_dictionaries`` clears it with the lexicon's own."""
    _derived_caches.append(clear)


def extra_dictionary_paths() -> list[str]:
    if _extra_paths is not None:
        return list(_extra_paths)
    raw = os.environ.get(ENV_DICTIONARIES, "")
    return [p for p in raw.split(os.pathsep) if p.strip()]


def _petrarch_data(paths: list[str]) -> tuple[list[dict[str, Any]], list[Alias], dict[str, Role]]:
    """Leader entries, aliases and role words from PETRARCH dictionary files."""
    from .petrarch import cameo_key, parse_actors, parse_agents, read_file

    codes = _iso_codes()
    entries: list[dict[str, Any]] = []
    aliases: list[Alias] = []
    roles: dict[str, Role] = {}
    for path in paths:
        text = read_file(path)
        if path.lower().endswith(".agents"):
            for ag in parse_agents(text, path):
                sector = ag.code[:3].upper()
                if sector in SECTORS and ag.phrase not in roles:
                    roles[ag.phrase] = Role(ag.phrase, sector, "person", False, False)
            continue
        for rec in parse_actors(text, path):
            dated = [(cameo_key(d.code, codes, SECTORS), d) for d in rec.dated]
            dated = [(k, d) for k, d in dated if k]
            default = cameo_key(rec.default, codes, SECTORS) if rec.default else None
            if dated:
                for k, d in dated:
                    entries.append({"key": k, "role": "petrarch", "names": rec.phrases,
                                    "start": d.start or "1000-01-01", "end": d.end})
                if default:  # the default code holds whenever no restriction does
                    entries.append({"key": default, "role": "petrarch", "names": rec.phrases,
                                    "start": "1000-01-01", "end": None})
            elif default:
                kind = "institution" if "." in default else "country"
                aliases += [Alias(n, default, kind, f"petrarch:{Path(path).name}:{rec.line}") for n in rec.phrases]
    return entries, aliases, roles


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """All actor dictionaries, validated (raises :class:`DataError` on a broken file)."""
    countries = data.validated("actors_countries", _check_countries)
    orgs = data.validated("actors_orgs", _check_orgs)
    sectors = data.validated("actors_sectors", _check_sectors)
    leaders = data.validated("actors_leaders", _check_leaders)
    names = data.validated("actors_names", _check_names)
    extra_entries, extra_aliases, extra_roles = _petrarch_data(extra_dictionary_paths())
    if extra_entries:
        leaders = dict(leaders, entries=list(leaders["entries"]) + extra_entries)
    holders, holder_aliases = _holders(leaders, {w.lower() for w in leaders.get("surname_stoplist", [])})
    roles = _roles(sectors)
    for word, role in extra_roles.items():
        roles.setdefault(word, role)
    return Lexicon(
        aliases=_without_redundant_the(
            _country_aliases(countries) + _org_aliases(orgs) + holder_aliases + extra_aliases
        ),
        roles=roles,
        holders=holders,
        female_first=frozenset(names.get("female_first", [])),
        female_full=frozenset(norm_name(n) for n in names.get("female_full", [])),
        female_cues=frozenset(w.lower() for w in names.get("female_cues", [])),
        male_cues=frozenset(w.lower() for w in names.get("male_cues", [])),
        female_endings=tuple(names.get("female_surname_endings", [])),
        name_particles=frozenset(names.get("name_particles", [])),
        national_branches={e["key"]: (e["national_branch"]["sector"],
                                      frozenset(n.lower() for n in e["national_branch"]["names"]))
                           for e in orgs["entries"] if e.get("national_branch")},
        ambiguous={t.lower(): tuple(c) for t, c in countries.get("ambiguous", {}).items()},
        contextual={t.lower(): tuple(c) for t, c in countries.get("contextual", {}).items()},
        state_descriptions={w.lower(): frozenset(c) for w, c in countries.get("state_descriptions", {}).items()},
        documents=frozenset(w.lower() for w in sectors.get("documents", [])),
        acting_nouns={w.lower(): sec for sec, ws in sectors.get("acting_nouns", {}).items() for w in ws},
        name_heads=frozenset(w.lower() for w in sectors.get("name_heads", [])),
        hyphen_affiliation=frozenset(w.lower() for w in sectors.get("hyphen_affiliation", [])),
        hyphen_provenance=frozenset(w.lower() for w in sectors.get("hyphen_provenance", [])),
        representatives=frozenset(w.lower() for w in sectors.get("representatives", [])),
        organisation_heads=frozenset(w.lower() for w in sectors.get("organisation_heads", [])),
        state_nouns=frozenset(w.lower() for w in sectors.get("state_nouns", [])),
        state_noun_others=frozenset(w.lower() for w in sectors.get("state_noun_others", [])),
        described_state_nouns=frozenset(w.lower() for w in sectors.get("described_state_nouns", [])),
        command_verbs=frozenset(w.lower() for w in sectors.get("command_verbs", [])),
        seated_bodies=frozenset(w.lower() for w in sectors.get("seated_bodies", [])),
        state_voices=frozenset(w.lower() for w in sectors.get("state_voices", [])),
        member_bodies=frozenset(w.lower() for w in sectors.get("member_bodies", [])),
        generic_member_bodies=frozenset(w.lower() for w in sectors.get("generic_member_bodies", [])),
        membership_units=frozenset(w.lower() for w in sectors.get("membership_units", [])),
        outlet_verbs=frozenset(w.lower() for w in sectors.get("outlet_verbs", [])),
    )


@lru_cache(maxsize=1)
def name_phrases() -> frozenset[str]:
    """Every dictionary name (countries, organisations, office holders), lower-cased: the words a Title Case
    headline keeps capitalised when it is parsed in sentence case (``nlp.casing``)."""
    return frozenset(a.text.lower() for a in lexicon().aliases if a.text)


def _without_redundant_the(aliases: list[Alias]) -> list[Alias]:
    """Drop "the Kremlin" when "Kremlin" is listed: mentions then start at the name, like the NER's."""
    bare = {a.text.lower() for a in aliases}
    return [a for a in aliases if not (a.text.lower().startswith("the ") and a.text[4:].lower() in bare)]


def holder_for(name: str, date: str | None, named: Mapping[str, int] | None = None) -> Holder | None:
    """The office holder called ``name`` (full name or a unique alias), preferring the one in office on ``date``.

    An undated article says which of a person's offices it means by the states
    and organisations it names (``named``: how often each): "Stoltenberg" in a
    story about NATO allies is NATO's secretary-general, not Norway's minister.
    Without either, the current holder.
    """
    found = lexicon().holders.get(norm_name(name))
    if not found:
        return None
    if date:
        current = [h for h in found if h.start <= date and (h.end is None or date < h.end)]
        if current:
            return current[0]
        return min(found, key=lambda h: abs(_days(h.start) - _days(date)))
    if named and len({h.key.split(".", 1)[0] for h in found}) > 1:
        return max(found, key=lambda h: (named.get(h.key.split(".", 1)[0], 0), h.end is None, h.start))
    return max(found, key=lambda h: (h.end is None, h.start))


def _days(iso: str) -> int:
    y, m, d = (int(x) for x in iso[:10].split("-"))
    return y * 372 + m * 31 + d
