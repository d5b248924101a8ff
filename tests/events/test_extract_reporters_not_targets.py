"""The phrase naming who reports an act ("..., Russia's defence ministry said") says who speaks. When it is
the doer's own side it is not whom the act is aimed at; a victim reporting an attack still may be."""

from __future__ import annotations

import pytest

from tidings.pipeline import analyze_text


def _events(text: str, root: str) -> list[tuple[str, str | None]]:
    return [(e.source.key.split(".")[0] if e.source and e.source.key else "",
             e.target.key.split(".")[0] if e.target and e.target.key else None)
            for e in analyze_text(text).events if e.root == root]


@pytest.mark.parametrize("text, root, doer", [
    ("Russian troops captured the village of Ivanivka after weeks of fighting, Russia's defence ministry said.",
     "19", "RUS"),
    ("Turkish jets bombed targets in the mountains, Turkey's defence ministry said.", "19", "TUR"),  # from the air: 195
    ("Sudanese soldiers recaptured the bridge at dawn, the spokesman of Sudan's army said.", "19", "SDN"),
])
def test_the_doers_own_reporter_is_not_the_target(text, root, doer):
    found = _events(text, root)
    assert found and all(src == doer and tgt != doer for src, tgt in found)


def test_a_victim_reporting_the_attack_stays_its_target():
    assert ("RUS", "UKR") in _events("Russia shelled the border town overnight, Ukraine's military said.", "19")
