"""Frames the small parser gets wrong or leaves implicit: a reporter's second act, received aid,
"both sides", purpose clauses with quantity subjects, and the anonymous-source formula."""

from __future__ import annotations

from typing import Any, Callable

import pytest

Run = Callable[..., list[Any]]


def _sig(events: list[Any], root: str) -> list[tuple[str, str]]:
    return sorted((e.source.key, e.target.key if e.target else "") for e in events if e.cameo[:2] == root)


def test_reporter_second_act_belongs_to_the_reporter(code_events: Run) -> None:
    evs = code_events("Germany said the new tests were a provocation and called on Tehran to halt enrichment.")
    assert _sig(evs, "02") == [("DEU", "IRN.GOV")]
    assert next(e for e in evs if e.cameo[:2] == "02").status == "asserted"


def test_reporter_second_act_with_coordinated_reporters(code_events: Run) -> None:
    evs = code_events("France and Britain said the embargo would be counterproductive and urged Washington "
                      "to reconsider.")
    assert _sig(evs, "02") == [("FRA", "USA.GOV"), ("GBR", "USA.GOV")]


def test_act_with_its_own_subject_stays_in_the_report(code_events: Run) -> None:
    evs = code_events("Germany said Iran had called on Syria to expel the inspectors.")
    assert ("IRN", "SYR") in _sig(evs, "02")
    assert ("DEU", "SYR") not in _sig(evs, "02")


def test_received_aid_comes_from_the_giver(code_events: Run) -> None:
    evs = code_events("Pakistan received emergency aid from Japan on Friday.")
    assert _sig(evs, "07") == [("JPN", "PAK")]


def test_received_aid_without_giver_is_not_the_recipients_act(code_events: Run) -> None:
    evs = code_events("Pakistan received emergency aid on Friday.")
    assert all(e.source.key != "PAK" for e in evs if e.cameo[:2] == "07")


def test_both_sides_are_the_two_parties_named(code_events: Run) -> None:
    evs = code_events("India and Pakistan exchanged accusations on Monday. Egypt urged both sides to show restraint.")
    assert _sig(evs, "02") == [("EGY", "IND"), ("EGY", "PAK")]


def test_purpose_clause_takes_the_main_subject(code_events: Run) -> None:
    evs = code_events("Thousands of protesters marched through the capital to protest against Germany.")
    protest = [e for e in evs if e.trigger.text == "protest"]
    assert [(e.source.key, e.target.key if e.target else "") for e in protest] == [("PAK.CVL", "DEU")]


def test_anonymity_formula_is_not_a_request(code_events: Run) -> None:
    evs = code_events("An official from Egypt, who asked not to be named, said talks with Sudan would resume.")
    assert not [e for e in evs if e.cameo[:2] == "02"]


def test_casualty_toll_is_not_a_withdrawal(code_events: Run) -> None:
    evs = code_events("The rocket attack by Hamas left nine Israeli soldiers dead on Sunday.")
    assert not [e for e in evs if e.trigger.text == "left"]


def test_leaving_a_treaty_is_still_an_event(code_events: Run) -> None:
    evs = code_events("Russia left the treaty in 2023, Germany said.")
    assert [e.cameo[:2] for e in evs if e.trigger.text == "left"] == ["16"]


def test_battling_to_contain_is_an_effort_not_combat(code_events: Run) -> None:
    evs = code_events("Egypt is battling to contain the crisis with Sudan.")
    assert not [e for e in evs if e.cameo[:2] == "19"]


def test_reporters_question_is_not_a_request(code_events: Run) -> None:
    evs = code_events("The spokesman for Japan declined to give details when asked about talks with China.")
    assert not [e for e in evs if e.trigger.text == "asked"]


def test_hitting_the_streets_is_a_protest(code_events: Run) -> None:
    evs = code_events("Thousands of protesters hit the streets of Karachi against the deal with Turkey.")
    assert [e.cameo[:2] for e in evs if e.trigger.text == "hit"] == ["14"]


def test_backing_an_armed_group_is_material_support(code_events: Run) -> None:
    evs = code_events("Egypt accused Iran of backing Hamas with rockets and money.")
    assert [(e.cameo[:2], e.source.key) for e in evs if e.trigger.text == "backing"] == [("07", "IRN")]


def test_backing_a_state_proposal_stays_verbal(code_events: Run) -> None:
    evs = code_events("Germany backs the proposal from France.")
    assert [e.cameo[:2] for e in evs if e.trigger.text == "backs"] == ["05"]


def test_paid_protesters_are_not_the_payers_protest(code_events: Run) -> None:
    evs = code_events("Pakistan accused India of paying people to join the protests.")
    assert not [e for e in evs if e.cameo[:2] == "14" and e.source.key == "IND"]


def test_content_clause_read_as_relative_keeps_its_own_subject() -> None:
    # the small parser's reading of "information that, in 2022, Iran supplied Syria": "that" and "Iran" both subjects
    import spacy
    from spacy.tokens import Doc

    from tidings.events.roles import subject_token

    vocab = spacy.blank("en").vocab
    words = ["media", "spread", "information", "that", "Iran", "supplied", "Syria"]
    heads = [1, 1, 1, 5, 5, 2, 5]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "nsubj", "relcl", "dobj"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert subject_token(doc[5]).text == "Iran"
    plain = Doc(vocab, words=["media", "that", "supplied", "Syria"], heads=[0, 2, 0, 2],
                deps=["ROOT", "nsubj", "relcl", "dobj"])
    assert subject_token(plain[2]).text == "media"


def test_nominal_border_crossing_takes_its_by_agent(code_events: Run) -> None:
    # the parser hangs "by Pakistan" on "line", not on "crossing"
    evs = code_events("India said the crossing of the boundary line by Pakistan into the territory of India "
                      "was a provocation.")
    crossing = [e for e in evs if e.trigger.text == "crossing"]
    assert [(e.cameo[:2], e.source.key) for e in crossing] == [("19", "PAK")]


def test_border_crossing_as_a_place_is_not_an_event(code_events: Run) -> None:
    evs = code_events("Aid trucks from Egypt waited at the border crossing for days.")
    assert not [e for e in evs if e.trigger.text == "crossing"]


def test_rejected_proposal_targets_its_owner_not_the_party_it_names(code_events: Run) -> None:
    evs = code_events("Israel dismissed Egypt's proposal for talks with Turkey.")
    assert [e.target.key for e in evs if e.trigger.text == "dismissed"] == ["EGY"]


@pytest.mark.parametrize("text, root, src, tgt", [
    ("Azerbaijan drew condemnation from France.", "11", "FRA", "AZE.GOV"),
    ("Kenya won praise from the United States for its mission.", "05", "USA", "KEN.GOV"),
    ("Hungary's veto earned a rebuke from the European Union.", "11", "EU", "HUN.GOV"),
])
def test_an_act_drawn_or_won_from_a_party_is_that_partys(analyze_text: Any, text: str, root: str, src: str,
                                                          tgt: str) -> None:
    """"drew criticism from X", "won praise from X": X criticises or praises the subject."""
    got = [(e.source.key, e.target.key if e.target else None) for e in analyze_text(text).events
           if e.cameo[:2] == root]
    assert got == [(src, tgt)]
