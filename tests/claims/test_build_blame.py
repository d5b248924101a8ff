"""An accusation pointing back at a told deed by a word for any deed ('blamed the incident on Y') (own sentences)."""

from __future__ import annotations

import pytest
from claim_helpers import Text, held

from tidings.claims import build
from tidings.records import Event, Statement

# (text, deed trigger, deed code, doer, target, reporter, accusation cue, accuser, accused)
CASES = [
    ("Ethiopian monitors said Somali gunmen raided a border post. Nairobi blamed the violence on Mogadishu.",
     "raided", "190", ("Somali gunmen", "SOM.REB"), ("a border post", "KEN.COP"), ("Ethiopian monitors", "ETH.GOV"),
     "blamed", ("Nairobi", "KEN.GOV"), ("Mogadishu", "SOM.GOV")),
    ("Ukrainian officials said Russian drones hit a power station. Later Warsaw blames Moscow for the incident.",
     "hit", "190", ("Russian drones", "RUS.MIL"), ("a power station", "UKR"), ("Ukrainian officials", "UKR.GOV"),
     "blames", ("Warsaw", "POL.GOV"), ("Moscow", "RUS.GOV")),
    ("UN observers said Burkinabe troops shelled a market. Bamako has held Ouagadougou responsible for the deadly border incident.",
     "shelled", "195", ("Burkinabe troops", "BFA.MIL"), ("a market", "MLI.CVL"), ("UN observers", "UN"),
     "held", ("Bamako", "MLI.GOV"), ("Ouagadougou", "BFA.GOV")),
]


def _records(case: tuple, text: str | None = None) -> tuple[Text, list[Event], list[Statement]]:
    body, trigger, code, doer, target, reporter, cue, accuser, accused = case
    t = Text(text or body)
    first = t.text[t.text.index("said") + 5 : t.text.index(".")]
    deed = Event(t.who(*doer), t.who(*target), code, t.span(trigger), 0, status="claimed",
                 attributed_to=reporter[1], quad_class=4)
    blame = Event(t.who(*accuser), t.who(*accused), "112", t.span(cue), 1, plover="ACCUSE", quad_class=3)
    said = [Statement(t.who(*reporter), t.span("said"), "indirect", t.span(first), 0, "say", "asserts")]
    return t, [deed, blame], said


@pytest.mark.parametrize("case", CASES, ids=["violence-on", "for-incident", "responsible-for"])
def test_blame_by_a_word_for_any_deed_asserts_the_told_deed(case: tuple) -> None:
    t, events, said = _records(case)
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.target, p.cameo[:2]) == (case[3][1], case[4][1], case[2][:2])
    assert held(claims) == {(case[5][1], "asserts"), (case[7][1], "asserts")}
    blame = next(s for s in claims[0].stances if s.holder == case[7][1])
    assert blame.event == 1 and blame.statement is None and case[6] in blame.content.text


def test_blame_on_another_country_than_the_doer_joins_nothing() -> None:
    case = CASES[0]
    text = case[0].replace("Mogadishu", "Khartoum")
    t, events, said = _records(case[:8] + (("Khartoum", "SDN.GOV"),), text)
    assert build(t.doc, events, said) == []


def test_blame_without_a_definite_deed_word_joins_nothing() -> None:
    for words in ("the drought", "a violence", "its policies"):
        case = CASES[0]
        t, events, said = _records(case, case[0].replace("the violence", words))
        assert build(t.doc, events, said) == [], words


def test_blame_from_the_reporter_side_adds_no_holder() -> None:
    case = CASES[0]
    t, events, said = _records(case[:7] + (("Nairobi", "ETH.GOV"),) + case[8:])  # the reporter's own country
    assert build(t.doc, events, said) == []


