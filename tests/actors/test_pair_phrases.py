""""Both sides agreed", "both leaders condemned", "the sides met": a pair phrase that is its clause's subject
names the two doers at once and does not take the key of one antecedent (the previous sentence's subject) as
a pronoun would; a bare "the two" and a pair that is acted on ("urged both sides") still read as a pronoun.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_helpers import table_of


def _pronoun_reading(nlp, text: str, phrase: str):
    """The mention drafted over ``phrase`` as a pronoun, if any."""
    i = text.index(phrase)
    table = table_of(nlp, text)
    return [m for m in table.inside(i, i + len(phrase)) if m.evidence.startswith("pronoun")]


@pytest.mark.parametrize("text, phrase", [
    ("Kenya and Uganda signed a trade pact on Monday. Both sides agreed to cut tariffs on farm goods.", "Both sides"),
    ("Armenia and Azerbaijan held talks in Brussels. Both sides said progress had been made.", "Both sides"),
    ("Peru accused Chile of spying on its navy. Officials said both sides would meet in Lima.", "both sides"),
    ("President William Ruto met Ugandan President Yoweri Museveni in Nairobi. Both leaders condemned the attack.",
     "Both leaders"),
    ("Pakistan and India traded fire along the border. The sides agreed to talks on Friday.", "The sides"),
    ("Serbia and Kosovo met in Brussels. The pair agreed to reopen a border crossing.", "The pair"),
    ("Japan and Australia signed a defence pact. The two allies began joint naval drills on Friday.", "The two"),
    ("Ghana and Togo held talks in Accra. The two countries agreed to share border patrol data.", "The two"),
    ("Chile and Argentina settled the dispute. The two governments were praised by the OAS.", "The two"),
])
def test_a_pair_of_doers_takes_no_single_antecedent(nlp, text: str, phrase: str) -> None:
    assert _pronoun_reading(nlp, text, phrase) == []


@pytest.mark.parametrize("text, key", [
    ("NATO chief Mark Rutte met South Korean President Yoon Suk Yeol in Seoul. The two also discussed the war.",
     "NATO"),
    ("Kenya and Uganda signed a trade pact on Monday. The two also discussed border security.", "KEN"),
    ("The EU and Japan opened talks on chips on Monday. The two also discussed export controls.", "EU"),
])
def test_a_bare_the_two_still_stands_for_the_previous_pair(nlp, text: str, key: str) -> None:
    ms = _pronoun_reading(nlp, text, "The two")
    assert ms and (ms[0].key or "").split(".")[0] == key


@pytest.mark.parametrize("text, phrase", [
    ("Kenya and Uganda traded accusations on Monday. Tanzania urged both sides to talk.", "both sides"),
    ("Peru and Chile recalled their envoys. Brazil called on both sides to show restraint.", "both sides"),
    ("Ruto and Museveni clashed over fishing rights. The AU mediator thanked both leaders for their patience.",
     "both leaders"),
])
def test_a_pair_acted_on_still_reads_as_a_pronoun(nlp, text: str, phrase: str) -> None:
    assert _pronoun_reading(nlp, text, phrase)
