"""Conflictual material acts (CAMEO roots 15-18) read from the lexicon in data/event_patterns.json: a
seizure of power, the dismissal of an official, riot control, satellite launches, and the hostile deeds
("meddling") an accusation alleges; "sponsoring terrorism" is aid (07) to no named party. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def coded(analyze_text: Analyze, text: str) -> list[tuple[str, str | None, str, str | None, str, str | None]]:
    a = analyze_text(text)
    return [(e.cameo, e.source.key if e.source else None, e.target.key if e.target else None, e.status,
             e.trigger.text, e.attributed_to) for e in a.events]


@pytest.mark.parametrize("text, code, doer, target, accuser", [
    ("Egypt accused Turkey of meddling in Libya's internal affairs.", "170", "TUR.GOV", "LBY.GOV", "EGY.GOV"),
])
def test_a_hostile_deed_in_an_accusation_is_the_accused_partys(analyze_text: Analyze, text: str, code: str,
                                                               doer: str, target: str, accuser: str) -> None:
    found = coded(analyze_text, text)
    assert (code, doer, target, "claimed") in [f[:4] for f in found]
    assert next(f[5] for f in found if f[0] == code) == accuser
    assert not [f for f in found if f[0][:2] in ("05", "07")]


@pytest.mark.parametrize("text, doer, accuser", [
    ("Pakistan accused India of sponsoring terrorism in Balochistan.", "IND.GOV", "PAK.GOV"),
    ("Saudi Arabia has accused Iran of financing terrorism across the region.", "IRN.GOV", "SAU.GOV"),
])
def test_sponsoring_terrorism_in_an_accusation_is_aid_to_no_named_party(analyze_text: Analyze, text: str, doer: str,
                                                                        accuser: str) -> None:
    # backing or funding terrorism is material help (070) to a wrongdoing: no party named nearby is helped,
    # and it is no act of diplomatic support (05) nor the violence itself (18)
    found = coded(analyze_text, text)
    assert ("070", doer, None, "claimed") in [f[:4] for f in found]
    assert next(f[5] for f in found if f[0] == "070") == accuser
    assert not [f for f in found if f[0][:2] in ("05", "18")]


@pytest.mark.parametrize("text, doer, target, status, teller", [
    ("Lithuania accused Russia of spreading disinformation about its elections.", "RUS.GOV", "LTU.GOV", "claimed",
     "LTU.GOV"),
    ("Estonian officials said Moscow had spread disinformation in Estonia ahead of the vote.", "RUS.GOV", "EST.GOV",
     "claimed", "EST.GOV"),
])
def test_spreading_disinformation_is_a_coercive_act_of_its_spreader(analyze_text: Analyze, text: str, doer: str,
                                                                    target: str, status: str, teller: str) -> None:
    found = coded(analyze_text, text)
    assert ("170", doer, target, status) in [f[:4] for f in found]
    assert next(f[5] for f in found if f[0] == "170") == teller


@pytest.mark.parametrize("text", [
    "Berlin has accused the Kremlin of spreading rumours about the chancellor.",  # rumours: talk, not an act
    "Minsk called the Ukrainian reports disinformation.",  # the word dismisses the reports; nobody spread anything
])
def test_disinformation_named_without_spreading_it_is_no_coercion(analyze_text: Analyze, text: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[0].startswith("17")]


@pytest.mark.parametrize("text, doer", [
    ("The army seized power in Guinea in September.", "GIN.MIL"),
    ("Soldiers seized power in Niger on Wednesday.", "NER.MIL"),
])
def test_seizing_power_is_coercion_not_a_seizure_of_property(analyze_text: Analyze, text: str, doer: str) -> None:
    found = coded(analyze_text, text)
    assert [f[:2] for f in found if f[0][:2] == "17"] == [("170", doer)]


def test_seizing_a_place_stays_a_seizure(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "Rebels seized the airport in Goma.")
    assert [f[0] for f in found] == ["171"]


@pytest.mark.parametrize("text, doer", [
    ("President Ruto dismissed his interior minister on Friday.", "KEN.GOV"),
    ("Tunisia's president dismissed the defence minister.", "TUN.GOV"),
])
def test_dismissing_an_official_is_removal_from_office(analyze_text: Analyze, text: str, doer: str) -> None:
    found = coded(analyze_text, text)
    assert [(f[0], f[1]) for f in found] == [("172", doer)]


def test_dismissing_allegations_is_still_a_denial(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "Kenya dismissed the allegations as baseless.")
    assert [f[0] for f in found] == ["016"]


@pytest.mark.parametrize("text, doer, target", [
    ("Togolese police fired teargas at protesters in Lome.", "TGO.COP", "TGO.OPP"),
    ("Kenyan police used excessive force against protesters in Nairobi.", "KEN.COP", "KEN.OPP"),
    ("Iranian security forces put down the protests in Tehran.", "IRN.COP", None),
])
def test_riot_control_is_repression(analyze_text: Analyze, text: str, doer: str, target: str | None) -> None:
    found = [f for f in coded(analyze_text, text) if f[0] == "175"]
    assert len(found) == 1 and found[0][1] == doer and found[0][3] == "asserted"
    if target is not None:
        assert found[0][2] == target


@pytest.mark.parametrize("text, status", [
    ("North Korea launched a spy satellite on Tuesday.", "asserted"),
    ("Pyongyang plans to launch two more satellites this year.", "intended"),
])
def test_a_satellite_launch_is_a_show_of_force(analyze_text: Analyze, text: str, status: str) -> None:
    found = [f for f in coded(analyze_text, text) if f[4].startswith("launch")]
    assert len(found) == 1 and found[0][1] == "PRK.GOV" and found[0][3] == status
    assert found[0][0][:2] in (("15",) if status == "asserted" else ("15", "13"))


@pytest.mark.parametrize("text, country", [
    ("Peru's president Pedro Castillo was removed from office on Wednesday.", "PER"),
    ("Sudan's president Omar al-Bashir was ousted in April.", "SDN"),
    ("The Egyptian president was overthrown in 2013.", "EGY"),
])
def test_an_agentless_removal_from_office_is_done_by_the_legislature(analyze_text: Analyze, text: str,
                                                                     country: str) -> None:
    found = [f for f in coded(analyze_text, text) if f[0] == "172"]
    assert [f[1:3] for f in found] == [(f"{country}.LEG", f"{country}.GOV")]


def test_a_named_agent_of_a_removal_is_kept(analyze_text: Analyze) -> None:
    found = [f for f in coded(analyze_text, "Mohamed Bazoum, Niger's president, was toppled by soldiers.")
             if f[0] == "172"]
    assert [f[1:3] for f in found] == [("NER.MIL", "NER.GOV")]


def test_an_agentless_ban_names_no_agent(analyze_text: Analyze) -> None:
    assert not [f for f in coded(analyze_text, "Opposition parties were banned in Nicaragua last year.")
                if f[0][:2] == "17"]


def test_implicit_agents_by_pattern_id_before_code_prefix() -> None:
    from tidings.events.patterns import index

    assert index().implicit_sector("172", "172:verb:remove from office") == "LEG"
    assert index().implicit_sector("172", "172:verb:ban") is None
    assert index().implicit_sector("173", "173:verb:arrest") == "COP"


@pytest.mark.parametrize("text, doer, expelled, status", [
    ("Kenya gave Somali diplomats 72 hours to leave the country.", "KEN.GOV", "SOM.GOV", "asserted"),
    ("Poland gave Russian diplomats five days to depart.", "POL.GOV", "RUS.GOV", "asserted"),
    ("Mali gave the French ambassador 72 hours to leave the country.", "MLI.GOV", "FRA.GOV", "asserted"),
    ("Bahrain cut ties with Qatar on Monday. It gave Qatari citizens 14 days to leave the country.", "BHR.GOV",
     "QAT.CVL", "asserted"),
    # an agentless grant reported by a government is its own act (doers.reporter_source)
    ("The Foreign Minister of Egypt said Sudan's ambassador had been given a week to leave.", "EGY.GOV",
     "SDN.GOV", "claimed"),
])
def test_a_deadline_to_leave_is_an_expulsion(analyze_text: Analyze, text: str, doer: str, expelled: str,
                                             status: str) -> None:
    found = coded(analyze_text, text)
    assert [f[:4] for f in found if f[0][:2] == "17"] == [("174", doer, expelled, status)]
    # the grant is no aid and the departure no withdrawal of the expelled party's own
    assert not [f for f in found if f[0][:2] in ("07", "16") and f[2] == expelled]


@pytest.mark.parametrize("text", [
    "Kenya gave Somalia two weeks to respond.",
    "Turkey gave the refugees permission to leave.",
])
def test_time_to_do_something_else_is_no_expulsion(analyze_text: Analyze, text: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[0][:2] == "17"]


@pytest.mark.parametrize("text, doer", [
    ("Kenyan police responded with volleys of tear gas.", "KEN.COP"),
    ("Egyptian police responded with teargas when students marched on the ministry.", "EGY.COP"),
])
def test_responding_with_tear_gas_is_repression(analyze_text: Analyze, text: str, doer: str) -> None:
    assert [f[:2] for f in coded(analyze_text, text) if f[0][:2] == "17"] == [("175", doer)]


def test_responding_with_words_is_no_repression(analyze_text: Analyze) -> None:
    assert not [f for f in coded(analyze_text, "The minister responded with a statement on Tuesday.")
                if f[0][:2] == "17"]


@pytest.mark.parametrize("text, doer, target", [
    ("Egypt has withdrawn its ambassador from Turkey.", "EGY.GOV", "TUR"),
    ("Russia withdrew its envoy from Lithuania after the incident.", "RUS.GOV", "LTU"),
])
def test_withdrawing_an_envoy_reduces_relations(analyze_text: Analyze, text: str, doer: str, target: str) -> None:
    assert [f[:3] for f in coded(analyze_text, text)] == [("161", doer, target)]


def test_withdrawing_troops_is_no_break_of_relations(analyze_text: Analyze) -> None:
    assert not [f for f in coded(analyze_text, "Egypt withdrew its troops from Sudan.") if f[0] == "161"]


@pytest.mark.parametrize("text, code, doer, target", [
    ("Armenian police said gun fire from Azerbaijan had killed a border guard.", "193", "AZE", "ARM.COP"),
    ("Sniper fire from Serbian positions wounded two Kosovar police officers.", "193", "SRB.GOV", "XKX"),
    ("Mortar fire from Sudanese army positions hit the camp.", "194", "SDN.MIL", None),
])
def test_fire_from_a_party_is_its_attack(analyze_text: Analyze, text: str, code: str, doer: str,
                                         target: str | None) -> None:
    found = [f for f in coded(analyze_text, text) if f[4] == "fire"]
    assert [f[:3] for f in found] == [(code, doer, target)]


def test_fire_no_party_opened_is_no_event(analyze_text: Analyze) -> None:
    assert not coded(analyze_text, "Gun fire was heard in the capital on Sunday.")


@pytest.mark.parametrize("text, code, doer", [
    ("Togo's opposition has accused the government of deploying police in a brutal crackdown on protesters.",
     "175", "TGO.GOV"),
    ("Kenyan police arrested dozens of activists in a crackdown in Nairobi.", "175", "KEN.COP"),
    ("Ethiopian troops fired on crowds in an offensive against Tigrayan forces.", "190", "ETH.MIL"),
])
def test_a_hostile_act_done_in_another_shares_its_doer(analyze_text: Analyze, text: str, code: str,
                                                       doer: str) -> None:
    found = [f for f in coded(analyze_text, text) if f[0] == code and f[4] in ("crackdown", "offensive")]
    assert [f[1] for f in found] == [doer]


@pytest.mark.parametrize("text, not_doer", [
    ("Two Kenyan protesters were killed in a crackdown.", "KEN"),  # the ones killed did not crack down
    ("Sudanese rebels attacked the town during a government offensive.", "SDN.REB"),  # not theirs
])
def test_the_setting_of_an_act_is_not_the_victims_or_an_opponents(analyze_text: Analyze, text: str,
                                                                  not_doer: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[4] in ("crackdown", "offensive")
                and (f[1] or "").startswith(not_doer)]


@pytest.mark.parametrize("text, word, doer, target", [
    # during the fighting: the clause's doer takes part in it
    ("Nigerian troops killed five militants during clashes in Borno.", "clashes", "NGA.MIL", "NGA.REB"),
    ("Indian soldiers killed two militants during a gunfight in Kashmir.", "gunfight", "IND.MIL", "IND.REB"),
    # after fighting that names only the other side: the clause's doer fought them
    ("Syrian troops recaptured the town after heavy fighting with rebels.", "fighting", "SYR.MIL", "SYR.REB"),
])
def test_fighting_the_clause_happens_in_or_after_is_the_clause_doers(analyze_text: Analyze, text: str, word: str,
                                                                     doer: str, target: str) -> None:
    assert [f[1:3] for f in coded(analyze_text, text) if f[4] == word and f[0][:2] == "19"] == [(doer, target)]


@pytest.mark.parametrize("text, word", [
    ("Malian troops retook the town after an attack by jihadists.", "attack"),  # the attack is the jihadists'
    ("Soviet security forces murdered 15,000 Polish officers during World War Two.", "War"),  # a named period
])
def test_an_act_the_clause_follows_is_not_the_clause_doers(analyze_text: Analyze, text: str, word: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[4] == word and (f[1] or "")[:3] in ("MLI.MIL", "RUS")]


@pytest.mark.parametrize("text, country, status", [
    ("Mali's president Ibrahim Boubacar Keita was toppled by a military coup in August.", "MLI", "asserted"),
    ("Niger's president Mohamed Bazoum said he was overthrown by a coup.", "NER", "claimed"),
    ("Guinea's president Alpha Conde was ousted by a coup in 2021.", "GIN", "asserted"),
])
def test_a_removal_done_by_a_coup_is_the_armys(analyze_text: Analyze, text: str, country: str,
                                                status: str) -> None:
    found = [f for f in coded(analyze_text, text) if f[0][:2] == "17"]
    assert [f[1:4] for f in found] == [(f"{country}.MIL", f"{country}.GOV", status)]


@pytest.mark.parametrize("text", [
    "Kenya's economy was hit by a drought.",
    "The Egyptian president was overthrown by a popular uprising.",  # an uprising implies no army
])
def test_an_act_done_by_an_event_implying_no_agent_names_none(analyze_text: Analyze, text: str) -> None:
    assert not [f for f in coded(analyze_text, text) if (f[1] or "").endswith(".MIL")]


def test_implicit_agent_of_a_coup_noun() -> None:
    from tidings.events.patterns import index

    assert index().implicit_sector("170", "170:noun:coup") == "MIL"
    assert index().implicit_sector("170", "170:noun:pressure") is None


@pytest.mark.parametrize("text, country", [
    # the state the clause acts on because of, or after, the coup
    ("The African Union suspended Guinea after the coup.", "GIN"),
    ("ECOWAS suspended Burkina Faso because of the military coup.", "BFA"),
    # the coup's own place
    ("The AU suspended Mali after a coup in Bamako.", "MLI"),
])
def test_a_coup_naming_no_doer_is_the_army_of_the_state_it_happened_in(analyze_text: Analyze, text: str,
                                                                       country: str) -> None:
    assert [f[:3] for f in coded(analyze_text, text) if f[4] == "coup"] == [("170", f"{country}.MIL",
                                                                             f"{country}.GOV")]


@pytest.mark.parametrize("text", [
    "A coup was discussed at the summit.",  # no state to place it in
    "The regional bloc suspended West Africa after the coup.",  # a region is no state
])
def test_a_coup_placed_in_no_state_names_no_army(analyze_text: Analyze, text: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[4] == "coup"]


@pytest.mark.parametrize("text, doer, target", [
    ("He said Riyadh would not allow Iran to undermine the kingdom's security.", "IRN.GOV", "SAU.GOV"),
    ("Egypt accused Turkey of undermining the stability of Libya.", "TUR.GOV", "LBY.GOV"),
    ("Qatar has spread chaos in Bahrain, the Bahraini government said.", "QAT.GOV", "BHR"),
])
def test_undermining_security_and_spreading_chaos_are_coercion(analyze_text: Analyze, text: str, doer: str,
                                                               target: str) -> None:
    assert [f[:3] for f in coded(analyze_text, text) if f[0][:2] == "17"] == [("170", doer, target)]


def test_undermining_a_deal_stays_a_criticism(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "Iran accused the United States of undermining the nuclear deal.")
    assert not [f for f in found if f[0][:2] == "17"]


@pytest.mark.parametrize("text", [
    "A mortar exploded close to the convoy in Syria. No one was wounded, the UN said.",
    "Israeli strikes wounded no one, Hamas said.",
    "The Turkish raid killed nobody in Syria, officials said.",
])
def test_an_act_on_no_one_is_no_event(analyze_text: Analyze, text: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[0][:2] == "18"]


def test_an_act_on_one_person_is_an_event(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "Israeli troops wounded one Palestinian in Gaza.")
    assert [f[0][:2] for f in found] == ["18"]


@pytest.mark.parametrize("text", [
    "Before leaving Conakry, Kagame invited Doumbouya to Rwanda.",
    "The French ambassador left Niamey on Wednesday.",
    "The Russian delegation left early.",
])
def test_leaving_a_place_is_travel_not_a_break(analyze_text: Analyze, text: str) -> None:
    assert not [f for f in coded(analyze_text, text) if f[0][:2] == "16"]


@pytest.mark.parametrize("text, doer, left", [
    ("Britain voted to leave the European Union in 2016.", "GBR.GOV", "EU"),
    ("Burkina Faso left ECOWAS last year.", "BFA.GOV", "ECOWAS"),
])
def test_leaving_an_organisation_reduces_relations(analyze_text: Analyze, text: str, doer: str, left: str) -> None:
    assert [f[:3] for f in coded(analyze_text, text) if f[0][:2] == "16"] == [("160", doer, left)]


@pytest.mark.parametrize("text, target", [
    ("Gunfire forced the United Nations to abort a delivery of food to a besieged area of Aleppo in Syria.", "SYR"),
    ("The WFP said it abandons aid deliveries to Tigray in Ethiopia.", "ETH"),
    ("The UN suspended deliveries of food to Gaza.", "PSE"),
])
def test_stopping_a_delivery_of_aid_reduces_aid(analyze_text: Analyze, text: str, target: str) -> None:
    found = [f for f in coded(analyze_text, text) if f[0][:2] == "16"]
    assert [(f[0][:3], f[1], f[2]) for f in found] == [("162", "UN", target)]


def test_a_completed_delivery_is_aid(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "The UN completed a delivery of food to Aleppo in Syria.")
    assert [f[0][:2] for f in found] == ["07"]


@pytest.mark.parametrize("text", [
    "In retaliation, Iran disconnected 27 of the IAEA's cameras at its nuclear sites.",
    "Iran removed surveillance cameras installed by the IAEA.",
])
def test_switching_off_monitoring_cameras_reduces_cooperation(analyze_text: Analyze, text: str) -> None:
    assert [f[:3] for f in coded(analyze_text, text) if f[0][:2] in ("16", "17")] == [("160", "IRN.GOV", "IAEA")]


def test_removing_people_is_not_about_cameras(analyze_text: Analyze) -> None:
    found = coded(analyze_text, "Police removed the protesters from the square in Nairobi.")
    assert not [f for f in found if f[0][:2] == "16"]
