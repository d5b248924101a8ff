"""Arguments the parse hands over one step away from the trigger: the parties after a light verb's event
noun ("held talks with A and B"), the host a visitor arrives in, the party of the infinitive an adjective of
readiness governs, and the subject of "is due / set / likely / expected to" that does the infinitive.
Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def found(analyze_text: Analyze, text: str, root: str) -> set[tuple[str, str | None, str]]:
    """(source country, target country, status) of the events of a root."""
    return {(e.source.key.split(".")[0], e.target.key.split(".")[0] if e.target else None, e.status)
            for e in analyze_text(text).events if e.cameo[:2] == root and e.source}


@pytest.mark.parametrize("text, root, src, others", [
    ("Putin held talks with Turkey and Azerbaijan in Sochi.", "04", "RUS", {"TUR", "AZE"}),
    ("Japan signed agreements with India and Vietnam on Monday.", "05", "JPN", {"IND", "VNM"}),
    ("The Kenyan president held talks with Uganda, Rwanda and Burundi last week.", "04", "KEN",
     {"UGA", "RWA", "BDI"}),
])
def test_every_party_after_a_light_verbs_event_noun_is_a_target(analyze_text: Analyze, text: str, root: str,
                                                                  src: str, others: set[str]) -> None:
    got = found(analyze_text, text, root)
    assert {t for s, t, _ in got if s == src} == others, got


def test_a_party_owning_the_event_noun_stays_the_target(analyze_text: Analyze) -> None:
    # "an Egyptian proposal for talks with the UN": the proposal is Egypt's, the UN is inside it
    got = found(analyze_text, "Ethiopia rejected an Egyptian proposal for talks with the UN.", "12")
    assert {t for s, t, _ in got if s == "ETH"} == {"EGY"}, got


@pytest.mark.parametrize("text, src, host", [
    ("Blinken arrived in Beijing on Sunday.", "USA", "CHN"),
    ("The Indian prime minister arrived in Moscow for a two-day stay.", "IND", "RUS"),
    ("Scholz arrived in the Chinese capital on Tuesday.", "DEU", "CHN"),
])
def test_the_place_a_visitor_arrives_in_is_the_host(analyze_text: Analyze, text: str, src: str, host: str) -> None:
    assert (src, host, "asserted") in found(analyze_text, text, "04")


def test_the_place_of_a_meeting_is_not_a_party(analyze_text: Analyze) -> None:
    got = found(analyze_text, "Blinken met Wang Yi in Brussels on Monday.", "04")
    assert got and not any(t == "BEL" for _, t, _ in got), got


@pytest.mark.parametrize("text, src, other", [
    ("India is ready to help Sri Lanka.", "IND", "LKA"),
    ("Japan is willing to hold talks with China.", "JPN", "CHN"),
    ("The Kenyan president said he was prepared to work with Ethiopia.", "KEN", "ETH"),
])
def test_readiness_is_aimed_at_the_party_of_its_infinitive(analyze_text: Analyze, text: str, src: str,
                                                             other: str) -> None:
    got = found(analyze_text, text, "03")
    assert (src, other) in {(s, t) for s, t, _ in got}, got


@pytest.mark.parametrize("text, root, src, other, status", [
    ("The Tajik foreign minister was due to travel to Bishkek on Tuesday.", "03", "TJK", "KGZ", "intended"),
    ("Kenya is set to sign a trade deal with Ethiopia.", "03", "KEN", "ETH", "intended"),
    ("Macron is expected to visit Algeria next month.", "03", "FRA", "DZA", "intended"),
    ("Egypt is likely to sign the deal with Sudan.", "05", "EGY", "SDN", "hypothetical"),
])
def test_the_subject_of_due_set_likely_expected_does_the_infinitive(analyze_text: Analyze, text: str, root: str,
                                                                       src: str, other: str, status: str) -> None:
    got = found(analyze_text, text, root)
    assert (src, other, status) in got, got
    assert not [e for e in analyze_text(text).events if e.status == "asserted"], "not done yet"


def test_being_unable_to_do_something_does_not_do_it(analyze_text: Analyze) -> None:
    text = "The IAEA said it was no longer able to provide assurance to Iran."
    assert not [e for e in analyze_text(text).events if e.cameo[:2] == "07" and e.status == "asserted"]


@pytest.mark.parametrize("text, pair", [
    ("South Korea and Japan exchanged views on North Korea.", ("KOR", "JPN")),
    ("Egypt and Jordan held talks about Syria on Sunday.", ("EGY", "JOR")),
])
def test_what_parties_consult_about_is_no_party(analyze_text: Analyze, text: str, pair: tuple[str, str]) -> None:
    a, b = pair
    assert {(s, t) for s, t, _ in found(analyze_text, text, "04")} == {(a, b), (b, a)}


def test_the_party_a_verb_moves_stays_its_object(analyze_text: Analyze) -> None:
    # "deployed police": the police are named by the object itself, which is no bare event noun
    evs = analyze_text("The Togolese government deployed police in Lome.").events
    assert any(e.target is not None and e.target.key == "TGO.COP" for e in evs), [(e.cameo, e.target) for e in evs]


@pytest.mark.parametrize("text, src, parties", [
    ("Egypt welcomed the agreement between Israel and Hamas.", "EGY", {"ISR", "PSE"}),
    ("The EU praised the deal signed by Serbia and Kosovo.", "EU", {"SRB", "XKX"}),
    ("China supported the talks between Russia and Ukraine.", "CHN", {"RUS", "UKR"}),
])
def test_backing_an_act_is_aimed_at_every_party_to_it(analyze_text: Analyze, text: str, src: str,
                                                      parties: set[str]) -> None:
    assert {t for s, t, _ in found(analyze_text, text, "05") if s == src} == parties


def test_backing_a_partys_own_proposal_is_aimed_at_that_party(analyze_text: Analyze) -> None:
    # the proposal is Egypt's: the parties of the talks it proposes are not the ones welcomed
    text = "Japan welcomed the Egyptian proposal for talks between Israel and Hamas."
    assert {t for s, t, _ in found(analyze_text, text, "05") if s == "JPN"} == {"EGY"}


@pytest.mark.parametrize("text, giver, takers", [
    ("The Russian minister mentioned that shipments to Eritrea and Mali will follow soon.", "RUS", {"ERI", "MLI"}),
    ("Japan's foreign ministry announced that deliveries of food to Haiti have begun.", "JPN", {"HTI"}),
])
def test_aid_a_government_announces_with_no_giver_named_is_its_own(analyze_text: Analyze, text: str, giver: str,
                                                                   takers: set[str]) -> None:
    got = {(s, t) for s, t, _ in found(analyze_text, text, "07") | found(analyze_text, text, "03")}
    assert {t for s, t in got if s == giver} == takers, got


@pytest.mark.parametrize("text, speaker", [
    ("Kenya denied reports of arms shipments to Somalia.", "KEN"),
    ("Egypt said the supply of tanks to Libya would escalate the war.", "EGY"),
])
def test_aid_a_government_disputes_or_alleges_is_not_its_own(analyze_text: Analyze, text: str,
                                                             speaker: str) -> None:
    assert not [e for e in analyze_text(text).events
                if e.cameo[:2] in ("03", "07") and e.source and e.source.key.startswith(speaker)]


def test_a_rejected_accusation_is_aimed_at_the_accuser(analyze_text: Analyze) -> None:
    # the claim noun is the act's own object with no party after it: it points back to the one who made it
    text = "Kenya accused Uganda of backing the rebels. Uganda rejected the accusation as absurd."
    evs = [e for e in analyze_text(text).events if e.cameo[:2] == "01" and e.source and e.source.key.startswith("UGA")]
    assert evs and all(e.target is not None and e.target.key.startswith("KEN") for e in evs), evs


@pytest.mark.parametrize("text, root, src, place", [
    ("After talks held in Hanoi, Vietnam, the ASEAN ministers expressed deep concern over the fighting.", "01",
     "ASEAN", "VNM"),
    ("At a summit in Addis Ababa, Ethiopia, the African Union expressed concern about the violence.", "01",
     "AU", "ETH"),
    ("At a summit in Addis Ababa, Ethiopia, the African Union expressed concern about the violence.", "04",
     "AU", "ETH"),
])
def test_a_place_listed_beside_the_venue_is_not_a_party(analyze_text: Analyze, text: str, root: str, src: str,
                                                        place: str) -> None:
    # "in Hanoi, Vietnam": the country (an apposition or, as the small parser often has it, a conjunct of the
    # city) places the venue like the city does; it is no party the act is aimed at
    got = found(analyze_text, text, root)
    assert {s for s, _, _ in got} == {src}, got
    assert not any(t == place for _, t, _ in got), got


def test_a_listed_place_is_still_a_target_of_attacks_and_parties_listed_after_on_stay(analyze_text: Analyze) -> None:
    assert {t for s, t, _ in found(analyze_text, "Russian missiles struck Kyiv and Kharkiv on Monday.", "19")
            if s == "RUS"} == {"UKR"}
    assert {t for s, t, _ in found(analyze_text, "The EU imposed sanctions on Russia and Belarus.", "16")
            if s == "EU"} == {"RUS", "BLR"}


@pytest.mark.parametrize("text, word, placed", [
    ("The ministers met in Hanoi, Vietnam, on Monday.", "Vietnam", True),
    ("The ministers met in Kyiv and Kharkiv on Monday.", "Kharkiv", True),
    ("The ministers met with Russia and China on Monday.", "China", False),
    ("The ministers met Zelensky, Ukraine's president, in Kyiv.", "president", False),
])
def test_is_locative_follows_appositions_and_conjuncts_of_a_place(nlp: Any, text: str, word: str,
                                                                    placed: bool) -> None:
    from tidings.events.places import is_locative

    tok = next(t for t in nlp(text) if t.text == word)
    assert is_locative(tok) is placed


@pytest.mark.parametrize("text, root, pair, speaker", [
    ("Japan and South Korea warned about deepening military ties between North Korea and Russia.", "05",
     {"PRK", "RUS"}, "JPN"),
    ("The ministers spoke about strengthening relations between Poland and Germany.", "05", {"POL", "DEU"}, None),
    ("Israel is talking about expanding trade between Egypt and Jordan.", "06", {"EGY", "JOR"}, "ISR"),
])
def test_a_gerund_whose_object_lists_its_parties_is_done_by_them(analyze_text: Analyze, text: str, root: str,
                                                                pair: set[str], speaker: str | None) -> None:
    """"warned about deepening ties between A and B": A and B deepen them, each with the other; the
    clause's subject only speaks of it."""
    got = found(analyze_text, text, root)
    a, b = sorted(pair)
    assert {(s, t) for s, t, _ in got} == {(a, b), (b, a)}, got
    assert speaker is None or all(s != speaker for s, _, _ in got)


