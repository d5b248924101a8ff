"""Stances the events stage leaves uncoded: receipts seen from the receiving end, and pledges."""

from __future__ import annotations

from tidings.claims import build
from tidings.records import ActorMention, Document, Event, Statement, TextSpan

RECEIPT_TEXT = (
    "Poland said Hungary had supplied artillery shells to Serbia. "
    "Budapest rejected the claim. "
    "A Serbian defence official denied receiving any shells. "
    "Analysts said Serbia has received new howitzers from Hungary. "
    "A Croatian minister said Serbia has received fuel from Slovakia."
)
PLEDGE_TEXT = (
    "Canada pledged humanitarian aid to Haiti. "
    "Haiti's prime minister said Canada was sending food and medicine to Haiti. "
    "Canada promised closer cooperation with Haiti."
)


def _span(text: str, s: str, nth: int = 0) -> TextSpan:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return TextSpan(i, i + len(s), s)


def _who(text: str, s: str, key: str, nth: int = 0) -> ActorMention:
    sp = _span(text, s, nth)
    return ActorMention(sp.start, sp.end, s, key, s)


def _receipt_records(extra: bool = True) -> tuple[Document, list[Event], list[Statement]]:
    t = RECEIPT_TEXT
    statements = [
        Statement(_who(t, "Poland", "POL.GOV"), _span(t, "said"), "indirect",
                  _span(t, "Hungary had supplied artillery shells to Serbia"), 0, "say", "asserts"),
        Statement(_who(t, "Budapest", "HUN.GOV"), _span(t, "rejected"), "indirect", _span(t, "the claim"), 1,
                  "reject", "denies"),
        Statement(_who(t, "A Serbian defence official", "SRB.GOV"), _span(t, "denied"), "indirect",
                  _span(t, "receiving any shells"), 2, "deny", "denies"),
    ]
    if extra:
        statements += [
            Statement(_who(t, "Analysts", "SRB.CVL"), _span(t, "said", 1), "indirect",
                      _span(t, "Serbia has received new howitzers from Hungary"), 3, "say", "asserts"),
            Statement(_who(t, "A Croatian minister", "HRV.GOV"), _span(t, "said", 2), "indirect",
                      _span(t, "Serbia has received fuel from Slovakia"), 4, "say", "asserts"),
        ]
    events = [
        Event(_who(t, "Hungary", "HUN"), _who(t, "Serbia", "SRB"), "072", _span(t, "supplied"), 0,
              status="claimed", plover="AID", attributed_to="POL.GOV"),
    ]
    return Document(id="r1", text=t, date="2024-03-01"), events, statements


def test_receipt_denial_by_receiver_joins_aid_proposition() -> None:
    doc, events, statements = _receipt_records()
    claims = build(doc, events, statements)
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.plover) == ("HUN", "SRB", "AID")
    held = {(s.holder, s.stance) for s in c.stances}
    assert ("SRB.GOV", "denies") in held
    assert ("HUN.GOV", "denies") in held


def test_receipt_from_named_giver_asserts_that_givers_aid() -> None:
    doc, events, statements = _receipt_records()
    c = build(doc, events, statements)[0]
    analysts = [s for s in c.stances if s.holder == "SRB.CVL"]
    assert [(s.stance, s.statement) for s in analysts] == [("asserts", 3)]


def test_receipt_from_another_giver_is_not_that_proposition() -> None:
    doc, events, statements = _receipt_records()
    c = build(doc, events, statements)[0]
    assert all(s.holder != "HRV.GOV" for s in c.stances)


def test_receipt_without_aid_proposition_makes_no_claim() -> None:
    doc, _, statements = _receipt_records()
    assert build(doc, [], statements) == []


def _pledge_records(cameo: str, trigger: str) -> tuple[Document, list[Event], list[Statement]]:
    t = PLEDGE_TEXT
    statements = [
        Statement(_who(t, "Canada", "CAN.GOV"), _span(t, "pledged"), "indirect", _span(t, "humanitarian aid"), 0,
                  "pledge", "asserts"),
        Statement(_who(t, "Haiti's prime minister", "HTI.GOV"), _span(t, "said"), "indirect",
                  _span(t, "Canada was sending food and medicine to Haiti"), 1, "say", "asserts"),
        Statement(_who(t, "Canada", "CAN.GOV", 2), _span(t, "promised"), "indirect",
                  _span(t, "closer cooperation with Haiti"), 2, "promise", "asserts"),
    ]
    events = [
        Event(_who(t, "Canada", "CAN.GOV"), _who(t, "Haiti", "HTI.GOV"), cameo, _span(t, trigger), 0,
              plover="AGREE"),
        Event(_who(t, "Canada", "CAN", 1), _who(t, "Haiti", "HTI", 2), "073", _span(t, "sending"), 1,
              status="claimed", plover="AID", attributed_to="HTI.GOV", statement=1),
    ]
    return Document(id="p1", text=t), events, statements


def test_pledge_of_aid_is_the_pledgers_assertion_of_the_aid() -> None:
    claims = build(*_pledge_records("0333", "pledged"))
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.plover) == ("CAN", "HTI", "AID")
    assert {(s.holder, s.stance, s.statement) for s in c.stances} == {("CAN.GOV", "asserts", 0), ("HTI.GOV", "asserts", 1)}


def test_promise_of_cooperation_is_no_announced_act() -> None:
    # 030 (intent to cooperate) names no deed: the cue stays a mere statement and the aid has one backer
    assert build(*_pledge_records("030", "promised")) == []


RELAY_TEXT = (
    "Georgia's foreign ministry said Ankara had formally refuted the reports. "
    "A Greek newspaper wrote that Turkey shipped drones to Armenia."
)


def _relay_records(denial_cameo: str) -> tuple[Document, list[Event], list[Statement]]:
    t = RELAY_TEXT
    statements = [
        Statement(_who(t, "Georgia's foreign ministry", "GEO.GOV"), _span(t, "said"), "indirect",
                  _span(t, "Ankara had formally refuted the reports"), 0, "say", "asserts"),
        Statement(_who(t, "A Greek newspaper", "GRC.MED"), _span(t, "wrote"), "indirect",
                  _span(t, "Turkey shipped drones to Armenia"), 1, "write", "asserts"),
    ]
    events = [
        Event(_who(t, "Ankara", "TUR.GOV"), None, denial_cameo, _span(t, "refuted"), 0, status="claimed",
              attributed_to="GEO.GOV", statement=0),
        Event(_who(t, "Turkey", "TUR"), _who(t, "Armenia", "ARM"), "072", _span(t, "shipped"), 1,
              status="claimed", plover="AID", attributed_to="GRC.MED", statement=1),
    ]
    return Document(id="g1", text=t), events, statements


def test_reported_denial_of_allegation_is_relayed_by_the_speaker() -> None:
    claims = build(*_relay_records("016"))
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target) == ("TUR", "ARM")
    assert {(s.holder, s.stance) for s in c.stances} == {("GEO.GOV", "denies"), ("GRC.MED", "asserts")}


def test_reported_criticism_is_no_relayed_denial() -> None:
    # 'Ankara had formally criticised the reports' (111) rejects nothing: no stance, no claim
    assert build(*_relay_records("111")) == []