def test_blame_points_back_not_ahead() -> None:
    body = "Nairobi blamed the violence on Mogadishu. Kenyan police said Somali gunmen raided a border post."
    t = Text(body)
    blame = Event(t.who("Nairobi", "KEN.GOV"), t.who("Mogadishu", "SOM.GOV"), "112", t.span("blamed"), 0,
                  plover="ACCUSE", quad_class=3)
    deed = Event(t.who("Somali gunmen", "SOM.REB"), t.who("a border post", "KEN.COP"), "190", t.span("raided"), 1,
                 status="claimed", attributed_to="KEN.COP", quad_class=4)
    said = [Statement(t.who("Kenyan police", "KEN.COP"), t.span("said"), "indirect",
                      t.span("Somali gunmen raided a border post"), 1, "say", "asserts")]
    assert build(t.doc, [blame, deed], said) == []


# A deed the article tells in its own voice, blamed twice by the party it hit (own sentences):
# (text, deed trigger, doer, target, first blame cue, second blame cue, accuser, accused)
TOLD = [
    ("Tajik troops attacked a Kyrgyz border post on Monday. Bishkek blamed the incident on Dushanbe. "
     "The Kyrgyz foreign ministry also sent a note of protest to Tajikistan over the incident.",
     "attacked", ("Tajik troops", "TJK.MIL"), ("a Kyrgyz border post", "KGZ.MIL"), "blamed", "note",
     ("Bishkek", "KGZ.GOV"), ("Dushanbe", "TJK.GOV")),
    ("Eritrean gunmen have raided an Ethiopian village. Addis Ababa blames Asmara for the violence, "
     "and Ethiopia's parliament has condemned Eritrea over the bloodshed.",
     "raided", ("Eritrean gunmen", "ERI.REB"), ("an Ethiopian village", "ETH.CVL"), "blames", "condemned",
     ("Addis Ababa", "ETH.GOV"), ("Asmara", "ERI.GOV")),
]


def _told(case: tuple, status: str = "asserted", text: str | None = None) -> tuple[Text, list[Event]]:
    body, trigger, doer, target, cue1, cue2, accuser, accused = case
    t = Text(text or body)
    deed = Event(t.who(*doer), t.who(*target), "190", t.span(trigger), 0, status=status,  # type: ignore[arg-type]
                 plover="ASSAULT", quad_class=4)
    blames = [Event(t.who(*accuser), t.who(*accused), "112", t.span(cue1), 1, plover="ACCUSE", quad_class=3),
              Event(t.who(*accuser), t.who(*accused), "114", t.span(cue2), 2, plover="ACCUSE", quad_class=3)]
    return t, [deed, *blames]


@pytest.mark.parametrize("case", TOLD, ids=["incident-note", "violence-bloodshed"])
def test_blame_points_back_at_a_deed_told_in_the_article_voice(case: tuple) -> None:
    t, events = _told(case)
    claims = build(t.doc, events, [])
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.target, p.cameo, p.plover) == (case[2][1], case[3][1], "190", "ASSAULT")
    assert [(s.holder, s.stance, s.event) for s in claims[0].stances] == [(case[6][1], "asserts", 1),
                                                                         (case[6][1], "asserts", 2)]


@pytest.mark.parametrize("status", ["negated", "hypothetical"])
def test_blame_joins_no_told_deed_that_did_not_happen(status: str) -> None:
    t, events = _told(TOLD[0], status)
    assert build(t.doc, events, []) == []


def test_blame_joins_no_told_deed_of_another_country() -> None:
    case = TOLD[0]
    t, events = _told(case[:2] + (("Tajik troops", "UZB.MIL"),) + case[3:])
    assert build(t.doc, events, []) == []


def test_blame_joins_no_told_deed_after_it() -> None:
    case = TOLD[1]
    body = ("Addis Ababa blames Asmara for the violence, and Ethiopia's parliament has condemned Eritrea over the "
            "bloodshed. Eritrean gunmen have raided an Ethiopian village.")
    t, events = _told(case, text=body)
    assert build(t.doc, events, []) == []


