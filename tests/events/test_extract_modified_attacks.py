"""An attack noun whose own modifier names a party ("US air strikes", "Turkish drone strikes") is not handed to
the attacker an earlier sentence named (events/extract.py ``_modified_by_party``). Sentences written for these
tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


@pytest.mark.parametrize("text, marker, word, earlier", [
    ("Somali troops attacked al Shabaab fighters near Kismayo on Saturday. On Sunday, US air strikes killed "
     "twelve militants in the area.", "On Sunday", "strikes", "SOM"),
    ("Iraqi forces attacked Islamic State fighters near Mosul on Monday. On Tuesday, US air strikes killed "
     "eight militants in the area.", "On Tuesday", "strikes", "IRQ"),
    ("Afghan troops attacked Taliban fighters near Kunduz on Monday. On Tuesday, US air strikes killed ten "
     "insurgents in the area.", "On Tuesday", "strikes", "AFG"),
])
def test_a_modified_attack_noun_does_not_inherit_the_earlier_attacker(
        analyze_text: Analyze, text: str, marker: str, word: str, earlier: str) -> None:
    an = analyze_text(text)
    start = text.index(marker)
    evs = [e for e in an.events if e.trigger.text == word and e.trigger.start >= start]
    assert not any(e.source is not None and (e.source.key or "").split(".")[0].startswith(earlier) for e in evs), evs


def test_a_bare_attack_noun_still_inherits_the_attacker(analyze_text: Analyze) -> None:
    text = ("Somali troops attacked al Shabaab fighters near Kismayo on Saturday. On Sunday, air strikes killed "
            "twelve militants in the area.")
    an = analyze_text(text)
    start = text.index("On Sunday")
    evs = [e for e in an.events if e.trigger.text == "strikes" and e.trigger.start >= start]
    assert evs and evs[0].source.key.startswith("SOM")
