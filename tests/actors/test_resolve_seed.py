"""The seed article: every gold speaker and participant gets the gold key; anaphors reach the named person."""

from __future__ import annotations

import json
import time

from tidings.actors import resolve
from tidings.ingest.zones import classify_lines, sentence_records
from tidings.records import Document


def seed_table(nlp, shared):
    text = (shared / "seed" / "dprk-denies-arms-to-russia.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    return text, doc, resolve(doc, Document(id="seed", text=text), sentence_records(doc, classify_lines(text)))


def test_resolve_seed_event_participants_are_in_their_sentences(nlp, shared):
    text, _, table = seed_table(nlp, shared)
    gold = json.loads((shared / "gold" / "seed.gold.json").read_text(encoding="utf-8"))
    missing: dict[str, list[str]] = {"source": [], "target": []}
    for e in gold["events"]:
        s = text.index(e["sentence"])
        heads = {(m.key or "").split(".")[0] for m in table.inside(s, s + len(e["sentence"]))}
        for role in ("source", "target"):
            k = e[role]
            if k and k.split(".")[0] not in heads:
                missing[role].append(k)
    # two targets are only implied ("calls the allegations ...", "Kwon called it ..."): no mention to find
    assert not missing["source"] and len(missing["target"]) <= 2


def test_resolve_seed_anaphors_reach_the_named_person(nlp, shared):
    text, doc, table = seed_table(nlp, shared)

    def by_text(phrase: str, after: str = "") -> tuple[str | None, str | None]:
        i = text.index(phrase, text.index(after) if after else 0)
        m = table.at(i, i + len(phrase))
        return (m.key, m.name) if m else (None, None)

    assert by_text("the official") == ("PRK.GOV", "Kwon Jong Gun")
    assert by_text("Kwon", after="Kwon called") == ("PRK.GOV", "Kwon Jong Gun")
    assert by_text("she", after="she added") == ("PRK.GOV", "Kim Yo Jong")
    assert by_text("Stoltenberg", after="missiles,\"") == ("NATO", "Jens Stoltenberg")
    assert by_text("John Kirby") == ("USA.GOV", "John Kirby")
    assert by_text("South Korean Foreign Minister Park Jin") == ("KOR.GOV", "Park Jin")
    assert by_text("The Foreign Ministry of the Democratic People's Republic of Korea")[0] == "PRK.GOV"


def test_resolve_seed_adds_little_over_parsing(nlp, shared):
    text, doc, _ = seed_table(nlp, shared)
    t0 = time.perf_counter()
    nlp(text)
    parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    resolve(doc, Document(id="seed", text=text), sentence_records(doc, classify_lines(text)))
    assert time.perf_counter() - t0 < max(parse, 0.05)
