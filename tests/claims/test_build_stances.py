"""Claim building from hand-made records: merging, stances, denials, filtering."""

from __future__ import annotations

import pytest
from claim_helpers import Text

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


# A clash read both ways from one word, told by one of its parties and by a third (own sentences):
# (text, doer A, doer B, the party A's teller, the third party)
CLASHES = [
    ("Tajik officials said two guards died in a shootout between Tajikistan and Kyrgyzstan. "
     "OSCE monitors said a shootout between Tajikistan and Kyrgyzstan left two dead.",
     ("Tajikistan", "TJK"), ("Kyrgyzstan", "KGZ"), ("Tajik officials", "TJK.GOV"), ("OSCE monitors", "OSCE"), "shootout"),
    ("Yerevan says soldiers were wounded in clashes between Armenia and Azerbaijan on the border. "
     "The United Nations says clashes between Armenia and Azerbaijan have flared again.",
     ("Armenia", "ARM"), ("Azerbaijan", "AZE"), ("Yerevan", "ARM.GOV"), ("The United Nations", "UN"), "clashes"),
]


def _clash(case: tuple, one_way: bool = False) -> tuple[Document, list[Event], list[Statement]]:
    body, a, b, teller, third, word = case
    t = Text(body)
    events: list[Event] = []
    said: list[Statement] = []
    for n, (who, cue) in enumerate(((teller, "said" if "said" in body else "says"), (third, "said" if "said" in body else "says"))):
        start = t.span(cue, n).end + 1
        end = t.text.index(".", start)
        said.append(Statement(t.who(*who), t.span(cue, n), "indirect", TextSpan(start, end, t.text[start:end]), n,
                              "say", "asserts"))
        events.append(Event(t.who(a[0], a[1], n), t.who(b[0], b[1], n), "190", t.span(word, n), n, status="claimed",
                            plover="ASSAULT", quad_class=4, attributed_to=who[1]))
        if not one_way:
            events.append(Event(t.who(b[0], b[1], n), t.who(a[0], a[1], n), "190", t.span(word, n), n,
                                status="claimed", plover="ASSAULT", quad_class=4, attributed_to=who[1]))
    return t.doc, events, said


@pytest.mark.parametrize("case", CLASHES, ids=["shootout-said", "clashes-says"])
def test_a_party_telling_a_two_way_clash_asserts_only_that_the_other_did_it(case: tuple) -> None:
    doc, events, said = _clash(case)
    claims = build(doc, events, said)
    a, b, teller, third = case[1][1], case[2][1], case[3][1], case[4][1]
    # B attacking A: told by A's teller and the third party; A attacking B: by the third party alone
    assert [(c.proposition.source, c.proposition.target) for c in claims] == [(b, a)]
    assert {(s.holder, s.stance) for s in claims[0].stances} == {(teller, "asserts"), (third, "asserts")}


@pytest.mark.parametrize("case", CLASHES, ids=["shootout-said", "clashes-says"])
def test_a_one_way_deed_told_by_its_doer_side_stays_its_stance(case: tuple) -> None:
    doc, events, said = _clash(case, one_way=True)
    claims = build(doc, events, said)
    assert [(c.proposition.source, c.proposition.target) for c in claims] == [(case[1][1], case[2][1])]
    assert {s.holder for s in claims[0].stances} == {case[3][1], case[4][1]}


def test_a_two_way_clash_told_outside_any_statement_drops_the_teller_own_reading() -> None:
    t = Text("Two guards died in a shootout between Tajikistan and Kyrgyzstan, according to Dushanbe. "
             "OSCE monitors said a shootout between Tajikistan and Kyrgyzstan left two dead.")
    start = t.span("said").end + 1
    content = TextSpan(start, t.text.index(".", start), t.text[start : t.text.index(".", start)])
    said = [Statement(t.who("OSCE monitors", "OSCE"), t.span("said"), "indirect", content, 1, "say", "asserts")]
    events = []
    for n, who in ((0, "TJK.GOV"), (1, "OSCE")):
        for x, y in (("Tajikistan", "TJK"), ("Kyrgyzstan", "KGZ")), (("Kyrgyzstan", "KGZ"), ("Tajikistan", "TJK")):
            events.append(Event(t.who(x[0], x[1], n), t.who(y[0], y[1], n), "190", t.span("shootout", n), n,
                                status="claimed", plover="ASSAULT", quad_class=4, attributed_to=who))
    claims = build(t.doc, events, said)
    assert [(c.proposition.source, c.proposition.target) for c in claims] == [("KGZ", "TJK")]
    assert {s.holder for s in claims[0].stances} == {"TJK.GOV", "OSCE"}


