"""Forces addressed by a state's actor ("Maduro ordered soldiers to ...") are that state's, not the home guess."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

COLOMBIA_FIRST = "Colombia denied the charge. Colombia said Colombia was calm. "


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        (COLOMBIA_FIRST + "President Nicolas Maduro ordered soldiers to hold the border.", "soldiers", "VEN.MIL"),
        (COLOMBIA_FIRST + "Opposition leader Juan Guaido urged soldiers to abandon the government.", "soldiers",
         "VEN.MIL"),
        # the relative pronoun's noun is the one who commands
        (COLOMBIA_FIRST + "They met Juan Guaido, who urged troops to defect.", "troops", "VEN.MIL"),
        (COLOMBIA_FIRST + "Maduro met his ministers and instructed police to guard the ports.", "police", "VEN.COP"),
    ],
)
def test_a_force_addressed_by_a_states_actor_is_that_states(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        # moving or striking a force says nothing of whose it is
        (COLOMBIA_FIRST + "President Nicolas Maduro sent soldiers to the border.", "soldiers", "COL.MIL"),
        (COLOMBIA_FIRST + "Venezuela attacked soldiers near the border.", "soldiers", "COL.MIL"),
        # a force with its own country keeps it
        (COLOMBIA_FIRST + "Maduro urged Colombian soldiers to defect.", "Colombian soldiers", "COL.MIL"),
    ],
)
def test_forces_moved_struck_or_owned_keep_their_reading(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key