@pytest.mark.parametrize("text, src, dest", [
    ("Troops were deployed by Russia to Belarus.", "RUS", "BLR"),
    ("Troops deployed by Russia to Belarus began exercises.", "RUS", "BLR"),
    ("Hundreds of soldiers were sent by Kenya to Haiti last year.", "KEN", "HTI"),
])
def test_forces_moved_in_the_passive_are_the_doers_own_not_the_target(analyze_text: Analyze, text: str, src: str,
                                                                       dest: str) -> None:
    """A show of force in the passive or as a participle ("troops deployed by Russia"): its subject is what
    moves; the target is where it goes."""
    assert {(s, t) for s, t, _ in found(analyze_text, text, "15")} == {(src, dest)}


@pytest.mark.parametrize("text, src, tgt", [
    ("France threatened to impose import restrictions against German goods.", "FRA", "DEU"),
    ("Iran threatened to launch a new offensive against Iraq.", "IRN", "IRQ"),
    ("Chad threatened to carry out strikes on Sudan.", "TCD", "SDN"),
])
def test_a_threat_is_aimed_at_the_party_of_the_act_it_threatens(analyze_text: Analyze, text: str, src: str,
                                                                tgt: str) -> None:
    """"threatened to launch an offensive against Iraq": the threatened act's object names the party."""
    assert {(s, t) for s, t, _ in found(analyze_text, text, "13")} == {(src, tgt)}