# A deed told by one party and owned by its doer in 'claimed responsibility for' (own sentences):
# (text, the teller and key, the doer named and key, the owning group and key, target and key, first and second trigger)
OWNED = [
    ("Kenyan police said Somali militants raided a police station. Al-Shabaab claimed responsibility for the raid.",
     ("Kenyan police", "KEN.COP"), ("Somali militants", "SOM.REB"), ("Al-Shabaab", "SOM.REB:al-Shabaab"),
     ("a police station", "KEN.COP"), "raided", "raid"),
    ("Pakistani officials said militants bombed a police post. The Pakistani Taliban later took full responsibility "
     "for Sunday's bombing.", ("Pakistani officials", "PAK.GOV"), ("militants", "PAK.REB"), ("The Pakistani Taliban", "PAK.REB:TTP"),
     ("a police post", "PAK.COP"), "bombed", "bombing"),
    ("Israel said Hamas fired rockets at Ashkelon. Hamas has accepted responsibility for the rocket fire.",
     ("Israel", "ISR.GOV"), ("Hamas", "PSE.REB:Hamas"), ("Hamas", "PSE.REB:Hamas"), ("Ashkelon", "ISR"), "fired", "fire"),
]


def _owned(case: tuple, body: str | None = None) -> tuple[Text, list[Event], list[Statement]]:
    text, teller, doer, owner, target, told, owned = case
    t = Text(body or text)
    first = t.text[: t.text.index(".")]
    said = t.text.index("said")
    content = first[said + 5 :]
    events = [Event(t.who(*doer), t.who(*target), "190", t.span(told), 0, status="claimed", plover="ASSAULT", quad_class=4,
                    attributed_to=teller[1]),
              Event(t.who(owner[0], owner[1], 1 if owner[0] == doer[0] else 0), t.who(*target), "190",
                    t.span(owned, 1 if owned in told else 0), 1, plover="ASSAULT", quad_class=4)]
    sts = [Statement(t.who(*teller), t.span("said"), "indirect", t.span(content), 0, "say", "asserts")]
    return t, events, sts


@pytest.mark.parametrize("case", OWNED)
def test_claiming_responsibility_for_a_deed_asserts_it(case: tuple) -> None:
    t, events, sts = _owned(case)
    claims = build(t.doc, events, sts)
    assert len(claims) == 1
    assert [(s.holder, s.stance) for s in claims[0].stances] == [(case[1][1], "asserts"), (case[3][1], "asserts")]


@pytest.mark.parametrize("case, body", [
    (OWNED[0], "Kenyan police said Somali militants raided a police station. Al-Shabaab did not claim responsibility for the raid."),
    (OWNED[0], "Kenyan police said Somali militants raided a police station. Al-Shabaab praised the fighters for the raid."),
])
def test_a_deed_nobody_owns_is_no_second_stance(case: tuple, body: str) -> None:
    t, events, sts = _owned(case, body)
    assert build(t.doc, events, sts) == []


def test_a_claim_of_responsibility_joins_the_attack_told_before(analyze_text) -> None:
    a = analyze_text("Somali militants attacked a police station in Kenya, Kenyan police said. Al-Shabaab claimed "
                     "responsibility for the raid in a statement.")
    assert [sorted((s.holder, s.stance) for s in c.stances) for c in a.claims] == [
        [("KEN.COP", "asserts"), ("SOM.REB:al-Shabaab", "asserts")]]
