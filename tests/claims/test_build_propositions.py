"""Proposition extraction and claim formation on hand-made records (own sentences)."""

from __future__ import annotations

from typing import Any

import pytest
from claim_helpers import Text

from tidings.claims import build
from tidings.claims.propositions import act_code, fold_open_targets, side, signature
from tidings.records import ActorMention, Event, Statement, TextSpan


def _event(t: Text, src: ActorMention | None, tgt: ActorMention | None, cameo: str, trigger: str, plover: str | None,
           status: str = "claimed", quad: int | None = None, nth: int = 0) -> Event:
    return Event(src, tgt, cameo, t.span(trigger, nth), 0, status=status, plover=plover, quad_class=quad)  # type: ignore[arg-type]


def test_accusation_frame_makes_the_accused_the_doer() -> None:
    t = Text("Baltic governments accused Belarus of sending migrants across the border into Lithuania. "
             "Minsk denied the allegation.")
    accuse = _event(t, t.who("Baltic governments", "EUR"), t.who("Belarus", "BLR"), "112", "accused", "ACCUSE", "asserted")
    # the parse took the clause subject as the doer of 'sending'
    send = _event(t, t.who("Baltic governments", "EUR"), t.who("Lithuania", "LTU"), "170", "sending", "COERCE", quad=4)
    said = [
        Statement(t.who("Baltic governments", "EUR"), t.span("accused"), "indirect",
                  t.span("Belarus of sending migrants across the border into Lithuania"), 0, "accuse", "asserts"),
        Statement(t.who("Minsk", "BLR.GOV"), t.span("denied"), "indirect", t.span("the allegation"), 1, "deny", "denies"),
    ]
    claims = build(t.doc, [accuse, send], said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.plover, p.target) == ("BLR", "COERCE", "LTU")
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("EUR", "asserts"), ("BLR.GOV", "denies")}


def test_accusation_frame_keeps_the_speakers_own_possession() -> None:
    t = Text("London accused Moscow of trying to undermine our support for Kyiv. Moscow rejected the claims.")
    accuse = _event(t, t.who("London", "GBR.GOV"), t.who("Moscow", "RUS.GOV"), "112", "accused", "ACCUSE", "asserted")
    support = _event(t, t.who("London", "GBR.GOV"), t.who("Kyiv", "UKR.GOV"), "070", "support", "AID", quad=2)
    said = [Statement(t.who("London", "GBR.GOV"), t.span("accused"), "indirect",
                      t.span("Moscow of trying to undermine our support for Kyiv"), 0, "accuse", "asserts")]
    # 'our support' stays London's: no RUS AID UKR proposition appears
    for c in build(t.doc, [accuse, support], said):
        assert c.proposition.source != "RUS.GOV"


def test_announced_aid_and_delivered_aid_are_one_proposition() -> None:
    t = Text("Japan said it will provide emergency medical supplies to Pakistan. "
             "Pakistan's prime minister thanked Tokyo for the medical supplies sent to Pakistan.")
    pledge = _event(t, t.who("it", "JPN.GOV"), t.who("Pakistan", "PAK"), "0333", "provide", "AGREE", "intended")
    sent = _event(t, t.who("Tokyo", "JPN.GOV"), t.who("Pakistan", "PAK", 2), "073", "sent", "AID")
    said = [
        Statement(t.who("Japan", "JPN.GOV"), t.span("said"), "indirect",
                  t.span("it will provide emergency medical supplies to Pakistan"), 0, "say", "asserts"),
        Statement(t.who("Pakistan's prime minister", "PAK.GOV"), t.span("thanked"), "indirect",
                  t.span("Tokyo for the medical supplies sent to Pakistan"), 1, "thank", "asserts"),
    ]
    claims = build(t.doc, [pledge, sent], said)
    assert len(claims) == 1
    p = claims[0].proposition
    assert (p.source, p.plover, p.cameo[:2], p.target) == ("JPN.GOV", "AID", "07", "PAK")
    assert {s.holder for s in claims[0].stances} == {"JPN.GOV", "PAK.GOV"}
    assert act_code("0332") == "072" and act_code("036") == "036"


