"""'They said', 'both leaders agreed', 'the two ministers stressed' after a subject of two named people:
each of them speaks, one statement per person."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, names, words",
    [
        ("South Korean Foreign Minister Cho Tae-yul and his Japanese counterpart Takeshi Iwaya met in Lima on "
         "Friday. They said the deployment posed a serious threat to regional security.",
         {"Cho Tae-yul", "Takeshi Iwaya"}, "the deployment posed"),
        ("German Chancellor Olaf Scholz and French President Emmanuel Macron spoke by phone on Monday. Both "
         "leaders agreed that the sanctions should be extended.",
         {"Olaf Scholz", "Emmanuel Macron"}, "the sanctions should be extended"),
        ("Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed held talks in Nairobi. The two "
         "leaders said the region needed a common force.",
         {"William Ruto", "Abiy Ahmed"}, "the region needed"),
    ],
)
def test_a_plural_anaphor_speaks_for_each_person_named_before(analyze_text, text, names, words) -> None:
    a = analyze_text(text)
    found = {s.speaker.name for s in a.statements if words in s.content.text and s.speaker is not None}
    assert found == names, [(s.speaker and s.speaker.name, s.content.text) for s in a.statements]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Prime Minister Narendra Modi visited the flooded district on Monday. They said the dams would hold.",
         "the dams would hold"),
        ("Finance Minister Rachel Reeves and Chancellor Olaf Scholz met in Berlin. Officials said they discussed "
         "trade.", "they discussed trade"),
    ],
)
def test_no_pair_of_named_people_no_split(analyze_text, text, words) -> None:
    a = analyze_text(text)
    sts = [s for s in a.statements if words in s.content.text]
    assert len(sts) <= 1, [(s.speaker and s.speaker.name, s.content.text) for s in sts]
