"""An undated article says which of a person's offices it means by the states and organisations it names."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of


@pytest.mark.parametrize(
    "text, name, key",
    [
        ("NATO allies met in Brussels. NATO will send more jets, Jens Stoltenberg told reporters.", "Jens Stoltenberg",
         "NATO"),
        ("Norway's economy grew. Norway will cut taxes, Jens Stoltenberg told reporters.", "Jens Stoltenberg",
         "NOR.GOV"),
        ("The EU summit opened. EU leaders backed the plan, Donald Tusk said.", "Donald Tusk", "EU"),
        ("Poland raised spending. Poland will buy tanks, Donald Tusk said.", "Donald Tusk", "POL.GOV"),
        ("Belgium held elections. Belgium's coalition talks stalled, Charles Michel said.", "Charles Michel", "BEL.GOV"),
    ],
)
def test_an_undated_articles_named_states_pick_the_persons_office(nlp, text, name, key):
    assert key_of(table_of(nlp, text), text, name) == key


def test_a_dated_article_keeps_the_office_held_on_its_date(nlp):
    text = "Norway's economy grew. Norway will cut taxes, Jens Stoltenberg told reporters."
    assert key_of(table_of(nlp, text, date="2018-05-01"), text, "Jens Stoltenberg") == "NATO"