def test_a_party_announcing_its_own_act_twice_is_not_a_claim() -> None:
    t = Text("The Kremlin said Russia sent grain to Mali. Putin said Russia sent grain to Mali for free.")
    ev = [_event(t, t.who("Russia", "RUS.GOV"), t.who("Mali", "MLI"), "073", "sent", "AID"),
          _event(t, t.who("Russia", "RUS.GOV", 1), t.who("Mali", "MLI", 1), "073", "sent", "AID", nth=1)]
    said = [
        Statement(t.who("The Kremlin", "RUS.GOV"), t.span("said"), "indirect", t.span("Russia sent grain to Mali"), 0, "say", "asserts"),
        Statement(t.who("Putin", "RUS.GOV"), t.span("said", 1), "indirect", t.span("Russia sent grain to Mali for free"), 1,
                  "say", "asserts"),
    ]
    assert build(t.doc, ev, said) == []


def test_two_other_sources_reporting_an_attack_make_a_claim() -> None:
    t = Text("The army said rebels attacked a base in Djibo. A local official said rebels attacked the base at dawn.")
    ev = [_event(t, t.who("rebels", "BFA.REB"), t.who("a base", "BFA.MIL"), "190", "attacked", "ASSAULT", quad=4),
          _event(t, t.who("rebels", "BFA.REB", 1), t.who("the base", "BFA.MIL"), "190", "attacked", "ASSAULT", quad=4, nth=1)]
    said = [
        Statement(t.who("The army", "BFA.MIL"), t.span("said"), "indirect", t.span("rebels attacked a base in Djibo"), 0, "say", "asserts"),
        Statement(t.who("A local official", "BFA.GOV"), t.span("said", 1), "indirect",
                  t.span("rebels attacked the base at dawn"), 1, "say", "asserts"),
    ]
    claims = build(t.doc, ev, said)
    assert len(claims) == 1
    assert claims[0].proposition.source == "BFA.REB"


def test_domestic_sides_are_separate_propositions() -> None:
    t = Text("x")
    police = Event(ActorMention(0, 1, "x", "PER.COP"), ActorMention(0, 1, "x", "PER.GOV"), "173", TextSpan(0, 1, "x"), 0, plover="COERCE")
    president = Event(ActorMention(0, 1, "x", "PER.GOV"), ActorMention(0, 1, "x", "PER.LEG"), "172", TextSpan(0, 1, "x"), 0, plover="COERCE")
    foreign = Event(ActorMention(0, 1, "x", "RUS.MIL"), ActorMention(0, 1, "x", "UKR.GOV"), "190", TextSpan(0, 1, "x"), 0, plover="ASSAULT")
    assert signature(police) == ("PER.COP", "COERCE", "PER")
    assert signature(president) == ("PER.GOV", "COERCE", "PER")
    assert signature(foreign) == ("RUS", "ASSAULT", "UKR")
    assert side("SDN.REB:RSF") == "SDN.REB" and side("RUS") == "RUS"
    assert t.text == "x"


def test_side_less_domestic_source_folds_into_the_one_side_that_did_it() -> None:
    folded = fold_open_targets([("SDN", "ASSAULT", "SDN"), ("SDN.REB", "ASSAULT", "SDN"), ("SDN.REB", "ASSAULT", None)])
    assert folded[("SDN", "ASSAULT", "SDN")] == ("SDN.REB", "ASSAULT", "SDN")
    assert folded[("SDN.REB", "ASSAULT", None)] == ("SDN.REB", "ASSAULT", "SDN")


