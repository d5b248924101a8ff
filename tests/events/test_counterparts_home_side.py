"""Which party of the source's own country may be the other side of an act (counterparts.home_side)."""

from __future__ import annotations

import pytest

from tidings.events.counterparts import home_side


@pytest.mark.parametrize("key, sources, other", [
    ("NER", {"NER.REB"}, True),  # "the rebels attacked Niger"
    ("IRN", {"IRN.CVL"}, True),  # "protesters denounced Iran"
    ("RUS", {"RUS.BUS"}, False),  # "transfers from Russian companies": a firm is no side against its state
    ("RUS", {"RUS.MED"}, False),  # an outlet reporting is no side either
    ("KEN", {"KEN.NGO", "KEN.REB"}, False),  # every source must challenge the state
    ("NER.REB", {"NER"}, True),  # "Niger fought its rebels": another sector than every source
    ("NER.GOV", {"NER.GOV"}, False),
])
def test_home_side(key, sources, other):
    assert home_side(key, sources) is other
