"""An echo need not name the deed's doer: 'the shelling', the one shelling told, is that deed, unless the
echo names another party; a cue negated or left open ('has not confirmed the launch') echoes nothing
(own articles, several wordings)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

# (article, first teller and key, doer and key, target and key, trigger, code, echoing teller and key, echo content)
ARTICLES = [
    ("Seoul said Pyongyang launched a missile over the sea on Sunday.\n\n"
     "Tokyo said the launch violated United Nations resolutions.",
     ("Seoul", "KOR.GOV"), ("Pyongyang", "PRK.GOV"), ("the sea", "JPN"), "launched", "150",
     ("Tokyo", "JPN.GOV"), "the launch violated United Nations resolutions"),
    ("Kyiv said Russian forces shelled a hospital in Kherson overnight.\n\n"
     "The World Health Organization said the shelling had wounded two nurses.",
     ("Kyiv", "UKR.GOV"), ("Russian forces", "RUS.MIL"), ("a hospital", "UKR"), "shelled", "194",
     ("The World Health Organization", "WHO"), "the shelling had wounded two nurses"),
    ("Manila said Chinese vessels blockaded the reef for a week.\n\n"
     "Washington said the long blockade endangered sailors' lives.",
     ("Manila", "PHL.GOV"), ("Chinese vessels", "CHN.MIL"), ("the reef", "PHL"), "blockaded", "191",
     ("Washington", "USA.GOV"), "the long blockade endangered sailors' lives"),
]
# the echo's word for each deed
NOUNS = {"launched": "launch", "shelled": "shelling", "blockaded": "blockade"}
# how the echoing teller's cue is taken back: no word either way
WITHHELD = ["has not said", "declined to say", "refused to say"]


def _records(case: tuple, cue: str = "said", other: tuple[str, str] | None = None):
    """The article with its deed (told in the first paragraph), both statements and the coded actors; ``cue``
    replaces the echoing teller's 'said', ``other`` names another party in the echo ('by Hanoi')."""
    article, first, doer, target, trigger, code, second, echo = case
    if other is not None:
        noun = NOUNS[trigger]
        echo = echo.replace(f" {noun} ", f" {noun} by {other[0]} ", 1)
        article = article.replace(case[7], echo)
    article = article.replace(f"{second[0]} said", f"{second[0]} {cue}")
    t = Text(article)
    deed = Event(t.who(doer[0], doer[1]), t.who(target[0], target[1]), code, t.span(trigger), 0, status="claimed",
                 attributed_to=first[1], quad_class=4, statement=0)
    first_content = t.text[t.text.index("said") + 5 : t.text.index(".")]
    cue_word = cue.split()[-1]
    said = [
        Statement(t.who(first[0], first[1]), t.span("said"), "indirect", t.span(first_content), 0, "say", "asserts"),
        Statement(t.who(second[0], second[1]), t.span(cue_word, t.text.count(cue_word, 0, t.text.index("\n\n"))),
                  "indirect", t.span(echo), 1, "say", "asserts"),
    ]
    actors = [t.who(doer[0], doer[1]), t.who(target[0], target[1]), t.who(first[0], first[1]),
              t.who(second[0], second[1])]
    if other is not None:
        actors.append(t.who(other[0], other[1]))
    return t, [deed], said, actors


@pytest.mark.parametrize("case", ARTICLES, ids=["launch", "shelling", "blockade"])
def test_an_echo_without_the_doer_named_takes_up_the_one_deed_told(case: tuple) -> None:
    t, events, said, actors = _records(case)
    claims = build(t.doc, events, said, actors=actors)
    assert len(claims) == 1
    assert claims[0].proposition.source == case[2][1]
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(case[1][1], "asserts"), (case[6][1], "asserts")}


@pytest.mark.parametrize("case", ARTICLES, ids=["launch", "shelling", "blockade"])
def test_an_echo_naming_another_party_is_another_deed(case: tuple) -> None:
    t, events, said, actors = _records(case, other=("Hanoi", "VNM.GOV"))
    assert "by Hanoi" in t.text
    assert build(t.doc, events, said, actors=actors) == []


@pytest.mark.parametrize("cue", WITHHELD)
@pytest.mark.parametrize("case", ARTICLES, ids=["launch", "shelling", "blockade"])
def test_a_withheld_cue_echoes_nothing(case: tuple, cue: str) -> None:
    t, events, said, actors = _records(case, cue=cue)
    assert cue in t.text
    assert build(t.doc, events, said, actors=actors) == []