def test_directive_statement_holds_no_stance() -> None:
    t = Text("Protesters demanded that the president resign. The newspaper said the president would resign soon.")
    ev = [_event(t, t.who("the president", "PER.GOV"), None, "083", "resign", "CONCEDE"),
          _event(t, t.who("the president", "PER.GOV", 1), None, "083", "resign", "CONCEDE", nth=1)]
    said = [
        Statement(t.who("Protesters", "PER.OPP"), t.span("demanded"), "indirect", t.span("the president resign"), 0, "demand", "asserts"),
        Statement(t.who("The newspaper", "PER.MED"), t.span("said"), "indirect", t.span("the president would resign soon"), 1,
                  "say", "asserts"),
    ]
    assert build(t.doc, ev, said) == []


def test_lone_denial_without_an_asserter_is_not_a_claim() -> None:
    t = Text("The rebel commander denied that his fighters had signed any deal with the courts.")
    ev = [_event(t, t.who("his fighters", "COL.REB"), t.who("the courts", "COL.JUD"), "057", "signed", "AGREE", "denied")]
    said = [Statement(t.who("The rebel commander", "COL.REB"), t.span("denied"), "indirect",
                      t.span("his fighters had signed any deal with the courts"), 0, "deny", "denies")]
    assert build(t.doc, ev, said) == []


def test_denial_naming_the_accuser_joins_only_that_accusers_allegation() -> None:
    t = Text("Poland said Russian drones attacked a village near Lublin. "
             "Britain said Russian drones attacked a village near Lublin too. "
             "Moscow denied Lithuania's accusation that it had hacked the railway network.")
    ev = [_event(t, t.who("Russian drones", "RUS.MIL"), t.who("a village near Lublin", "POL"), "195", "attacked", "ASSAULT", quad=4),
          _event(t, t.who("Russian drones", "RUS.MIL", 1), t.who("a village near Lublin", "POL", 1), "195", "attacked", "ASSAULT",
                 quad=4, nth=1)]
    said = [
        Statement(t.who("Poland", "POL.GOV"), t.span("said"), "indirect", t.span("Russian drones attacked a village near Lublin"), 0,
                  "say", "asserts"),
        Statement(t.who("Britain", "GBR.GOV"), t.span("said", 1), "indirect",
                  t.span("Russian drones attacked a village near Lublin too"), 1, "say", "asserts"),
        Statement(t.who("Moscow", "RUS.GOV"), t.span("denied"), "indirect",
                  t.span("Lithuania's accusation that it had hacked the railway network"), 2, "deny", "denies"),
    ]
    claims = build(t.doc, ev, said)
    assert len(claims) == 1
    assert "RUS.GOV" not in {s.holder for s in claims[0].stances}


def test_anaphoric_denial_does_not_join_talk_about_meetings() -> None:
    t = Text("Zakharova said Moscow discussed the issue with Baku. Yerevan said Moscow discussed it with Baku in May. "
             "Baku rejected the reports.")
    ev = [_event(t, t.who("Moscow", "RUS.GOV"), t.who("Baku", "AZE.GOV"), "040", "discussed", "CONSULT", quad=1),
          _event(t, t.who("Moscow", "RUS.GOV", 1), t.who("Baku", "AZE.GOV", 1), "040", "discussed", "CONSULT", quad=1, nth=1)]
    said = [
        Statement(t.who("Zakharova", "RUS.GOV"), t.span("said"), "indirect", t.span("Moscow discussed the issue with Baku"), 0,
                  "say", "asserts"),
        Statement(t.who("Yerevan", "ARM.GOV"), t.span("said", 1), "indirect", t.span("Moscow discussed it with Baku in May"), 1,
                  "say", "asserts"),
        Statement(t.who("Baku", "AZE.GOV", 2), t.span("rejected"), "indirect", t.span("the reports"), 2, "reject", "denies"),
    ]
    claims = build(t.doc, ev, said)
    assert all(s.stance != "denies" for c in claims for s in c.stances)