# A clash told in the article's voice, blamed by one party, which then gives its own account of
# who started it (own sentences): (text, clash trigger, account trigger, account, accuser, accused, doer)
LATER_ACCOUNT = [
    ("Guards of Tajikistan and Kyrgyzstan fought at the border on Monday. The Kyrgyz border service blamed "
     "the incident on Dushanbe. \"Tajik soldiers started shooting first,\" the Kyrgyz border service said.",
     "fought", "shooting", "Tajik soldiers started shooting first", ("The Kyrgyz border service", "KGZ.MIL"),
     ("Dushanbe", "TJK.GOV"), ("Tajik soldiers", "TJK.MIL")),
    ("Indian and Pakistani troops clashed along the frontier. New Delhi blames Islamabad for the violence; "
     "its army said Pakistani units had opened fire without provocation.",
     "clashed", "opened", "Pakistani units had opened fire without provocation", ("New Delhi", "IND.GOV"),
     ("Islamabad", "PAK.GOV"), ("Pakistani units", "PAK.MIL")),
    ("Armenian and Azerbaijani forces exchanged fire overnight. Baku held Yerevan responsible for the "
     "deadly incident, and later Baku said Armenian gunners shelled its positions.",
     "exchanged", "shelled", "Armenian gunners shelled its positions", ("Baku", "AZE.GOV"),
     ("Yerevan", "ARM.GOV"), ("Armenian gunners", "ARM.MIL")),
]


def _later_account(case: tuple, text: str | None = None) -> tuple[Text, list[Event], list[Statement]]:
    body, clash, shot, account, accuser, accused, doer = case
    t = Text(text or body)
    victim = (accuser[0], accuser[1].split(".")[0])
    told = Event(t.who(*accused), t.who(*victim), "190",
                 t.span(clash), 0, status="asserted", plover="ASSAULT", quad_class=4)
    cue = t.span("blamed" if "blamed" in t.text else "blames" if "blames" in t.text else "held")
    blame = Event(t.who(*accuser), t.who(*accused), "112", cue, 1, plover="ACCUSE", quad_class=3)
    fired = Event(t.who(*doer), t.who(*victim), "193", t.span(shot), 2, status="claimed",
                  attributed_to=accuser[1], plover="ASSAULT", quad_class=4)
    said = [Statement(t.who(*accuser, nth=1) if t.text.count(accuser[0]) > 1 else t.who(*accuser), t.span("said"),
                      "direct", t.span(account), 2, "say", "asserts")]
    return t, [told, blame, fired], said


@pytest.mark.parametrize("case", LATER_ACCOUNT, ids=["quoted-after", "army-said", "ministry-said"])
def test_blame_stands_beside_the_accusers_later_account_of_the_deed(case: tuple) -> None:
    """The accuser's later account does not make its earlier blame redundant: two statements put the
    deed forward, so it is a claim held by the accuser twice (the blame and the account)."""
    t, events, said = _later_account(case)
    claims = build(t.doc, events, said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source or "").split(".")[0] == case[6][1].split(".")[0] and p.plover == "ASSAULT"
    assert (p.target or "").split(".")[0] == case[4][1].split(".")[0]
    assert {(s.holder, s.stance, s.event, s.statement) for s in claims[0].stances} == {
        (case[4][1], "asserts", 1, None), (case[4][1], "asserts", 2, 0)}


def test_an_account_given_before_the_blame_makes_the_blame_no_new_stance() -> None:
    """The accuser told the deed first and then blamed it: the blame restates that one account, no claim."""
    body = ("Guards of Tajikistan and Kyrgyzstan fought at the border on Monday. \"Tajik soldiers started "
            "shooting first,\" the Kyrgyz border service said. The Kyrgyz border service blamed the incident on Dushanbe.")
    case = LATER_ACCOUNT[0]
    t, events, said = _later_account(case, body)
    said = [Statement(t.who(case[4][0], case[4][1]), t.span("said"), "direct", t.span(case[3]), 1, "say", "asserts")]
    assert build(t.doc, events, said) == []
