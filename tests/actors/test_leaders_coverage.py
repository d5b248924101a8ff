"""The dated leaders dictionary covers the G20, the Security Council and every country the corpora name."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from tidings import data
from tidings.actors.gazetteer import match
from tidings.actors.lexicon import holder_for

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

G20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX", "RUS", "SAU",
       "ZAF", "TUR", "GBR", "USA", "EU", "AU"}
UNSC_2024_2025 = {"CHN", "FRA", "RUS", "GBR", "USA", "DZA", "GUY", "KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN",
                  "SOM", "ECU", "JPN", "MLT", "MOZ", "CHE"} - {"CHE"}  # Switzerland's presidency rotates yearly


def covered() -> Counter[str]:
    entries = data.load("actors_leaders")["entries"]
    return Counter(e["key"].split(".")[0] for e in entries)


def countries_named(nlp, texts: list[str]) -> set[str]:
    found: set[str] = set()
    for doc in nlp.pipe(texts):
        for a in match(doc):
            if a.alias and a.alias.kind in ("country", "adjective", "capital"):
                found.add(a.alias.key.split(".")[0])
    return found


def test_leaders_cover_g20_and_security_council():
    have = covered()
    missing = sorted(c for c in G20 | UNSC_2024_2025 if have[c] == 0)
    assert missing == []


def test_leader_terms_are_well_formed():
    for e in data.load("actors_leaders")["entries"]:
        assert e["end"] is None or e["start"] < e["end"], e


def test_every_country_in_the_demo_corpus_has_a_leader(nlp):
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    if not texts:
        pytest.skip("no demo corpus")
    have = covered()
    assert sorted(c for c in countries_named(nlp, texts) if have[c] == 0) == []


def test_every_country_in_the_shared_dev_corpus_has_a_leader(nlp, shared):
    path = shared / "corpus" / "dev.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    have = covered()
    assert sorted(c for c in countries_named(nlp, texts) if have[c] == 0) == []


@pytest.mark.parametrize(
    ("name", "date", "key"),
    [
        ("Maia Sandu", "2024-05-01", "MDA.GOV"),
        ("William Ruto", "2023-01-10", "KEN.GOV"),
        ("Uhuru Kenyatta", "2020-01-10", "KEN.GOV"),
        ("Nicolás Maduro", "2024-01-10", "VEN.GOV"),
        ("Irfaan Ali", "2023-12-14", "GUY.GOV"),
        ("Paul Kagame", "2025-02-01", "RWA.GOV"),
        ("Alexander Lukashenko", "2021-11-10", "BLR.GOV"),
    ],
)
def test_new_holders_resolve_with_the_article_date(name, date, key):
    h = holder_for(name, date)
    assert h is not None and h.key == key


def test_holder_dates_pick_the_office_held_at_the_time():
    assert holder_for("Edgars Rinkevics", "2020-05-01").role == "fm"
    assert holder_for("Edgars Rinkevics", "2024-05-01").role == "hos"


def test_surname_shared_by_holders_of_one_actor_still_codes():
    # two Presidents Bush: the person is ambiguous, the actor is not
    assert holder_for("Bush", "1990-06-01").name == "George H. W. Bush"
    assert holder_for("Bush", "2004-06-01").name == "George W. Bush"


def test_historical_holders_for_older_wire_stories():
    assert holder_for("Boris Yeltsin", "1995-03-01").key == "RUS.GOV"
    assert holder_for("Francois Mitterrand", "1992-03-01").key == "FRA.GOV"
    assert holder_for("Osama bin Laden", "2001-10-01").key == "SAU.REB:al-Qaeda"


def test_us_secretaries_of_state_run_without_a_gap():
    """Every US secretary of state from 1989 on is in the dictionary, term after term."""
    terms = sorted((e["start"], e["end"]) for e in data.load("actors_leaders")["entries"]
                   if e["key"] == "USA.GOV" and e["role"] == "fm" and e["start"] >= "1989")
    for (_, end), (start, _) in zip(terms, terms[1:]):
        assert end is not None and (date.fromisoformat(start) - date.fromisoformat(end)).days <= 31, (end, start)


def test_an_untitled_secretary_of_state_takes_the_dictionary_country_not_the_home_one(nlp):
    from actor_helpers import key_of, table_of

    text = "Haiti asked donors for help. Secretary of State Hillary Clinton said Haiti's government must lead."
    assert key_of(table_of(nlp, text, "2010-03-31"), text, "Hillary Clinton") == "USA.GOV"
