"""An allegation left uncoded, answered by a coded denial just after it: its speaker asserts the denied deed."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

PAIRS = [
    ("Seoul said Pyongyang was smuggling shells to Moscow.", "Pyongyang", "Moscow",
     "Pyongyang denied arming Russia.", "arming Russia", "arming"),
    ("Seoul said North Korean ships were ferrying munitions to Russia.", "North Korean", "Russia",
     "Pyongyang denied supplying Russia.", "supplying Russia", "supplying"),
    ("Seoul told the council that Pyongyang kept Moscow stocked with rockets.", "Pyongyang", "Moscow",
     "Pyongyang denied sending rockets to Russia.", "sending rockets to Russia", "sending"),
]


def _build(first: str, doer: str, receiver: str, second: str, content: str, verb: str, *,
           speaker_key: str = "KOR.GOV", filler: str = "", name_receiver: bool = True) -> list:
    t = Text(first + " " + filler + second)
    cue = "told" if " told " in first else "said"
    alleged = first[first.index(cue) + len(cue) + 1 :].rstrip(".")
    if alleged.startswith("the council that "):
        alleged = alleged[len("the council that "):]
    said = [Statement(t.who("Seoul", speaker_key), t.span(cue), "indirect", t.span(alleged), 0, "say", "asserts"),
            Statement(t.who("Pyongyang", "PRK.GOV", 1 if doer == "Pyongyang" else 0), t.span("denied"), "indirect",
                      t.span(content), 1, "deny", "denies")]
    target = content.split()[-1]
    denied = Event(t.who("Pyongyang", "PRK.GOV", 1 if doer == "Pyongyang" else 0), t.who(target, "RUS.GOV", 1 if target in first else 0),
                   "072", t.span(verb), 1, status="denied", plover="AID", quad_class=2, attributed_to="PRK.GOV")
    actors = [t.who("Seoul", speaker_key), t.who(doer, "PRK.GOV")]
    if name_receiver:
        actors.append(t.who(receiver, "RUS.GOV"))
    return build(t.doc, [denied], said, actors=actors)


@pytest.mark.parametrize("first,doer,receiver,second,content,verb", PAIRS)
def test_the_allegation_before_a_coded_denial_asserts_the_denied_deed(first: str, doer: str, receiver: str,
                                                                      second: str, content: str, verb: str) -> None:
    claims = _build(first, doer, receiver, second, content, verb)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("KOR.GOV", "asserts"), ("PRK.GOV", "denies")}


@pytest.mark.parametrize("first,doer,receiver,second,content,verb", PAIRS)
def test_a_statement_not_naming_the_receiver_is_not_the_allegation(first: str, doer: str, receiver: str,
                                                                   second: str, content: str, verb: str) -> None:
    assert _build(first, doer, receiver, second, content, verb, name_receiver=False) == []


@pytest.mark.parametrize("first,doer,receiver,second,content,verb", PAIRS)
def test_the_deniers_own_side_or_a_far_statement_is_not_the_allegation(first: str, doer: str, receiver: str,
                                                                       second: str, content: str, verb: str) -> None:
    assert _build(first, doer, receiver, second, content, verb, speaker_key="PRK.GOV") == []
    assert _build(first, doer, receiver, second, content, verb, filler="Markets were calm. " * 25) == []


@pytest.mark.parametrize("first,doer,receiver,second,content,verb", PAIRS)
def test_a_statement_coding_another_act_of_the_doer_is_not_the_allegation(first: str, doer: str, receiver: str,
                                                                          second: str, content: str, verb: str) -> None:
    # what the earlier statement tells of the doer is coded (here as a meeting): it is not the denied deed
    t = Text(first + " " + second)
    cue = "told" if " told " in first else "said"
    alleged = first[first.index(cue) + len(cue) + 1 :].rstrip(".").removeprefix("the council that ")
    said = [Statement(t.who("Seoul", "KOR.GOV"), t.span(cue), "indirect", t.span(alleged), 0, "say", "asserts"),
            Statement(t.who("Pyongyang", "PRK.GOV", 1 if doer == "Pyongyang" else 0), t.span("denied"), "indirect",
                      t.span(content), 1, "deny", "denies")]
    target = content.split()[-1]
    met = Event(t.who(doer, "PRK.GOV"), t.who(receiver, "RUS.GOV"), "040", t.span(alleged.split()[2]), 0,
                status="claimed", plover="CONSULT", quad_class=1, attributed_to="KOR.GOV")
    denied = Event(t.who("Pyongyang", "PRK.GOV", 1 if doer == "Pyongyang" else 0),
                   t.who(target, "RUS.GOV", 1 if target in first else 0), "072", t.span(verb), 1, status="denied",
                   plover="AID", quad_class=2, attributed_to="PRK.GOV")
    actors = [t.who("Seoul", "KOR.GOV"), t.who(doer, "PRK.GOV"), t.who(receiver, "RUS.GOV")]
    claims = build(t.doc, [met, denied], said, actors=actors)
    assert not any(s.holder == "KOR.GOV" and c.proposition.plover == "AID" for c in claims for s in c.stances)
