"""A blame whose definite object names, by its stem, the deed an earlier allegation told: 'blamed Moscow for the shelling'."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

ALLEGATION = "Kyiv said Russian troops {verb} the town. "
BLAMES = [
    ("shelled", "Warsaw blamed Moscow for the shelling.", "blamed", "Moscow"),
    ("bombed", "Vilnius blamed Russia for the deadly bombing.", "blamed", "Russia"),
    ("raided", "Riga accused Moscow over the raids.", "accused", "Moscow"),
]


def _build(verb: str, second: str, cue: str, accused: str, *, other_verb: str | None = None) -> list:
    text = ALLEGATION.format(verb=verb) + (f"Kyiv said Russian troops {other_verb} a village. " if other_verb else "") + second
    t = Text(text)
    blamer = second.split()[0]
    events = [Event(t.who("Russian troops", "RUS.MIL"), t.who("the town", "UKR"), "190", t.span(verb), 0,
                    status="claimed", plover="ASSAULT", quad_class=4, attributed_to="UKR.GOV")]
    said = [Statement(t.who("Kyiv", "UKR.GOV"), t.span("said"), "indirect", t.span(f"Russian troops {verb} the town"),
                      0, "say", "asserts")]
    if other_verb:
        events.append(Event(t.who("Russian troops", "RUS.MIL", 1), t.who("a village", "MDA"), "190", t.span(other_verb, 1 if other_verb == verb else 0),
                            1, status="claimed", plover="ASSAULT", quad_class=4, attributed_to="UKR.GOV"))
        said.append(Statement(t.who("Kyiv", "UKR.GOV", 1), t.span("said", 1), "indirect",
                              t.span(f"Russian troops {other_verb} a village"), 1, "say", "asserts"))
    key = {"Warsaw": "POL.GOV", "Vilnius": "LTU.GOV", "Riga": "LVA.GOV"}[blamer]
    events.append(Event(t.who(blamer, key), t.who(accused, "RUS.GOV"), "112", t.span(cue), len(said),
                        status="asserted", plover="ACCUSE", quad_class=3))
    return build(t.doc, events, said)


@pytest.mark.parametrize("verb,second,cue,accused", BLAMES)
def test_a_blame_naming_the_told_deed_asserts_it(verb: str, second: str, cue: str, accused: str) -> None:
    claims = _build(verb, second, cue, accused)
    assert len(claims) == 1
    assert (claims[0].proposition.source, claims[0].proposition.plover) == ("RUS.MIL", "ASSAULT")
    holders = {s.holder for s in claims[0].stances if s.stance == "asserts"}
    assert "UKR.GOV" in holders and len(holders) == 2


@pytest.mark.parametrize("verb,second,cue,accused", BLAMES)
def test_a_blame_whose_word_names_two_told_deeds_asserts_neither(verb: str, second: str, cue: str, accused: str) -> None:
    # the same word for two deeds of the accused, against two targets: which one is blamed is open
    claims = _build(verb, second, cue, accused, other_verb=verb)
    assert all(len({s.holder for s in c.stances}) == 1 for c in claims)


@pytest.mark.parametrize("verb,second,cue,accused", BLAMES)
def test_a_blame_naming_another_deed_asserts_nothing(verb: str, second: str, cue: str, accused: str) -> None:
    assert _build("struck", second, cue, accused) == []
