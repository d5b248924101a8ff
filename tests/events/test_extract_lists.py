"""A list of parties gives one event per member, however the parser hangs the list: as conjuncts, or as
an apposition of the first member carrying the rest as its conjuncts (events/roles.py ``conjuncts``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def sources(analyze_text: Analyze, text: str, root: str) -> set[str]:
    return {e.source.key for e in analyze_text(text).events if e.cameo[:2] == root and e.source}


@pytest.mark.parametrize("text, root, members", [
    ("Saudi Arabia, Bahrain, the UAE, and Egypt have cut diplomatic relations with Qatar.", "16",
     {"SAU.GOV", "BHR.GOV", "ARE.GOV", "EGY.GOV"}),
    ("Chile, Peru, Bolivia and Ecuador condemned the coup on Sunday.", "11",
     {"CHL.GOV", "PER.GOV", "BOL.GOV", "ECU.GOV"}),
    ("Germany, France, Italy and Spain imposed sanctions on Belarus.", "16",
     {"DEU.GOV", "FRA.GOV", "ITA.GOV", "ESP.GOV"}),
    ("Kenya, Uganda and Tanzania expelled the Sudanese envoys.", "17", {"KEN.GOV", "UGA.GOV", "TZA.GOV"}),
    ("Ghana, Nigeria, the Ivory Coast and Senegal condemned the coup in Niamey.", "11",
     {"GHA.GOV", "NGA.GOV", "CIV.GOV", "SEN.GOV"}),
])
def test_every_member_of_a_listed_subject_acts(analyze_text: Analyze, text: str, root: str,
                                                 members: set[str]) -> None:
    assert sources(analyze_text, text, root) == members


@pytest.mark.parametrize("text, root, actor", [
    ("Bahrain's king, Hamad, condemned the attack and the bombing.", "11", "BHR.GOV"),
    ("The Kenyan president, William Ruto, condemned the raid on Sunday.", "11", "KEN.GOV"),
])
def test_a_plain_apposition_is_the_same_party_not_a_list(analyze_text: Analyze, text: str, root: str,
                                                         actor: str) -> None:
    assert sources(analyze_text, text, root) == {actor}


@pytest.mark.parametrize("text", [
    "Qatar and Egypt offered to mediate between the two factions.",
    "Norway and Switzerland mediated the talks in Oslo.",
    "Turkey and the UN will mediate in the dispute.",
])
def test_fellow_mediators_do_not_mediate_with_each_other(analyze_text: Analyze, text: str) -> None:
    evs = analyze_text(text).events
    assert evs
    pairs = {(e.source.key, e.target.key) for e in evs if e.target}
    assert not any((t, s) in pairs for s, t in pairs), pairs


@pytest.mark.parametrize("text, asked", [
    ("Ethiopia rejected a proposal for the United Nations to mediate in the talks.", "04"),
    ("Egypt dismissed an offer for Turkish troops to patrol the border.", "15"),
    ("Moldova rejected calls for its army to withdraw from the region.", "16"),
    ("Serbia turned down a request for NATO to send peacekeepers.", "15"),
])
def test_an_act_a_rejected_proposal_spells_out_has_not_happened(analyze_text: Analyze, text: str,
                                                                 asked: str) -> None:
    evs = analyze_text(text).events
    assert evs, "the rejection itself is an event"
    # not as a fact, nor as claimed by the party rejecting it: it lives in the rejected proposal
    assert not [e for e in evs if e.cameo[:2] == asked]


@pytest.mark.parametrize("text, root, members", [
    ("The foreign ministers of India and China held talks in Moscow on Friday.", "04", {"IND.GOV", "CHN.GOV"}),
    ("The leaders of France, Germany and Italy condemned the coup in Niamey.", "11",
     {"FRA.GOV", "DEU.GOV", "ITA.GOV"}),
    ("The defence ministers of Japan and South Korea signed a pact on Tuesday.", "05", {"JPN", "KOR"}),
])
def test_a_plural_head_owned_by_a_list_of_states_is_each_of_them(analyze_text: Analyze, text: str, root: str,
                                                                   members: set[str]) -> None:
    got = {k.split(".")[0] for k in sources(analyze_text, text, root)}
    assert {k.split(".")[0] for k in members} <= got


def test_partners_of_a_list_of_states_are_not_those_states(analyze_text: Analyze) -> None:
    # "partners of" names others: the listed states do not both become the ones urging
    got = sources(analyze_text, "Western partners of Ukraine and Moldova urged both sides to talk.", "02")
    assert not {"UKR.GOV", "MDA.GOV"} <= got


@pytest.mark.parametrize("text", [
    "Foreign Minister Cho Tae-yul and his Japanese counterpart Takeshi Iwaya held talks on the sidelines of the "
    "APEC summit in Lima.",
    "The Indian and Chinese foreign ministers met on the sidelines of the G20 meeting in Rome on Sunday.",
    "Germany's chancellor and the French president held talks on the margins of the NATO summit.",
])
def test_the_gathering_met_on_the_sidelines_of_is_not_a_party(analyze_text: Analyze, text: str) -> None:
    evs = [e for e in analyze_text(text).events if e.cameo[:2] == "04"]
    pairs = {(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None) for e in evs}
    assert len(pairs) == 2 and all(t is not None and t != s for s, t in pairs), pairs
    assert not any(k in ("APEC", "G20", "NATO", "ASA") for p in pairs for k in p), pairs


def pairs_of(analyze_text: Analyze, text: str, root: str) -> set[tuple[str, str | None]]:
    return {(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None)
            for e in analyze_text(text).events if e.cameo[:2] == root and e.source}


@pytest.mark.parametrize("text, root, members", [
    ("France, Germany and Italy have been stepping up their military cooperation.", "06", {"FRA", "DEU", "ITA"}),
    ("Egypt and Sudan deepened their security cooperation last year.", "06", {"EGY", "SDN"}),
    ("Chile, Peru and Bolivia will expand their cooperation on border security.", "03", {"CHL", "PER", "BOL"}),
])
def test_their_on_a_list_of_subjects_is_each_of_them_with_the_others(analyze_text: Analyze, text: str,
                                                                        root: str, members: set[str]) -> None:
    # one act per pair of listed states, each with each other, and none with a party outside the list
    assert pairs_of(analyze_text, text, root) == {(a, b) for a in members for b in members if a != b}


def test_their_on_a_list_of_subjects_keeps_a_named_recipient(analyze_text: Analyze) -> None:
    got = pairs_of(analyze_text, "Kenya and Ethiopia expanded their aid to Somalia.", "07")
    assert got == {("KEN", "SOM"), ("ETH", "SOM")}


def test_its_on_a_single_subject_is_that_subject(analyze_text: Analyze) -> None:
    got = pairs_of(analyze_text, "Poland stepped up its military cooperation with Lithuania.", "06")
    assert got == {("POL", "LTU")}


@pytest.mark.parametrize("text, members", [
    ("Kenya and Uganda agreed to cooperate on border security.", {"KEN", "UGA"}),
    ("Seoul and Tokyo will collaborate on energy projects.", {"KOR", "JPN"}),
    ("Brazil and Chile have agreed to expand trade between them.", {"BRA", "CHL"}),
])
def test_listed_parties_who_intend_to_cooperate_do_so_with_each_other(analyze_text: Analyze, text: str,
                                                                       members: set[str]) -> None:
    a, b = sorted(members)
    assert pairs_of(analyze_text, text, "03") == {(a, b), (b, a)}


@pytest.mark.parametrize("text, helped", [
    ("India and Japan pledged to cooperate with Australia.", "AUS"),
    ("Spain and France agreed to send aid to Haiti.", "HTI"),
])
def test_listed_parties_cooperating_with_a_third_aim_at_the_third(analyze_text: Analyze, text: str,
                                                                   helped: str) -> None:
    got = pairs_of(analyze_text, text, "03")
    assert got and all(t == helped for _, t in got), got


def test_listed_parties_offering_aid_do_not_offer_it_to_each_other(analyze_text: Analyze) -> None:
    got = pairs_of(analyze_text, "Spain and France offered aid.", "03")
    assert got and not any(t in ("ESP", "FRA") for _, t in got), got


@pytest.mark.parametrize("text, root, members", [
    ("Britain, along with Canada, condemned the attack on the embassy.", "11", {"GBR", "CAN"}),
    ("Kenya together with Uganda signed the trade pact.", "05", {"KEN", "UGA"}),
    ("Germany joined France in condemning the coup.", "11", {"DEU", "FRA"}),
])
def test_a_party_acting_along_with_the_subject_acts_too(analyze_text: Analyze, text: str, root: str,
                                                        members: set[str]) -> None:
    got = pairs_of(analyze_text, text, root)
    assert {s for s, _ in got} == members, got
    assert not any(t in members for s, t in got if root != "05"), "a fellow is not the one condemned"


def test_a_with_phrase_of_the_act_itself_is_its_other_party(analyze_text: Analyze) -> None:
    assert pairs_of(analyze_text, "Kenya signed a deal with Uganda.", "05") == {("KEN", "UGA")}


@pytest.mark.parametrize("text, root, pair", [
    ("Armenian-Azerbaijani talks resumed in Brussels.", "04", ("ARM", "AZE")),
    ("The Indian-Pakistani talks collapsed on Monday.", "04", ("IND", "PAK")),
    ("The US-China trade talks resumed.", "04", ("USA", "CHN")),
])
def test_a_hyphenated_pair_of_states_are_the_two_parties(analyze_text: Analyze, text: str, root: str,
                                                          pair: tuple[str, str]) -> None:
    a, b = pair
    assert pairs_of(analyze_text, text, root) == {(a, b), (b, a)}


@pytest.mark.parametrize("text", [
    "They discussed the Armenian-Azerbaijani peace treaty.",
    "The Saudi-led talks resumed.",
])
def test_a_pair_only_names_a_joint_act_not_a_treaty_or_a_leader(analyze_text: Analyze, text: str) -> None:
    evs = analyze_text(text).events
    assert not [e for e in evs if e.cameo[:2] == "05"]
    assert not [e for e in evs if e.target is not None and e.cameo[:2] == "04"]


@pytest.mark.parametrize("text, root, pair", [
    ("Kenya hosted Ethiopia's prime minister on Monday. The two leaders discussed border security.", "04",
     ("KEN", "ETH")),
    ("The presidents of Ghana and Togo met in Accra. Both countries agreed to reopen the border.", "03",
     ("GHA", "TGO")),
    ("Japan and South Korea held talks in Tokyo. The two sides agreed to meet again in May.", "03",
     ("JPN", "KOR")),
])
def test_the_two_parties_named_by_number_are_the_two_states_named_before(analyze_text: Analyze, text: str,
                                                                          root: str, pair: tuple[str, str]) -> None:
    a, b = pair
    second = text.split(". ")[1]
    evs = [e for e in analyze_text(text).events if e.cameo[:2] == root and e.source
           and e.trigger.start >= text.index(second)]
    assert {(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None) for e in evs} == {
        (a, b), (b, a)}


@pytest.mark.parametrize("text", [
    "Two ministers from Kenya visited Uganda and Rwanda.",
    "The two Kenyan ministers visited Uganda and Rwanda.",
])
def test_a_number_of_one_states_officials_is_not_a_pair_of_states(analyze_text: Analyze, text: str) -> None:
    got = pairs_of(analyze_text, text, "04")
    assert got and {s for s, _ in got} == {"KEN"}, got


def test_both_sides_in_a_third_partys_report_are_not_guessed(analyze_text: Analyze) -> None:
    # who "both delegations" are is Norway's word here: no pair is read into it
    text = "Serbia and Kosovo met in Oslo. Norway said both delegations had committed to calm."
    evs = [e for e in analyze_text(text).events if e.trigger.start > text.index("Norway") and e.cameo[:2] == "03"]
    assert not [e for e in evs if e.source and e.source.key.split(".")[0] in ("SRB", "XKX")], evs


@pytest.mark.parametrize("text, pair", [
    ("The ministers stressed the need to cooperate closely between Seoul and Tokyo.", ("KOR", "JPN")),
    ("Officials saw a chance to collaborate between Kenya and Uganda on energy.", ("KEN", "UGA")),
])
def test_a_doerless_act_between_two_parties_is_theirs(analyze_text: Analyze, text: str,
                                                      pair: tuple[str, str]) -> None:
    a, b = pair
    evs = [e for e in analyze_text(text).events if e.cameo[:2] in ("03", "06") and e.source]
    assert {(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None) for e in evs} == {
        (a, b), (b, a)}


def test_a_named_doer_keeps_its_act_between_others(analyze_text: Analyze) -> None:
    # Qatar mediates: the parties of the "between" phrase are its targets, not its fellow doers
    got = pairs_of(analyze_text, "Qatar mediated between Israel and Hamas on Sunday.", "04")
    assert {s for s, _ in got} == {"QAT"}, got


@pytest.mark.parametrize("text, word, doer, other", [
    ("Germany added 20 million euros to the appeal, Italy offered 15 million euros and Sweden said it will "
     "donate 5 million euros.", "donate", "SWE.GOV", {"ITA", "DEU"}),
    ("Brazil added $172 million to the tally, Spain offered $356 million and France said it would give "
     "$243 million.", "give", "FRA.GOV", {"BRA", "ESP"}),
    ("Norway added 40 million dollars to the fund, Denmark offered 12 million dollars and Finland said it "
     "would give 3 million dollars.", "give", "FIN.GOV", {"NOR", "DNK"}),
    ("Canada added $50 million to the pot, Japan pledged $80 million and Australia said it would provide "
     "$30 million.", "provide", "AUS.GOV", {"CAN", "JPN"}),
])
def test_the_doers_of_listed_clauses_are_fellow_givers_not_recipients(analyze_text: Analyze, text: str, word: str,
                                                                      doer: str, other: set[str]) -> None:
    evs = [e for e in analyze_text(text).events if e.trigger.text == word]
    assert evs and evs[0].source.key == doer, text
    assert all(e.target is None or e.target.key.partition(".")[0] not in other for e in evs)


def test_a_recipient_named_beside_a_listed_clause_stays_the_target(analyze_text: Analyze) -> None:
    text = "Japan sent rescue teams, Canada pledged tents and India said it would give food to Nepal."
    evs = [e for e in analyze_text(text).events if e.trigger.text == "give"]
    assert evs and evs[0].source.key == "IND.GOV" and evs[0].target is not None and evs[0].target.key == "NPL.GOV"


def test_the_thanking_party_reporting_its_own_plans_stays_the_recipient(analyze_text: Analyze) -> None:
    text = ("Kenyan President William Ruto thanked Berlin and Paris for their support and said his government "
            "would rebuild the bridges.")
    evs = [e for e in analyze_text(text).events if e.trigger.text == "support"]
    assert evs and all(e.target is not None and e.target.key == "KEN.GOV" for e in evs)


@pytest.mark.parametrize("text, word, doer, listed", [
    ("Germany added 20 million euros to the appeal, Italy offered 15 million euros and Sweden said it will "
     "donate 5 million euros.", "offered", "ITA.GOV", "DEU"),
    ("Norway added 40 million dollars to the fund, Denmark offered 12 million dollars and Finland said it "
     "would give 3 million dollars.", "offered", "DNK.GOV", "NOR"),
    ("Canada added $50 million to the pot, Japan pledged $80 million and Australia said it would provide "
     "$30 million.", "pledged", "JPN.GOV", "CAN"),
])
def test_a_clause_listed_before_the_subject_is_not_the_acts_complement(analyze_text: Analyze, text: str, word: str,
                                                                       doer: str, listed: str) -> None:
    evs = [e for e in analyze_text(text).events if e.trigger.text == word]
    assert evs and evs[0].source.key == doer, text
    assert all(e.target is None or not e.target.key.startswith(listed) for e in evs)


@pytest.mark.parametrize("text, word, target", [
    ("Seoul demanded that Pyongyang return to the talks.", "demanded", "PRK.GOV"),
    ("Kyiv warned Moscow would face new sanctions.", "warned", "RUS.GOV"),
])
def test_a_clause_after_the_trigger_still_names_its_target(analyze_text: Analyze, text: str, word: str,
                                                           target: str) -> None:
    evs = [e for e in analyze_text(text).events if e.trigger.text == word]
    assert evs and evs[0].target is not None and evs[0].target.key == target


@pytest.mark.parametrize("text, root, src, members", [
    # the parser hangs "Burkina Faso" after the final ", and" on the verb: it is still the list's last member
    ("China sent shipments to Chad, Niger, Mali, and Burkina Faso.", "07", "CHN.GOV",
     {"TCD.GOV", "NER.GOV", "MLI.GOV", "BFA.GOV"}),
    ("Russia shipped grain to Eritrea, Somalia, Mali, and Burkina Faso.", "07", "RUS.GOV",
     {"ERI.GOV", "SOM.GOV", "MLI.GOV", "BFA.GOV"}),
])
def test_the_member_after_a_final_comma_and_stays_in_the_list(analyze_text: Analyze, text: str, root: str,
                                                             src: str, members: set[str]) -> None:
    got = {e.target.key for e in analyze_text(text).events if e.cameo[:2] == root and e.source
           and e.source.key == src and e.target}
    assert got == members


def test_a_new_clause_after_comma_and_is_not_a_list_member(analyze_text: Analyze) -> None:
    events = analyze_text("The EU sent aid to Kenya and Uganda, and France protested.").events
    assert {e.target.key for e in events if e.cameo[:2] == "07"} == {"KEN.GOV", "UGA.GOV"}
    assert all(e.source.key != "EU" for e in events if e.cameo[:2] == "11")


@pytest.mark.parametrize("text, root, pair", [
    ("Israel, Hamas agree to four-day truce", "08", {"ISR", "PSE"}),
    ("Kenya, Uganda sign trade deal", "05", {"KEN", "UGA"}),
    ("India, Pakistan accuse each other of violating ceasefire", "11", {"IND", "PAK"}),
])
def test_a_headlines_comma_pair_of_subjects_acts_together(analyze_text: Analyze, text: str, root: str,
                                                           pair: set[str]) -> None:
    """A headline writes "A, B agree" for "A and B agree": each party acts, each with the other."""
    got = {(e.source.key.split(".")[0], e.target.key.split(".")[0]) for e in analyze_text(text).events
           if e.cameo[:2] == root and e.target}
    a, b = sorted(pair)
    assert got == {(a, b), (b, a)}


def test_a_fronted_phrase_before_the_subject_is_no_fellow_party(analyze_text: Analyze) -> None:
    events = analyze_text("In Geneva, China held talks with Japan.").events
    assert {(e.source.key, e.target.key) for e in events if e.cameo[:2] == "04"} == {("CHN.GOV", "JPN.GOV")}


def targets(analyze_text: Analyze, text: str, root: str) -> set[str]:
    return {e.target.key for e in analyze_text(text).events if e.cameo[:2] == root and e.target}


@pytest.mark.parametrize("text, root, members", [
    ("China sent aid to Chad, Niger, Mali, and the Czech Republic.", "07", {"TCD", "NER", "MLI", "CZE"}),
    ("Russia sent grain to Eritrea, Zimbabwe, Mali, and the Central African Republic.", "07",
     {"ERI", "ZWE", "MLI", "CAF"}),
    ("Japan gave aid to Chad, Niger, Mali, and the Central African Republic.", "07", {"TCD", "NER", "MLI", "CAF"}),
    ("Egypt accused Chad, Niger, Mali, and the Central African Republic.", "11", {"TCD", "NER", "MLI", "CAF"}),
])
def test_a_middle_member_hung_as_an_apposition_is_a_member(analyze_text: Analyze, text: str, root: str,
                                                          members: set[str]) -> None:
    assert {k.split(".")[0] for k in targets(analyze_text, text, root)} == members


@pytest.mark.parametrize("text, root, wanted", [
    ("Russian missiles hit Kharkiv, Ukraine, and the nearby villages.", "19", {"UKR"}),
    ("Ukrainian drones struck Kursk, Russia, on Monday.", "19", {"RUS"}),
])
def test_a_place_and_its_country_stay_one_target(analyze_text: Analyze, text: str, root: str,
                                                 wanted: set[str]) -> None:
    assert targets(analyze_text, text, root) == wanted


@pytest.mark.parametrize("text, members", [
    ("Chad, Niger, Mali, and the Central African Republic condemned the coup.", {"TCD", "NER", "MLI", "CAF"}),
    ("Kenya, Uganda, Mali, and the Czech Republic condemned the attack.", {"KEN", "UGA", "MLI", "CZE"}),
    ("Peru, Chile, Mali, and the Dominican Republic condemned the vote.", {"PER", "CHL", "MLI", "DOM"}),
    ("Brazil, Chile, Mali, and the Czech Republic condemned the strike.", {"BRA", "CHL", "MLI", "CZE"}),
])
def test_a_listed_subject_hung_as_a_modifier_of_the_first_member_acts(analyze_text: Analyze, text: str,
                                                                      members: set[str]) -> None:
    found = [e for e in analyze_text(text).events if e.cameo[:2] == "11"]
    assert {e.source.key.split(".")[0] for e in found} == members
    assert all(e.target is None for e in found)  # no member is the target of the others
