"""A group of states named as one ("the Baltic states") is the member the article otherwise names most."""

from __future__ import annotations

import pytest
from actor_helpers import country_of, key_of, table_of


@pytest.mark.parametrize(
    "text, phrase, code",
    [
        ("Latvia's premier said the Baltic states would buy more rockets. Latvian officials agreed.", "Baltic states",
         "LVA"),
        ("Estonia hosted the drill. Estonian troops joined units sent to the Baltics by NATO.", "Baltics", "EST"),
        ("Lithuania's defence minister said the Baltic countries will close the border with Belarus.",
         "Baltic countries", "LTU"),
    ],
)
def test_a_group_of_states_is_the_member_the_article_names(nlp, text, phrase, code):
    assert country_of(nlp, text, phrase) == code


def test_a_group_of_states_with_no_member_named_stays_unresolved(nlp):
    text = "The Baltic states will seek more troops, Moscow said."
    assert key_of(table_of(nlp, text), text, "Baltic states") is None