def test_thanks_to_several_parties_for_their_aid_credit_each_of_them() -> None:
    t = Text("Ankara will send field hospitals to Syria, the Turkish ministry said. "
             "Syria's health minister thanked Ankara and Riyadh for their medical aid.")
    sent = _event(t, t.who("Ankara", "TUR.GOV"), t.who("Syria", "SYR"), "073", "send", "AID", "intended", quad=2)
    thank_t = _event(t, t.who("Syria's health minister", "SYR.GOV"), t.who("Ankara", "TUR.GOV", 1), "051", "thanked", "SUPPORT", "asserted")
    thank_s = _event(t, t.who("Syria's health minister", "SYR.GOV"), t.who("Riyadh", "SAU.GOV"), "051", "thanked", "SUPPORT", "asserted")
    aid = _event(t, t.who("Riyadh", "SAU.GOV"), t.who("Syria", "SYR", 1), "073", "aid", "AID", quad=2, nth=1)  # not 's*aid*'
    assert aid.trigger.start > t.text.index("medical")
    said = [
        Statement(t.who("the Turkish ministry", "TUR.GOV"), t.span("said"), "indirect",
                  t.span("Ankara will send field hospitals to Syria"), 0, "say", "asserts"),
        Statement(t.who("Syria's health minister", "SYR.GOV"), t.span("thanked"), "indirect",
                  t.span("Ankara and Riyadh for their medical aid"), 1, "thank", "asserts"),
    ]
    claims = build(t.doc, [sent, thank_t, thank_s, aid], said)
    props = {(c.proposition.source, c.proposition.plover, c.proposition.target): {s.holder for s in c.stances} for c in claims}
    assert props == {("TUR.GOV", "AID", "SYR"): {"TUR.GOV", "SYR.GOV"}}


def test_a_denial_around_another_partys_accusation_denies_it() -> None:
    t = Text("Chisinau accuses Moscow of funding the protests, Russia denies. "
             "Moldova's interior minister said Moscow was funding the protests.")
    accuse = _event(t, t.who("Chisinau", "MDA.GOV"), t.who("Moscow", "RUS.GOV"), "112", "accuses", "ACCUSE", "asserted")
    fund = _event(t, t.who("Moscow", "RUS.GOV"), t.who("the protests", "MDA.OPP"), "071", "funding", "AID", quad=2)
    fund2 = _event(t, t.who("Moscow", "RUS.GOV", 1), t.who("the protests", "MDA.OPP", 1), "071", "funding", "AID", quad=2, nth=1)
    said = [
        Statement(t.who("Chisinau", "MDA.GOV"), t.span("accuses"), "indirect", t.span("Moscow of funding the protests"), 0,
                  "accuse", "asserts"),
        Statement(t.who("Russia", "RUS.GOV"), t.span("denies"), "indirect",
                  t.span("Chisinau accuses Moscow of funding the protests"), 0, "deny", "denies"),
        Statement(t.who("Moldova's interior minister", "MDA.GOV"), t.span("said"), "indirect",
                  t.span("Moscow was funding the protests"), 1, "say", "asserts"),
    ]
    claims = build(t.doc, [accuse, fund, fund2], said)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("MDA.GOV", "asserts"), ("RUS.GOV", "denies")}
    assert (claims[0].proposition.source, claims[0].proposition.target) == ("RUS.GOV", "MDA.OPP")


