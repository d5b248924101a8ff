"""The act in the "of"/"for" complement of an accusation verb (accuse, blame, charge, condemn ...) is alleged
of the verb's object, gerund or event noun alike, and of each coordinated subject when that object is "each
other" (events/doers.py ``accused_token``, events/roles.py ``subject_token``). The accusation itself is
asserted; the act it alleges is claimed, attributed to the accuser. Sentences written for these tests."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Analyze = Callable[..., Any]


def acts(analyze_text: Analyze, text: str, root: str) -> list[tuple[str, str | None, str, str | None]]:
    a = analyze_text(text)
    return sorted((e.source.key, e.target.key if e.target else None, e.status, e.attributed_to)
                  for e in a.events if e.cameo[:2] == root)


@pytest.mark.parametrize("text, root, doer, accuser", [
    # an event noun in the "of"/"for" complement
    ("Kenya accused Somalia of a crackdown on its border towns.", "17", "SOM.GOV", "KEN.GOV"),
    ("Chad blamed Libya for the attack on the border post.", "19", "LBY.GOV", "TCD.GOV"),
    ("Mali condemned Niger for the expulsion of its ambassador.", "17", "NER.GOV", "MLI.GOV"),
    ("On Monday Pakistan accused India of an air strike near the frontier.", "19", "IND.GOV", "PAK.GOV"),
    # a gerund
    ("Egypt accused Sudan of shelling the border town.", "19", "SDN.GOV", "EGY.GOV"),
    ("Ghana has accused Togo of arresting its diplomats.", "17", "TGO.GOV", "GHA.GOV"),
    # harbouring fighters is granting them refuge
    ("Kenya accused Somalia of harbouring militants on its territory.", "07", "SOM.GOV", "KEN.GOV"),
    ("Sudan has accused Chad of harboring rebel fighters.", "07", "TCD.GOV", "SDN.GOV"),
    # an of phrase the parser hangs on the accused is still the alleged act
    ("Gabon opposition accuses govt of brutal crackdown", "17", "GAB.GOV", "GAB.OPP"),
    ("Kenya has accused Somalia's government of harboring Shabaab fighters.", "07", "SOM.GOV", "KEN.GOV"),
])
def test_the_act_in_the_accusation_is_done_by_the_accused(analyze_text: Analyze, text: str, root: str,
                                                          doer: str, accuser: str) -> None:
    found = acts(analyze_text, text, root)
    assert found and all(src == doer and status == "claimed" and by == accuser for src, _, status, by in found)


@pytest.mark.parametrize("text, root, pair", [
    ("Iran and Iraq accused each other of shelling the border.", "19", ("IRN.GOV", "IRQ.GOV")),
    ("Ethiopia and Eritrea blamed each other for the clashes.", "19", ("ERI.GOV", "ETH.GOV")),
    ("Armenia and Azerbaijan have accused each other of attacks on civilians.", "19", ("ARM.GOV", "AZE.GOV")),
])
def test_each_other_makes_every_accuser_a_doer(analyze_text: Analyze, text: str, root: str,
                                               pair: tuple[str, str]) -> None:
    found = acts(analyze_text, text, root)
    assert {src for src, *_ in found} == set(pair)
    # each party's act is claimed by the other party, not by itself
    assert all(status == "claimed" and by in pair and by != src for src, _, status, by in found)


@pytest.mark.parametrize("text, root, doer", [
    ("Rwanda has been accused by Congo of backing the rebels.", "07", "RWA.GOV"),
    ("Rwanda was accused of an invasion by Congo.", "19", "RWA.GOV"),
    ("Uganda has been blamed for the attack on the border post.", "19", "UGA.GOV"),
])
def test_the_passive_subject_of_an_accusation_is_the_doer(analyze_text: Analyze, text: str, root: str,
                                                           doer: str) -> None:
    found = acts(analyze_text, text, root)
    assert found and all(src == doer and status == "claimed" for src, _, status, _ in found)


@pytest.mark.parametrize("text, doer, roots", [
    ("Congo accused Rwanda of supporting the rebels and of shelling Goma.", "RWA.GOV", ("07", "19")),
    ("Chad blamed Libya for the attack and for the kidnapping of two soldiers.", "LBY.GOV", ("19", "18")),
])
def test_each_of_coordinated_complements_is_alleged_of_the_accused(analyze_text: Analyze, text: str, doer: str,
                                                                    roots: tuple[str, ...]) -> None:
    for root in roots:
        found = acts(analyze_text, text, root)
        assert found and all(src == doer and status == "claimed" for src, _, status, _ in found), root


@pytest.mark.parametrize("text, root", [
    ("Kenya warned Somalia of a crackdown on its border towns.", "17"),
    ("Chad thanked Libya for the attack on the border post.", "19"),
])
def test_the_object_of_a_verb_that_accuses_nothing_is_no_doer(analyze_text: Analyze, text: str, root: str) -> None:
    assert [src for src, *_ in acts(analyze_text, text, root)] == []


@pytest.mark.parametrize("text, accused", [
    ("Kenya accused Somalia of a crackdown on journalists.", "SOM.GOV"),
    ("Chad blamed Libya for the arrest of Nigerien traders.", "LBY.GOV"),
    ("Ghana accused Togo of attacking Burkina Faso's convoy.", "TGO.GOV"),
])
def test_the_accusation_is_aimed_at_the_accused_not_at_a_party_inside_the_act(analyze_text: Analyze, text: str,
                                                                             accused: str) -> None:
    assert [t for _, t, _, _ in acts(analyze_text, text, "11")] == [accused]


@pytest.mark.parametrize("text, accuser, accused", [
    # "suspect X of ..." and "suspect (that) X did ...": a suspicion voiced is an accusation of X
    ("Germany suspects Russia of sponsoring covert campaigns before the vote.", "DEU.GOV", "RUS.GOV"),
    ("Poland said it suspects Belarus organized the migrant crossings.", "POL.GOV", "BLR.GOV"),
    ("Ukraine suspects that Russia is preparing a new offensive.", "UKR.GOV", "RUS.GOV"),
])
def test_a_voiced_suspicion_accuses_its_object(analyze_text: Analyze, text: str, accuser: str,
                                               accused: str) -> None:
    a = analyze_text(text)
    assert [(e.source.key, e.target.key if e.target else None)
            for e in a.events if e.cameo[:2] == "11"] == [(accuser, accused)]


@pytest.mark.parametrize("text", [
    "Police arrested two suspected militants near the border with Pakistan.",
    "The suspected attack on the pipeline angered Germany.",
])
def test_suspected_as_a_modifier_accuses_no_one(analyze_text: Analyze, text: str) -> None:
    assert not [e for e in analyze_text(text).events if e.cameo[:2] == "11"]


@pytest.mark.parametrize("text, root, doer, accuser", [
    ("Pakistan said India was behind the mosque bombing.", "18", "IND.GOV", "PAK.GOV"),
    ("US officials believe Iran is behind the drone attack on the base.", "19", "IRN.GOV", "USA.GOV"),
    ("Israel said Hezbollah was responsible for the rocket attack.", "19", "LBN.REB:Hezbollah", "ISR.GOV"),
    # a headline's verbless clause
    ("Pakistan says India behind mosque bombing", "18", "IND.GOV", "PAK.GOV"),
])
def test_the_party_said_to_be_behind_an_act_did_it(analyze_text: Analyze, text: str, root: str, doer: str,
                                                   accuser: str) -> None:
    """"X was behind / responsible for the attack": X did it, as the speaker claims; the speaker accuses X."""
    events = analyze_text(text).events
    acts = [e for e in events if e.cameo[:2] == root]
    assert acts and all(e.source.key == doer and e.status == "claimed" for e in acts)
    assert [(e.source.key, e.target.key) for e in events if e.cameo[:2] == "11"] == [(accuser, doer)]


def test_an_act_behind_nobody_named_has_no_doer(analyze_text: Analyze) -> None:
    assert not analyze_text("Nobody was behind the attack, Kenya said.").events
    assert not analyze_text("Who is responsible for the attack on the embassy remains unclear.").events


@pytest.mark.parametrize("text, root, doer", [
    ("Hamas claimed the rocket attack on Tel Aviv.", "19", "PSE.REB:Hamas"),
    ("The bombing was claimed by al-Shabaab.", "18", "SOM.REB:al-Shabaab"),
    ("The attack, claimed by the Taliban, killed 30 people in Kabul.", "19", "AFG.REB:Taliban"),
])
def test_claiming_an_act_owns_up_to_it(analyze_text: Analyze, text: str, root: str, doer: str) -> None:
    """"X claimed the attack": X did it; the claim accuses no one."""
    events = analyze_text(text).events
    assert [e.source.key for e in events if e.cameo[:2] == root] == [doer]
    assert not [e for e in events if e.cameo[:2] == "11"]


def test_claiming_that_someone_acted_still_accuses_them(analyze_text: Analyze) -> None:
    events = analyze_text("Russia claimed that Ukraine attacked Belgorod.").events
    assert [(e.source.key, e.target.key) for e in events if e.cameo[:2] == "11"] == [("RUS.GOV", "UKR.GOV")]


@pytest.mark.parametrize("text, doer, accuser", [
    ("Kenya accused Somalia of backing terrorism.", "SOM.GOV", "KEN.GOV"),
    ("Chad has accused Sudan of funding terrorism along the border.", "SDN.GOV", "TCD.GOV"),
    ("Ghana said Togo was sponsoring terrorism in the region.", "TGO.GOV", "GHA.GOV"),
    ("Mali accused Algeria of supporting terrorism.", "DZA.GOV", "MLI.GOV"),
])
def test_help_given_to_a_wrongdoing_is_aid_to_no_named_party(analyze_text: Analyze, text: str, doer: str,
                                                             accuser: str) -> None:
    # the wrongdoing ('terrorism') is what is helped: no party nearby (the accuser) is the one aided, and the
    # aid is kept without a target (events/targets.py ``_helps_a_wrong``, events/selection.py ``helps_a_wrong``)
    assert acts(analyze_text, text, "07") == [(doer, None, "claimed", accuser)]


def test_help_given_to_armed_men_keeps_them_as_its_target(analyze_text: Analyze) -> None:
    found = acts(analyze_text, "Kenya accused Somalia of backing the rebels.", "07")
    assert len(found) == 1 and found[0][0] == "SOM.GOV" and found[0][1] is not None
