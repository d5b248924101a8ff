"""Two sides saying it of each other: 'Armenia and Azerbaijan accused each other of ...', 'Kyiv and
Moscow traded accusations over ...' -- each party of the coordinated subject speaks, even two parties of
one country ('the ruling party and the opposition'); 'traded' and 'exchanged' report only a message."""

from __future__ import annotations

from typing import Any

import pytest


def _said(analysis: Any) -> list[tuple[str | None, str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.speaker.key if s.speaker else None, s.cue.text,
             s.content.text) for s in analysis.statements]


@pytest.mark.parametrize(
    ("text", "cue", "keys"),
    [
        ("Sudan's army and the Rapid Support Forces have blamed each other for starting the fighting.", "blamed",
         {"SDN.MIL", "SDN.REB:RSF"}),
        ("The ruling party and the opposition accused each other of rigging the vote in Khartoum.", "accused",
         {"SDN.GOV", "SDN.OPP"}),
        ("Kyiv and Moscow traded accusations over the shelling of the plant.", "traded", {"UKR.GOV", "RUS.GOV"}),
        ("India and Pakistan exchanged charges of ceasefire violations.", "exchanged", {"IND.GOV", "PAK.GOV"}),
        ("Sudan's army and the Rapid Support Forces traded blame for the attack on the market.", "traded",
         {"SDN.MIL", "SDN.REB:RSF"}),
    ],
)
def test_each_side_of_a_reciprocal_report_speaks(analyze_text: Any, text: str, cue: str, keys: set[str]) -> None:
    a = analyze_text(text)
    found = {s.speaker.key for s in a.statements if s.cue.text == cue and s.speaker is not None}
    assert keys <= found, _said(a)


@pytest.mark.parametrize(
    "text",
    [
        "The two firms traded shares worth $2 billion last year.",
        "Both countries exchanged prisoners at the border on Sunday.",
        "Merchants in the port traded grain and cotton for centuries.",
    ],
)
def test_trading_goods_reports_nothing(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert not any(s.cue.text in ("traded", "exchanged") for s in a.statements), _said(a)