def test_a_target_of_a_denial_verb_is_not_read_as_an_accused_doer() -> None:
    t = Text("Kinshasa said Rwandan troops shelled Goma, Kigali rejected. Congo's army said Rwandan troops shelled Goma again.")
    reject = _event(t, t.who("Kigali", "RWA.GOV"), t.who("Kinshasa", "COD.GOV"), "016", "rejected", "REJECT", "asserted")
    shell = _event(t, t.who("Rwandan troops", "RWA.MIL"), t.who("Goma", "COD"), "195", "shelled", "ASSAULT", quad=4)
    shell2 = _event(t, t.who("Rwandan troops", "RWA.MIL", 1), t.who("Goma", "COD", 1), "195", "shelled", "ASSAULT", quad=4, nth=1)
    said = [
        Statement(t.who("Kinshasa", "COD.GOV"), t.span("said"), "indirect", t.span("Rwandan troops shelled Goma"), 0, "say", "asserts"),
        Statement(t.who("Kigali", "RWA.GOV"), t.span("rejected"), "indirect", t.span("Kinshasa said Rwandan troops shelled Goma"), 0,
                  "reject", "denies"),
        Statement(t.who("Congo's army", "COD.MIL"), t.span("said", 1), "indirect", t.span("Rwandan troops shelled Goma again"), 1,
                  "say", "asserts"),
    ]
    claims = build(t.doc, [reject, shell, shell2], said)
    assert [c.proposition.source for c in claims] == ["RWA.MIL"]
    assert ("RWA.GOV", "denies") in {(s.holder, s.stance) for s in claims[0].stances}


def test_doubting_the_evidence_questions_the_allegation() -> None:
    t = Text("Vilnius said Belarusian helicopters crossed into its airspace. "
             "Minsk's envoy said Vilnius had not shown any evidence of the flights.")
    cross = _event(t, t.who("Belarusian helicopters", "BLR.MIL"), t.who("its", "LTU"), "192", "crossed", "COERCE", quad=4)
    said = [
        Statement(t.who("Vilnius", "LTU.GOV"), t.span("said"), "indirect", t.span("Belarusian helicopters crossed into its airspace"), 0,
                  "say", "asserts"),
        Statement(t.who("Minsk's envoy", "BLR.GOV"), t.span("said", 1), "indirect",
                  t.span("Vilnius had not shown any evidence of the flights"), 1, "say", "denies"),
    ]
    claims = build(t.doc, [cross], said)
    assert len(claims) == 1
    assert {(s.holder, s.stance) for s in claims[0].stances} == {("LTU.GOV", "asserts"), ("BLR.GOV", "questions")}


def test_these_rumors_refer_to_the_last_allegation_not_an_older_one() -> None:
    t = Text("Yerevan said Baku shelled Armenian villages. Tehran said Baku shelled the villages again. "
             "Opposition channels spread claims that Baku sold drones abroad. These rumors were rejected by Baku.")
    ev = [_event(t, t.who("Baku", "AZE.GOV"), t.who("Armenian villages", "ARM"), "195", "shelled", "ASSAULT", quad=4),
          _event(t, t.who("Baku", "AZE.GOV", 1), t.who("the villages", "ARM"), "195", "shelled", "ASSAULT", quad=4, nth=1)]
    said = [
        Statement(t.who("Yerevan", "ARM.GOV"), t.span("said"), "indirect", t.span("Baku shelled Armenian villages"), 0, "say", "asserts"),
        Statement(t.who("Tehran", "IRN.GOV"), t.span("said", 1), "indirect", t.span("Baku shelled the villages again"), 1, "say", "asserts"),
        Statement(t.who("Opposition channels", "ARM.MED"), t.span("spread"), "indirect",
                  t.span("claims that Baku sold drones abroad"), 2, "spread", "asserts"),
        Statement(t.who("Baku", "AZE.GOV", 3), t.span("rejected"), "indirect", t.span("These rumors"), 3, "reject", "denies"),
    ]
    claims = build(t.doc, ev, said)
    assert len(claims) == 1  # the shelling, reported by two others
    assert all(s.stance == "asserts" for s in claims[0].stances)


