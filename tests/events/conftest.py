"""Helpers for the events tests: a tiny fixed actor table, so tests do not depend on the actor layer."""

from __future__ import annotations

import re
from typing import Any, Callable

import pytest

from tidings.records import ActorMention, Document, Sentence

NAMES = {
    "Russia": "RUS", "Moscow": "RUS.GOV", "Ukraine": "UKR", "Kyiv": "UKR.GOV", "North Korea": "PRK",
    "Pyongyang": "PRK.GOV", "United States": "USA", "Washington": "USA.GOV", "China": "CHN",
    "Beijing": "CHN.GOV", "Japan": "JPN", "NATO": "NATO", "Israel": "ISR", "Hamas": "PSE.REB:Hamas",
    "Iran": "IRN", "Germany": "DEU", "France": "FRA", "Britain": "GBR", "India": "IND", "Pakistan": "PAK",
    "the European Union": "EU", "Seoul": "KOR.GOV", "South Korea": "KOR", "Turkey": "TUR", "Syria": "SYR",
    "police": "PAK.COP", "protesters": "PAK.CVL", "Poland": "POL", "Sudan": "SDN", "Egypt": "EGY",
    "Brussels": "BEL.GOV", "Tehran": "IRN.GOV", "Hungarian": "HUN", "Romanian": "ROU", "Belgian": "BEL",
    "Dutch growers": "NLD.CVL", "Israeli troops": "ISR.MIL", "Congolese army": "COD.MIL", "M23": "COD.REB:M23",
}


class FakeActors:
    """The DocActors contract (``at`` and ``for_token``) over a fixed name table."""

    def __init__(self, text: str) -> None:
        self.mentions: list[ActorMention] = []
        for name, key in sorted(NAMES.items(), key=lambda kv: -len(kv[0])):
            for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I):
                if not any(o.start <= m.start() < o.end for o in self.mentions):
                    self.mentions.append(ActorMention(m.start(), m.end(), name, key, name, kind="state"))

    def at(self, start: int, end: int) -> ActorMention | None:
        inside = [m for m in self.mentions if m.start >= start and m.end <= end]
        return max(inside, key=lambda m: m.end - m.start) if inside else None

    def for_token(self, token: Any) -> ActorMention | None:
        return next((m for m in self.mentions if m.start <= token.idx < m.end), None)

    def inside(self, start: int, end: int) -> list[ActorMention]:
        return sorted((m for m in self.mentions if start <= m.start and m.end <= end), key=lambda m: m.start)


@pytest.fixture(scope="session")
def code_events(nlp: Any) -> Callable[..., list[Any]]:
    """Parse ``text`` and run the event coder on it with the fixed actor table."""
    from tidings.events import extract

    def run(text: str, *, date: str | None = "2023-01-29", zones: dict[int, str] | None = None) -> list[Any]:
        doc = nlp(text)
        sents = [Sentence(i, s.start_char, s.end_char, (zones or {}).get(i, "body")) for i, s in enumerate(doc.sents)]
        return extract(doc, Document(id="t", text=text, date=date), sents, FakeActors(text), [])  # type: ignore[arg-type]

    return run


def one(events: list[Any], root: str) -> Any:
    """The single event of a root (fails the test when there is none or several)."""
    found = [e for e in events if e.cameo[:2] == root]
    assert len(found) >= 1, f"no {root} event in {[(e.cameo, e.trigger.text) for e in events]}"
    return found[0]
