"""The article's home country: most-named state; on a tie, the state whose office holders it names (actors/home.py)."""

from __future__ import annotations

import pytest
from actor_helpers import key_of, table_of

# Iran and Egypt / North Korea and Japan are each named twice: the office holder decides whose story it is
TIES = [
    ("North Korea fired a missile toward Japan. Japan protested to North Korea. "
     "Prime Minister Fumio Kishida said the cabinet would meet.", "2023-04-13", "the cabinet", "JPN.GOV"),
    ("Iran criticised Egypt on Monday. Egypt rejected Iran's remarks. "
     "President Abdel Fattah el-Sisi said the army was ready.", "2021-06-01", "the army", "EGY.MIL"),
    ("Japan warned North Korea. North Korea ignored Japan. "
     "Kim Jong Un said the military would test more rockets.", "2022-10-01", "the military", "PRK.MIL"),
]


@pytest.mark.parametrize("text, date, phrase, key", TIES)
def test_on_a_tie_the_state_whose_office_holders_are_named_is_home(nlp, text, date, phrase, key):
    assert key_of(table_of(nlp, text, date), text, phrase) == key


def test_without_a_tie_the_most_named_state_stays_home(nlp):
    # Kishida is named, but Japan is named once and North Korea three times
    text = ("North Korea fired a missile on Monday. North Korea said the test was a success. "
            "Pyongyang warned Japan. Prime Minister Fumio Kishida said the army was on alert.")
    assert key_of(table_of(nlp, text, "2023-04-13"), text, "the army") == "PRK.MIL"


def test_on_a_tie_with_no_office_holder_the_first_named_state_is_home(nlp):
    text = "Peru criticised Chile on Monday. Chile rejected Peru's remarks. The army was put on alert."
    assert key_of(table_of(nlp, text), text, "The army") == "PER.MIL"