def test_a_back_referring_denial_does_not_join_a_later_allegation() -> None:
    t = Text("Budapest dismissed it as false. Later, Warsaw said Hungarian trucks carried arms to Serbia. "
             "Berlin said Hungarian trucks carried arms to Serbia as well.")
    ev = [_event(t, t.who("Hungarian trucks", "HUN"), t.who("Serbia", "SRB"), "072", "carried", "AID", quad=2),
          _event(t, t.who("Hungarian trucks", "HUN", 1), t.who("Serbia", "SRB", 1), "072", "carried", "AID", quad=2, nth=1)]
    said = [
        Statement(t.who("Budapest", "HUN.GOV"), t.span("dismissed"), "indirect", t.span("it"), 0, "dismiss", "denies"),
        Statement(t.who("Warsaw", "POL.GOV"), t.span("said"), "indirect", t.span("Hungarian trucks carried arms to Serbia"), 1,
                  "say", "asserts"),
        Statement(t.who("Berlin", "DEU.GOV"), t.span("said", 1), "indirect", t.span("Hungarian trucks carried arms to Serbia as well"), 2,
                  "say", "asserts"),
    ]
    claims = build(t.doc, ev, said)
    assert len(claims) == 1
    assert "HUN.GOV" not in {s.holder for s in claims[0].stances}


def test_meetings_have_no_direction() -> None:
    t = Text("The EU said Serbia will meet Kosovo in Brussels. The EU envoy said Kosovo would meet Serbia next week.")
    ev = [_event(t, t.who("Serbia", "SRB.GOV"), t.who("Kosovo", "XKX.GOV"), "036", "meet", "AGREE", "intended"),
          _event(t, t.who("Kosovo", "XKX.GOV", 1), t.who("Serbia", "SRB.GOV", 1), "036", "meet", "AGREE", "intended", nth=1)]
    said = [
        Statement(t.who("The EU", "EU"), t.span("said"), "indirect", t.span("Serbia will meet Kosovo in Brussels"), 0, "say", "asserts"),
        Statement(t.who("The EU envoy", "EU"), t.span("said", 1), "indirect", t.span("Kosovo would meet Serbia next week"), 1,
                  "say", "asserts"),
    ]
    claims = build(t.doc, ev, said)
    assert len(claims) == 1
    assert (claims[0].proposition.source, claims[0].proposition.target) == ("SRB", "XKX")
    assert {s.statement for s in claims[0].stances} == {0, 1}


def test_aid_keeps_its_direction() -> None:
    t = Text("Ankara said Turkey sent aid to Syria. Damascus said Syria sent aid to Turkey.")
    ev = [_event(t, t.who("Turkey", "TUR"), t.who("Syria", "SYR"), "073", "sent", "AID", quad=2),
          _event(t, t.who("Syria", "SYR", 1), t.who("Turkey", "TUR", 1), "073", "sent", "AID", quad=2, nth=1)]
    said = [
        Statement(t.who("Ankara", "TUR.GOV"), t.span("said"), "indirect", t.span("Turkey sent aid to Syria"), 0, "say", "asserts"),
        Statement(t.who("Damascus", "SYR.GOV"), t.span("said", 1), "indirect", t.span("Syria sent aid to Turkey"), 1, "say", "asserts"),
    ]
    assert build(t.doc, ev, said) == []  # two different propositions, each said once by its doer


def test_anaphoric_denial_joins_the_allegation_against_the_denier_not_a_later_report() -> None:
    t = Text("Serbia accused Kosovo of sending special police units against Serbs in the north. "
             "Serbian police detained 12 Kosovo Albanians after clashes in Mitrovica, the Interior Ministry said. "
             "Pristina rejected the accusation.")
    ev = [
        _event(t, t.who("Serbia", "SRB.GOV"), t.who("Kosovo", "KSV"), "112", "accused", "ACCUSE", "asserted"),
        _event(t, t.who("Kosovo", "KSV"), t.who("Serbs", "SRB.CVL"), "170", "sending", "COERCE", quad=4),
        _event(t, t.who("Serbian police", "SRB.COP"), t.who("12 Kosovo Albanians", "KSV.CVL"), "173", "detained", "COERCE",
               quad=4),
    ]
    said = [
        Statement(t.who("Serbia", "SRB.GOV"), t.span("accused"), "indirect",
                  t.span("Kosovo of sending special police units against Serbs in the north"), 0, "accuse", "asserts"),
        Statement(t.who("the Interior Ministry", "SRB.GOV"), t.span("said"), "indirect",
                  t.span("Serbian police detained 12 Kosovo Albanians after clashes in Mitrovica"), 1, "say", "asserts"),
        Statement(t.who("Pristina", "KSV.GOV"), t.span("rejected"), "indirect", t.span("the accusation"), 2, "reject", "denies"),
    ]
    denied = {c.proposition.source for c in build(t.doc, ev, said) for s in c.stances if s.stance == "denies"}
    assert denied == {"KSV"}


