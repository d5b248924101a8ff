"""Claim building from hand-made records: merging, stances, denials, filtering."""

from __future__ import annotations

from tidings.claims import build
from tidings.records import ActorMention, Document, Event, Statement, TextSpan

TEXT = (
    "The White House said North Korea supplied rockets to the Wagner group. "
    "Pyongyang denied the allegation. "
    "Stoltenberg said North Korea is providing military support to Russia."
)
DOC = Document(id="d1", text=TEXT, date="2023-01-29")


def _span(s: str, nth: int = 0) -> TextSpan:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(s, i + 1)
    return TextSpan(i, i + len(s), s)


def _who(s: str, key: str, name: str | None = None) -> ActorMention:
    sp = _span(s)
    return ActorMention(sp.start, sp.end, s, key, name or s)


def _statements() -> list[Statement]:
    return [
        Statement(_who("The White House", "USA.GOV"), _span("said"), "indirect",
                  _span("North Korea supplied rockets to the Wagner group"), 0, "say", "asserts"),
        Statement(_who("Pyongyang", "PRK.GOV"), _span("denied"), "indirect", _span("the allegation"), 1, "deny", "denies"),
        Statement(_who("Stoltenberg", "NATO", "Jens Stoltenberg"), _span("said", 1), "indirect",
                  _span("North Korea is providing military support to Russia"), 2, "say", "asserts"),
    ]


def _aid(trigger: str, target: str, tkey: str, status: str = "claimed") -> Event:
    return Event(_who("North Korea", "PRK"), _who(target, tkey), "072", _span(trigger), 0, status=status, plover="AID")  # type: ignore[arg-type]


def test_build_merges_subgroup_target_into_country_proposition() -> None:
    events = [_aid("supplied", "the Wagner group", "RUS.PMC:Wagner"), _aid("providing", "Russia", "RUS")]
    claims = build(DOC, events, _statements())
    assert len(claims) == 1
    c = claims[0]
    assert (c.proposition.source, c.proposition.target, c.proposition.plover) == ("PRK", "RUS", "AID")
    held = {(s.holder, s.stance) for s in c.stances}
    assert held == {("USA.GOV", "asserts"), ("PRK.GOV", "denies"), ("NATO", "asserts")}


def test_build_stance_points_at_statement_and_event() -> None:
    events = [_aid("supplied", "the Wagner group", "RUS.PMC:Wagner"), _aid("providing", "Russia", "RUS")]
    c = build(DOC, events, _statements())[0]
    nato = next(s for s in c.stances if s.holder == "NATO")
    assert (nato.statement, nato.event, nato.name, nato.document, nato.date) == (2, 1, "Jens Stoltenberg", "d1", "2023-01-29")
    assert nato.content is not None and nato.content.text.startswith("North Korea is providing")


def test_build_single_uncontested_mention_is_not_a_claim() -> None:
    events = [_aid("providing", "Russia", "RUS")]
    statements = [_statements()[2]]
    assert build(DOC, events, statements) == []


def test_build_skips_the_speech_act_itself() -> None:
    said = Event(_who("The White House", "USA.GOV"), _who("North Korea", "PRK"), "112", _span("said"), 0, plover="ACCUSE")
    assert build(DOC, [said], _statements()) == []


def test_build_denier_and_accuser_from_one_denial() -> None:
    text_event = Event(_who("North Korea", "PRK"), _who("Russia", "RUS"), "072", _span("providing"), 2,
                       status="denied", plover="AID", attributed_to="USA.GOV", attributed_name="Washington")
    denial = Statement(_who("Pyongyang", "PRK.GOV"), _span("denied"), "indirect",
                       _span("North Korea is providing military support to Russia"), 1, "deny", "denies")
    c = build(DOC, [text_event], [denial])[0]
    assert {(s.holder, s.stance) for s in c.stances} == {("PRK.GOV", "denies"), ("USA.GOV", "asserts")}
