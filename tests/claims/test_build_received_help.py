"""Help that only its receiver tells of is news, not a claim; the giver's or a third party's word
makes it one, and a deed against the teller stays a claim (own articles, several wordings)."""

from __future__ import annotations

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.records import Event, Statement

# (article, [(speaker, speaker key, doer, doer key, receiver, receiver key, trigger, cameo, plover, quad)])
# every telling is the receiver's: no claim
RECEIVER_ONLY = [
    ("Bogota said Caracas sent medicine to Bogota last week.\n\n"
     "Later Colombia said Caracas had delivered more medicine to Colombia.",
     [("Bogota", "COL.GOV", "Caracas", "VEN.GOV", "Bogota", "COL.GOV", "sent", "073", "AID", 2),
      ("Colombia", "COL.GOV", "Caracas", "VEN.GOV", "Colombia", "COL", "delivered", "073", "AID", 2)]),
    ("Lima said Quito lent money to Lima in May.\n\n"
     "Peru's finance ministry said Quito had lent Peru a second sum in June.",
     [("Lima", "PER.GOV", "Quito", "ECU.GOV", "Lima", "PER.GOV", "lent", "071", "AID", 2),
      ("Peru's finance ministry", "PER.GOV", "Quito", "ECU.GOV", "Peru", "PER", "lent", "071", "AID", 2)]),
    ("Tunis said Algiers offered to help Tunis with grain.\n\n"
     "The Tunisian president said Algiers offered again to help Tunisia.",
     [("Tunis", "TUN.GOV", "Algiers", "DZA.GOV", "Tunis", "TUN.GOV", "offered", "0331", "AID", 1),
      ("The Tunisian president", "TUN.GOV", "Algiers", "DZA.GOV", "Tunisia", "TUN", "offered", "0331", "AID", 1)]),
    ("Vientiane said Hanoi trained Vientiane police officers.\n\n"
     "Laos's army said Hanoi had trained Laos soldiers too.",
     [("Vientiane", "LAO.GOV", "Hanoi", "VNM.GOV", "Vientiane", "LAO.COP", "trained", "061", "COOPERATE", 2),
      ("Laos's army", "LAO.MIL", "Hanoi", "VNM.GOV", "Laos", "LAO.MIL", "trained", "061", "COOPERATE", 2)]),
]
# the same help, once told by a third party or by the giver: a claim
WITH_ANOTHER_TELLER = [
    ("Bogota said Caracas sent medicine to Bogota last week.\n\n"
     "Brasilia said Caracas had delivered medicine to Colombia.",
     [("Bogota", "COL.GOV", "Caracas", "VEN.GOV", "Bogota", "COL.GOV", "sent", "073", "AID", 2),
      ("Brasilia", "BRA.GOV", "Caracas", "VEN.GOV", "Colombia", "COL", "delivered", "073", "AID", 2)]),
    ("Lima said Quito lent money to Lima in May.\n\n"
     "Ecuador's finance ministry said Quito had lent Peru the sum in May.",
     [("Lima", "PER.GOV", "Quito", "ECU.GOV", "Lima", "PER.GOV", "lent", "071", "AID", 2),
      ("Ecuador's finance ministry", "ECU.GOV", "Quito", "ECU.GOV", "Peru", "PER", "lent", "071", "AID", 2)]),
    ("Tunis said Algiers offered to help Tunis with grain.\n\n"
     "The World Bank said Algiers offered to help Tunisia.",
     [("Tunis", "TUN.GOV", "Algiers", "DZA.GOV", "Tunis", "TUN.GOV", "offered", "0331", "AID", 1),
      ("The World Bank", "WB", "Algiers", "DZA.GOV", "Tunisia", "TUN", "offered", "0331", "AID", 1)]),
]
# a deed against the teller, told twice by its victim: still a claim
DEEDS_AGAINST_TELLER = [
    ("Bogota said Caracas shelled Bogota positions last week.\n\n"
     "Later Colombia said Caracas had shelled Colombia again.",
     [("Bogota", "COL.GOV", "Caracas", "VEN.GOV", "Bogota", "COL.MIL", "shelled", "194", "ASSAULT", 4),
      ("Colombia", "COL.GOV", "Caracas", "VEN.GOV", "Colombia", "COL", "shelled", "194", "ASSAULT", 4)]),
    ("Lima said Quito seized Lima fishing boats in May.\n\n"
     "Peru's fisheries ministry said Quito had seized Peru boats in June.",
     [("Lima", "PER.GOV", "Quito", "ECU.GOV", "Lima", "PER.BUS", "seized", "1721", "COERCE", 4),
      ("Peru's fisheries ministry", "PER.GOV", "Quito", "ECU.GOV", "Peru", "PER", "seized", "1721", "COERCE", 4)]),
    ("Tunis said Algiers expelled Tunis diplomats.\n\n"
     "The Tunisian president said Algiers expelled Tunisia envoys.",
     [("Tunis", "TUN.GOV", "Algiers", "DZA.GOV", "Tunis", "TUN.GOV", "expelled", "1663", "REDUCE", 4),
      ("The Tunisian president", "TUN.GOV", "Algiers", "DZA.GOV", "Tunisia", "TUN", "expelled", "1663", "REDUCE", 4)]),
]


def _claims(article: str, tellings: list[tuple]) -> list:
    """Each telling is one statement (its paragraph after 'said', up to the full stop) holding one event."""
    t = Text(article)
    events, said = [], []
    for n, (speaker, skey, doer, dkey, receiver, rkey, trigger, cameo, plover, quad) in enumerate(tellings):
        at = t.text.index(speaker) if n == 0 else t.text.index(speaker, t.text.index("\n\n"))
        cue_at = t.text.index("said", at)
        start = cue_at + len("said ")
        content = t.text[start : t.text.index(".", start)]
        doer_at = t.text.index(doer, start)
        recv_at = t.text.index(receiver, doer_at + len(doer))
        trig_at = t.text.index(trigger, start)
        e = Event(t.who_at(doer, dkey, doer_at), t.who_at(receiver, rkey, recv_at), cameo,
                  t.span_at(trigger, trig_at), n, status="claimed", plover=plover, root=cameo[:2],
                  quad_class=quad, statement=n, attributed_to=skey)
        events.append(e)
        said.append(Statement(t.who_at(speaker, skey, at), t.span_at("said", cue_at), "indirect",
                              t.span_at(content, start), n, "say", "asserts"))
    return build(t.doc, events, said)


@pytest.mark.parametrize("case", RECEIVER_ONLY)
def test_help_only_its_receiver_tells_of_is_no_claim(case) -> None:
    assert build_holders(case) == []


@pytest.mark.parametrize("case", WITH_ANOTHER_TELLER)
def test_help_told_by_another_party_as_well_is_a_claim(case) -> None:
    claims = _claims(*case)
    assert len(claims) == 1
    assert {s.holder for s in claims[0].stances} == {case[1][0][1], case[1][1][1]}


@pytest.mark.parametrize("case", DEEDS_AGAINST_TELLER)
def test_a_deed_against_its_teller_told_twice_stays_a_claim(case) -> None:
    claims = _claims(*case)
    assert len(claims) == 1 and claims[0].proposition.cameo == case[1][0][7]
    assert {s.stance for s in claims[0].stances} == {"asserts"}


def build_holders(case) -> list:
    """The holders of each claim built from the case."""
    return [sorted({s.holder or "" for s in c.stances}) for c in _claims(*case)]