@pytest.mark.parametrize("text, doer, holders", [
    ("Kenya accused Somalia of sponsoring terrorism. Ethiopia said Somalia had funded terrorist groups.",
     "SOM.GOV", ["KEN.GOV", "ETH.GOV"]),
    ("Chad accused Sudan of backing terrorism. Egypt said Sudan had supplied weapons to terrorist groups.",
     "SDN.GOV", ["TCD.GOV", "EGY.GOV"]),
    ("Algeria accused Morocco of supporting terrorism. Tunisia said that Morocco was financing terrorist groups.",
     "MAR.GOV", ["DZA.GOV", "TUN.GOV"]),
])
def test_aid_to_a_wrongdoing_joins_the_aid_to_its_doers(analyze_text: Any, text: str, doer: str,
                                                        holders: list[str]) -> None:
    # 'backing terrorism' names no party aided, so it folds into the one aid proposition of that doer
    claims = [c for c in analyze_text(text).claims if c.proposition.plover == "AID"]
    assert len(claims) == 1
    assert claims[0].proposition.source == doer
    assert [(s.holder, s.stance) for s in claims[0].stances] == [(h, "asserts") for h in holders]


@pytest.mark.parametrize("content, known, accuser", [
    ("US claims that it supplied arms to Moscow", {"us": "USA"}, "USA"),
    ("the Ukrainian claim that its troops shelled the plant", {"ukrainian": "UKR"}, "UKR"),
    ("Kenyan allegations that Somali troops crossed the border", {"kenyan": "KEN"}, "KEN"),
    ("Tokyo's fresh accusations of spying", {"tokyo": "JPN"}, "JPN"),
])
def test_a_denial_names_its_accuser_by_a_bare_name_before_the_allegation(content: str, known: dict, accuser: str) -> None:
    from tidings.claims.accusers import named_accuser

    t = Text("Officials rejected " + content + ".")
    st = Statement(t.who("Officials", "XXX.GOV"), t.span("rejected"), "indirect", t.span(content), 0, "reject", "denies")
    assert named_accuser(st, known) == (True, accuser)


@pytest.mark.parametrize("content", ["Recent claims that it supplied arms", "Fresh allegations of spying"])
def test_an_uncoded_capitalised_word_before_the_allegation_names_no_accuser(content: str) -> None:
    from tidings.claims.accusers import named_accuser

    t = Text("Officials rejected " + content + ".")
    st = Statement(t.who("Officials", "XXX.GOV"), t.span("rejected"), "indirect", t.span(content), 0, "reject", "denies")
    assert named_accuser(st, {"us": "USA"}) == (False, None)


@pytest.mark.parametrize("text, doer, accuser", [
    ("Pyongyang rejected US claims that it supplied arms to Moscow.", "PRK.GOV", "USA"),
    ("Moscow has denied the Ukrainian claim that its troops shelled the plant.", "RUS", "UKR"),
])
def test_a_denial_of_a_named_partys_claims_contests_that_partys_allegation(analyze_text: Any, text: str, doer: str,
                                                                           accuser: str) -> None:
    claims = analyze_text(text).claims
    assert len(claims) == 1 and claims[0].proposition.source.startswith(doer)
    assert {(s.holder.split(".")[0], s.stance) for s in claims[0].stances} == {(doer.split(".")[0], "denies"),
                                                                               (accuser, "asserts")}
