"""Membership bodies ("the 35-nation board", "the 27-member bloc", "the council", "the body") name a body named before."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("The IAEA Board of Governors met in Vienna. The 35-nation board then censured Tehran.", "The 35-nation board", "IAEA"),
        ("The European Union imposed new sanctions on Russia. The 27-member bloc also froze assets.", "The 27-member bloc", "EU"),
        ("NATO leaders gathered in Vilnius. Later the 31-nation alliance agreed to train pilots.", "the 31-nation alliance", "NATO"),
        ("The UN Security Council met on Friday. The 15-member council voted to extend the mission.", "The 15-member council", "UN"),
        # the body whose name holds the noun, not the organisation named last
        ("The International Atomic Energy Agency Board of Governors sat on Monday. It could refer Iran to the UN Security Council. "
         "The 35-nation board voted 26-2.", "The 35-nation board", "IAEA"),
    ],
)
def test_a_body_counted_by_its_members_is_the_organisation_named_before(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("The UN Security Council met on Friday. The council voted to extend the mission.", "The council", "UN"),
        ("The IAEA Board of Governors met in Vienna. On Thursday the board passed a resolution.", "the board", "IAEA"),
        ("Egypt's Supreme Council of the Armed Forces met on Monday. The council said elections would be held.",
         "The council", "EGY.MIL"),
    ],
)
def test_a_bare_body_noun_is_the_body_named_before_whose_name_holds_it(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase, key",
    [
        ("The OAS suspended Honduras. Its chief read the resolution before the body.", "the body", "OAS"),
        ("Ministers of the African Union met in Addis Ababa. The body called for a ceasefire.", "The body", "AU"),
        ("The G7 summit opened in Japan. The grouping pledged more aid to Kyiv.", "The grouping", "G7"),
    ],
)
def test_a_generic_body_noun_is_the_organisation_named_just_before(nlp, text, phrase, key):
    assert key_of(table_of(nlp, text), text, phrase) == key


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("Kenya raised taxes on fuel. The council said it would meet on Monday.", "The council"),  # no council named
        ("Ghana's cocoa exports fell. The board blamed the weather.", "The board"),
        ("Peru held elections in April. The 12-member panel rejected the appeal.", "The 12-member panel"),
    ],
)
def test_a_body_noun_with_no_body_named_before_stays_unresolved(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) is None


@pytest.mark.parametrize(
    "text, phrase",
    [
        ("The World Bank and the African Union met in Addis Ababa. The nine-member panel approved the loans.",
         "The nine-member panel"),
        ("NATO and the European Union held a joint session. The body agreed to share intelligence.", "The body"),
        ("Envoys of the OAS and the UN arrived on Monday. Later the 12-member commission issued a report.",
         "the 12-member commission"),
    ],
)
def test_a_body_noun_after_two_organisations_named_together_stays_unresolved(nlp, text, phrase):
    assert key_of(table_of(nlp, text), text, phrase) is None
