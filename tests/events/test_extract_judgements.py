"""Verbal conflict read from what a speaker says (CAMEO 11x): a report of another side's hostile act accuses
that side, within a state too when the doer is not the state's own organ (events/nested.py ``accusable``);
a judging verb with a critical object ("poses a threat") criticises the party it is said of
(events/doers.py ``judges``). Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def accusations(analyze_text: Analyze, text: str) -> list[tuple[str, str | None]]:
    a = analyze_text(text)
    return [(e.source.key, e.target.key if e.target else None) for e in a.events if e.cameo == "112"]


@pytest.mark.parametrize("text, accuser, accused", [
    ("The Sudanese army said the attacks on the town were carried out by the Rapid Support Forces.",
     "SDN.MIL", "SDN.REB:RSF"),
    ("Sudan's army says the RSF shelled a hospital in the city on Friday.", "SDN.MIL", "SDN.REB:RSF"),
    ("The Congolese government claimed that M23 rebels had killed dozens of villagers.", "COD.GOV", "COD.REB:M23"),
])
def test_a_state_accuses_a_named_group_of_its_own_country(analyze_text: Analyze, text: str, accuser: str,
                                                          accused: str) -> None:
    assert (accuser, accused) in accusations(analyze_text, text)


@pytest.mark.parametrize("text", [
    # a government reporting what its own army or police did accuses no one
    "The Sudanese government said the army had shelled rebel positions near the town.",
    "Pakistan's government said police had arrested dozens of people in Lahore.",
    # nor does a state relaying an attack by unnamed armed men on its soil
    "Gunmen attacked an army post in the north and killed six soldiers, Niger's defence ministry said.",
])
def test_a_state_reporting_its_own_organs_or_unnamed_attackers_accuses_no_one(analyze_text: Analyze,
                                                                              text: str) -> None:
    found = accusations(analyze_text, text)
    assert not [(s, t) for s, t in found if s.split(".")[0] == (t or "").split(".")[0]]


def test_a_foreign_state_still_accuses_unnamed_attackers_abroad(analyze_text: Analyze) -> None:
    found = accusations(analyze_text, "Japan said North Korea had fired two missiles toward its waters.")
    assert ("JPN.GOV", "PRK.GOV") in found or ("JPN", "PRK") in found or any(
        s.startswith("JPN") and (t or "").startswith("PRK") for s, t in found)


@pytest.mark.parametrize("text, speaker, judged", [
    ("The Japanese foreign minister said North Korea's missile launches pose a serious threat to the region.",
     "JPN", "PRK"),
    ("\"China's military drills pose a threat to peace,\" the Philippine president said.", "PHL", "CHN"),
    ("Russia's deployment of troops constitutes a threat to Europe, the German chancellor warned.", "DEU", "RUS"),
    ("The Kremlin has said that NATO's new bases in Poland represent a danger to Russia.", "RUS", "NATO"),
    # a verb that describes its subject's conduct: the speaker judges, the subject does nothing to anyone
    ("\"Western governments openly gloat about their weapons deliveries,\" the Russian foreign ministry "
     "spokeswoman said.", "RUS", "WST"),
    ("The Chinese ambassador said Washington was gloating over the sanctions.", "CHN", "USA"),
])
def test_saying_a_party_poses_a_threat_criticises_that_party(analyze_text: Analyze, text: str, speaker: str,
                                                              judged: str) -> None:
    a = analyze_text(text)
    found = {(e.source.key.split(".")[0], (e.target.key or "").split(".")[0]) for e in a.events
             if e.cameo == "111" and e.source and e.target}
    assert (speaker, judged) in found
    # the party threatened is not the one criticised
    assert not any(e.cameo == "111" and e.target and e.target.key.split(".")[0] not in (judged,)
                   for e in a.events)


@pytest.mark.parametrize("text", [
    # in the article's own voice nobody judges
    "North Korea's missile launches pose a threat to Japan.",
    # a threat that no party poses criticises no one
    "Rising seas pose a danger to Bangladesh, the Indian environment minister said.",
])
def test_no_criticism_without_a_speaker_and_a_judged_party(analyze_text: Analyze, text: str) -> None:
    a = analyze_text(text)
    assert not [e for e in a.events if e.cameo == "111"]


def threats(analyze_text: Analyze, text: str) -> set[tuple[str, str | None]]:
    a = analyze_text(text)
    return {(e.source.key.split(".")[0], (e.target.key or "").split(".")[0] if e.target else None)
            for e in a.events if e.cameo == "130" and e.source}


@pytest.mark.parametrize("text, threatener, threatened", [
    # an announced reaction to the other party's act, or to what it does in a condition
    ("Beijing will respond firmly to any new tariffs should Washington decide to impose them, a Chinese "
     "spokesman said.", "CHN", "USA"),
    ("Tehran would retaliate if Israel attacked its nuclear sites, the Iranian foreign minister said.", "IRN", "ISR"),
    ("Moscow will respond to any sanctions imposed by the European Union.", "RUS", "EU"),
    ("\"We will react to any provocation by Seoul,\" North Korea's foreign ministry said.", "PRK", "KOR"),
    # a permission refused for the future
    ("India will not allow Pakistan to change the status of the region, the Indian defence minister said.",
     "IND", "PAK"),
    ("Turkey will not tolerate Syria's provocations on the border, the Turkish president said.", "TUR", "SYR"),
    ("The Egyptian president said Cairo would not permit Ethiopia to fill the dam without an agreement.",
     "EGY", "ETH"),
])
def test_an_announced_reaction_or_refused_permission_threatens(analyze_text: Analyze, text: str,
                                                                threatener: str, threatened: str) -> None:
    assert (threatener, threatened) in threats(analyze_text, text)


@pytest.mark.parametrize("text", [
    # a reaction already made is no threat
    "Russia responded to the sanctions by expelling two diplomats.",
    # nor is an announced answer to a cooperative act
    "Berlin will respond to Moscow's proposal next week, the German spokesman said.",
    # a permission refused in the past is no threat either
    "Egypt did not allow Israeli officials to enter the crossing.",
])
def test_no_threat_from_past_reactions_or_answers_to_offers(analyze_text: Analyze, text: str) -> None:
    assert not threats(analyze_text, text)


def accused_pairs(analyze_text: Analyze, text: str) -> set[tuple[str, str]]:
    a = analyze_text(text)
    return {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in a.events
            if e.cameo == "112" and e.source and e.target}


@pytest.mark.parametrize("text, accuser, accused", [
    # the reason named by a citing clause: the party the act is aimed at, or the wrongdoing's own doer
    ("Kenya and Uganda have cut diplomatic ties with Somalia, citing terrorism.", "KEN", "SOM"),
    ("Kenya and Uganda have cut diplomatic ties with Somalia, citing terrorism.", "UGA", "SOM"),
    ("Lithuania expelled two Belarusian diplomats on Monday, citing repeated violations of its airspace.",
     "LTU", "BLR"),
    ("Algeria recalled its ambassador to Morocco, citing Rabat's interference in its internal affairs.",
     "DZA", "MAR"),
    # a reason preposition when the actor reports its own act
    ("Chad said it was expelling the Sudanese ambassador over Sudan's incursions on its territory.", "TCD", "SDN"),
    # material help to armed groups is a wrongdoing too
    ("Chad said it was expelling the Sudanese ambassador over Sudan's support for rebel groups.", "TCD", "SDN"),
])
def test_a_punitive_act_citing_a_wrongdoing_accuses_the_party_blamed(analyze_text: Analyze, text: str,
                                                                     accuser: str, accused: str) -> None:
    assert (accuser, accused) in accused_pairs(analyze_text, text)


@pytest.mark.parametrize("text", [
    # a cooperative act named as the reason blames no one
    "The United States sanctioned two Chinese firms, citing their arms deals with Iran.",
    # the writer's account of a motive is no accusation by the actor
    "Mali expelled the French ambassador because of France's interference in its affairs.",
    "The European Union expanded its sanctions on Russia over the annexation of Crimea.",
    "Mali said it cut ties with Algeria over Algeria's support for the peace deal.",
])
def test_no_accusation_from_cooperative_reasons_or_the_writers_motive(analyze_text: Analyze, text: str) -> None:
    assert not [p for p in accused_pairs(analyze_text, text) if p[0] in ("USA", "MLI", "EU")]


def criticisms(analyze_text: Analyze, text: str) -> set[tuple[str, str]]:
    a = analyze_text(text)
    return {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in a.events
            if e.cameo[:2] == "11" and e.source and e.target}


@pytest.mark.parametrize("text, critic, criticised", [
    # a critical adjective on what another party said or did, in a speaker's words
    ("Pakistan strongly rejected the baseless accusations made by the Indian foreign minister.", "PAK", "IND"),
    ("Beijing dismissed the unfounded claims by Washington, the Chinese foreign ministry said.", "CHN", "USA"),
    ("\"Moscow's reckless provocations in the Baltic must end,\" the Estonian prime minister said.", "EST", "RUS"),
    ("The Greek foreign minister said Turkey's illegal drilling near Crete had to stop.", "GRC", "TUR"),
])
def test_a_critical_adjective_on_a_partys_act_criticises_that_party(analyze_text: Analyze, text: str,
                                                                     critic: str, criticised: str) -> None:
    assert (critic, criticised) in criticisms(analyze_text, text)


@pytest.mark.parametrize("text", [
    # in the article's own voice nobody judges
    "Russia's illegal annexation of Crimea began in 2014.",
    # an adjective on a noun no party owns criticises no one
    "The Kenyan president said illegal fishing in the lake had to stop.",
])
def test_no_criticism_from_an_adjective_without_a_speaker_or_a_party(analyze_text: Analyze, text: str) -> None:
    assert not [p for p in criticisms(analyze_text, text) if p[0] != p[1]]


def coded(analyze_text: Analyze, text: str, code: str) -> set[tuple[str, str]]:
    a = analyze_text(text)
    return {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in a.events
            if e.cameo == code and e.source and e.target}


@pytest.mark.parametrize("text, speaker, accused", [
    ("Security services across Europe have warned of a growing threat from Russian spies.", "EUR", "RUS"),
    ("NATO warned of the threat posed by China to the alliance.", "NATO", "CHN"),
    ("Japan's defence ministry has warned of China's growing military threat.", "JPN", "CHN"),
])
def test_warning_of_a_threat_another_party_poses_accuses_it(analyze_text: Analyze, text: str, speaker: str,
                                                            accused: str) -> None:
    assert (speaker, accused) in coded(analyze_text, text, "112")
    assert not [p for p in coded(analyze_text, text, "130") if p[0] == speaker]


@pytest.mark.parametrize("text, speaker, threatened", [
    # warning a party, or of one's own response, stays a threat
    ("The US warned North Korea against further provocations.", "USA", "PRK"),
    ("Iran warned Israel of a harsh response to any attack.", "IRN", "ISR"),
])
def test_warning_a_party_is_still_a_threat(analyze_text: Analyze, text: str, speaker: str,
                                           threatened: str) -> None:
    a = analyze_text(text)
    assert {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in a.events
            if e.cameo[:2] == "13" and e.source and e.target} >= {(speaker, threatened)}


@pytest.mark.parametrize("text, critic, criticised", [
    ("India's continued anti-Pakistan diatribe cannot hide its failures, the Pakistani spokeswoman said.",
     "IND", "PAK"),
    ("Washington's anti-China rhetoric worried investors in Asia.", "USA", "CHN"),
    ("Moscow's latest tirade against Kyiv drew a sharp reply.", "RUS", "UKR"),
])
def test_hostile_rhetoric_aimed_at_a_party_criticises_it(analyze_text: Analyze, text: str, critic: str,
                                                         criticised: str) -> None:
    assert (critic, criticised) in criticisms(analyze_text, text)


@pytest.mark.parametrize("text", [
    # rhetoric aimed at no named party is no event, and takes no party from the rest of the sentence
    "Russian state television broadcast propaganda all week, Ukraine said.",
    "The rhetoric of the campaign alarmed Germany.",
])
def test_rhetoric_aimed_at_no_party_is_no_event(analyze_text: Analyze, text: str) -> None:
    a = analyze_text(text)
    assert not [e for e in a.events if e.trigger.text.lower() in ("propaganda", "rhetoric")]


@pytest.mark.parametrize("text, code, speaker, other", [
    # a mandate: the clause's verb in the bare form
    ("Moscow insisted that Kyiv withdraw its troops from the border.", "10", "RUS", "UKR"),
    ("The Syrian government insisted the United Nations use the northern road.", "10", "SYR", "UN"),
    ("Egypt has insisted that Ethiopia halt the filling of the dam.", "10", "EGY", "ETH"),
    # a reported fact stays an accusation
    ("Beijing insisted that Washington had violated the agreement.", "11", "CHN", "USA"),
    ("Tehran insists Israel is behind the attack on its consulate.", "11", "IRN", "ISR"),
])
def test_insisting_on_a_mandate_demands_and_on_a_fact_accuses(analyze_text: Analyze, text: str, code: str,
                                                              speaker: str, other: str) -> None:
    a = analyze_text(text)
    found = {(e.cameo[:2], e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in a.events
             if e.trigger.text.lower().startswith("insist") and e.source and e.target}
    assert found == {(code, speaker, other)}


@pytest.mark.parametrize("text, accuser, accused", [
    # a second participle of reporting the parser hangs inside the first one's clause is still the reporter's
    ("Hamas announced it would leave the talks, alleging Israel had broken the truce and accusing it of "
     "stalling.", "PSE", "ISR"),
    ("The Kenyan president spoke on Monday, saying Somalia had closed the border and accusing it of "
     "harbouring militants.", "KEN", "SOM"),
])
def test_a_coordinated_accusing_participle_keeps_the_reporter_as_accuser(analyze_text: Analyze, text: str,
                                                                         accuser: str, accused: str) -> None:
    a = analyze_text(text)
    found = {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in a.events
             if e.trigger.text == "accusing" and e.source and e.target}
    assert found == {(accuser, accused)}


@pytest.mark.parametrize("text", [
    "Lithuania's president says the Baltic states will seek more help from NATO ahead of a massive Russian "
    "military exercise.",
    "Japan said it would raise its defence budget during China's naval drills near Okinawa.",
])
def test_an_act_that_only_sets_the_scene_of_a_statement_is_not_alleged(analyze_text: Analyze, text: str) -> None:
    assert not [e for e in analyze_text(text).events if e.cameo == "112"]


def test_an_act_the_speaker_reports_is_still_alleged(analyze_text: Analyze) -> None:
    found = accusations(analyze_text, "Lithuania's president says Russian troops held a massive military "
                                      "exercise near its border.")
    assert any(s.startswith("LTU") and (t or "").startswith("RUS") for s, t in found)


@pytest.mark.parametrize("text, threatener, threatened", [
    ("\"All options are on the table\" in dealing with Iran's nuclear programme, the US president said.",
     "USA", "IRN"),
    ("Military action against Iran remains on the table, the Israeli prime minister said.", "ISR", "IRN"),
    ("Washington keeps all options on the table regarding North Korea.", "USA", "PRK"),
])
def test_options_kept_on_the_table_threaten(analyze_text: Analyze, text: str, threatener: str,
                                            threatened: str) -> None:
    assert (threatener, threatened) in threats(analyze_text, text)


@pytest.mark.parametrize("text", [
    # a proposal on the table threatens no one, nor do options taken off it
    "A new proposal from Armenia is on the table at the talks, the Azerbaijani minister said.",
    "Military action against Iran is not on the table, the French president said.",
])
def test_no_threat_from_offers_or_options_off_the_table(analyze_text: Analyze, text: str) -> None:
    assert not threats(analyze_text, text)


@pytest.mark.parametrize("text, critic, criticised", [
    ("\"The sanctions imposed by Washington are a grave provocation,\" North Korea's foreign ministry said.",
     "PRK", "USA"),
    ("The Chinese foreign ministry said Japan's decision to release the water was a blunder.", "CHN", "JPN"),
])
def test_a_judging_noun_predicated_of_a_partys_act_criticises_it(analyze_text: Analyze, text: str, critic: str,
                                                                 criticised: str) -> None:
    assert (critic, criticised) in criticisms(analyze_text, text)


@pytest.mark.parametrize("text", [
    # a judging noun anywhere but as a predicate is no event
    "North Korea's latest provocation drew condemnation from Russia.",
    "The report called for an end to the farce, Japan said.",
])
def test_a_judging_noun_that_is_not_predicated_is_no_event(analyze_text: Analyze, text: str) -> None:
    a = analyze_text(text)
    assert not [e for e in a.events if e.trigger.text in ("provocation", "farce")]


@pytest.mark.parametrize("text, root", [
    # dismissing a party removes it from office
    ("The Tunisian president dismissed the prime minister and dissolved parliament.", "17"),
    # dismissing a claim or a proposal rejects or denies it
    ("Ethiopia dismissed the Egyptian proposal for new talks.", "12"),
    ("Pakistan dismissed India's claims as baseless.", "01"),
])
def test_dismissing_a_party_removes_it_and_dismissing_a_claim_rejects_it(analyze_text: Analyze, text: str,
                                                                         root: str) -> None:
    a = analyze_text(text)
    assert {e.cameo[:2] for e in a.events if e.trigger.text == "dismissed"} == {root}


@pytest.mark.parametrize("text, speaker, doer", [
    ("Ukrainian officials say 40 people have died since the Russian offensive began.", "UKR", "RUS"),
    ("Kenyan police said 12 people have died since the protests started in June.", "KEN", "KEN"),
    ("Israeli officials said the border had stayed calm until the Hamas attacks resumed.", "ISR", "PSE"),
])
def test_an_act_that_only_dates_the_report_is_no_accusation(analyze_text: Analyze, text: str, speaker: str,
                                                            doer: str) -> None:
    # "since the offensive began": the clause of time says when, the speaker reports the deaths, not the act
    found = accusations(analyze_text, text)
    assert not [(s, t) for s, t in found if s.startswith(speaker) and (t or "").startswith(doer)], found


@pytest.mark.parametrize("text", [
    "Ukrainian officials say Russian forces shelled Kharkiv after the offensive began.",
    "Ukrainian officials said Russian troops had attacked the port before the talks began.",
])
def test_an_act_reported_beside_a_clause_of_time_still_accuses_its_doer(analyze_text: Analyze, text: str) -> None:
    assert any(s.startswith("UKR") and (t or "").startswith("RUS") for s, t in accusations(analyze_text, text))


def test_dates_clause_needs_a_subject_event_noun_of_an_objectless_time_clause(nlp: Any) -> None:
    from tidings.events.factuality import dates_clause

    doc = nlp("Officials say dozens have died since the fighting began, after rebels attacked the base.")
    assert [t.text for t in doc if dates_clause(t)] == ["fighting"]  # not "rebels": that clause has an object
