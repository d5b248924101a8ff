"""Seed article: every pronoun or description speaker resolves to a named person.

Score floors for statements and claims live in tests/accuracy_floors.json (tests/test_accuracy_gate.py).
Skipped without ../shared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def test_seed_description_speakers_resolve_to_named_people(shared: Path, nlp: Any) -> None:
    from tidings.pipeline import analyze_paths

    analyses = list(analyze_paths([str(shared / "seed" / "dprk-denies-arms-to-russia.txt")]))
    checked = 0
    for st in analyses[0].statements:
        if st.speaker is not None and st.speaker.text.lower() in ("he", "she", "the official", "a senior dprk official"):
            checked += 1
            assert st.speaker.name and st.speaker.name[0].isupper() and " " in st.speaker.name, st.speaker
    assert checked >= 3, "expected the seed's pronoun and description speakers to be found"
