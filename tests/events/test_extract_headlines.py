"""Headlines: a trailing reply clause, a trailing sayer, and verbs the parser takes for nouns."""

from __future__ import annotations

from typing import Any, Callable

from tidings.events import headline
from tidings.events.patterns import index

from .conftest import one

Run = Callable[..., list[Any]]
HEADLINE = {0: "headline"}


def test_trailing_denial_answers_the_accusation_not_the_act_of_accusing(code_events: Run) -> None:
    evs = code_events("Ukraine accuses Russia of shelling border villages, Moscow denies", zones=HEADLINE)
    acc = one(evs, "11")
    assert (acc.source.key, acc.target.key, acc.status, acc.attributed_to) == ("UKR", "RUS", "asserted", None)
    shelling = one(evs, "19")
    assert (shelling.source.key, shelling.status, shelling.attributed_to) == ("RUS", "claimed", "UKR")
    deny = one(evs, "01")
    assert (deny.source.key, deny.status) == ("RUS.GOV", "asserted")


def test_denial_with_its_own_content_still_denies_it(code_events: Run) -> None:
    ev = one(code_events("Moscow denies that Russia shelled border villages near Ukraine."), "19")
    assert (ev.status, ev.attributed_to) == ("denied", "RUS.GOV")


def test_trailing_sayer_misparsed_as_apposition_holds_the_claim(code_events: Run) -> None:
    ev = one(code_events("Russia shelled Kyiv, Ukraine says", zones=HEADLINE), "19")
    assert (ev.source.key, ev.status, ev.attributed_to) == ("RUS", "claimed", "UKR")


def test_state_reporting_its_own_threat_through_its_capital_is_asserted(code_events: Run) -> None:
    ev = one(code_events("Iran threatens Israel, Tehran says", zones=HEADLINE), "13")
    assert (ev.source.key, ev.target.key, ev.status) == ("IRN", "ISR", "asserted")


def test_headline_verb_read_as_noun_is_parsed_again(code_events: Run) -> None:
    evs = code_events("Poland and Germany sign deal to expand rail links", zones=HEADLINE)
    ev = one(evs, "05")
    assert ev.trigger.text == "sign" and ev.cameo == "057"
    assert {(e.source.key, e.target.key) for e in evs if e.cameo == "057"} == {("POL", "DEU"), ("DEU", "POL")}


def test_headline_reparse_keeps_offsets_of_later_text(code_events: Run) -> None:
    text = "Egypt and Sudan sign pact on Nile water\nEgypt and Sudan signed a pact on Sunday."
    evs = code_events(text, zones=HEADLINE)
    triggers = sorted({(e.trigger.start, e.trigger.text) for e in evs if e.cameo == "057"})
    assert triggers == [(16, "sign"), (text.index("signed"), "signed")]


def test_body_sentences_are_not_parsed_again(code_events: Run) -> None:
    evs = code_events("Poland and Germany sign deal to expand rail links")
    assert not [e for e in evs if e.cameo == "057"]


def test_headline_reparse_leaves_real_noun_compounds_alone(nlp: Any) -> None:
    doc = nlp("China trade talks stall in Beijing")
    assert headline.reparse(doc, 0, len(doc.text), index(), nlp) is None


def test_past_tense_forms() -> None:
    assert [headline.past(w) for w in ("sign", "agree", "ban", "deny", "meet", "visit")] == [
        "signed", "agreed", "banned", "denied", "met", "visited"]


def test_support_verb_with_misread_lemma_gives_the_noun_its_doer(code_events: Run) -> None:
    # the small lemmatizer reads "staged" as "stag": the rally's doer is still the subject
    ev = one(code_events("Dutch growers have staged rallies in Brussels against the European Union."), "14")
    assert ev.source is not None and ev.source.key == "NLD.CVL"


def test_comma_listed_headline_subjects_each_pledge_to_the_place_in_need(code_events: Run) -> None:
    evs = code_events("Japan, Germany pledge emergency aid as floods displace thousands in Pakistan", zones=HEADLINE)
    pairs = {(e.source.key, e.target.key if e.target else None) for e in evs if e.cameo.startswith("033")}
    assert pairs == {("JPN", "PAK"), ("DEU", "PAK")}


def test_joint_pledge_of_aid_is_not_a_pledge_to_each_other(code_events: Run) -> None:
    evs = code_events("Japan and Germany pledged emergency aid on Monday.")
    assert [e for e in evs if e.cameo.startswith("033")]
    assert all(e.target is None for e in evs if e.cameo.startswith("033"))


def test_title_case_headline_is_read_in_sentence_case(code_events: Run) -> None:
    ev = one(code_events("Iran Condemns Israel Over Syria Strike", zones=HEADLINE), "11")
    assert (ev.source.key, ev.target.key, ev.trigger.text) == ("IRN", "ISR", "Condemns")
    ev = one(code_events("Egypt Rejects Sudan Plan For Nile Talks", zones=HEADLINE), "12")
    assert (ev.source.key, ev.target.key) == ("EGY", "SDN")


def test_title_case_body_line_is_left_as_parsed(code_events: Run) -> None:
    assert not code_events("Iran Condemns Israel Over Syria Strike")


def test_title_case_headline_with_verb_read_as_noun(code_events: Run) -> None:
    evs = code_events("Poland And Germany Sign Deal To Expand Rail Links", zones=HEADLINE)
    assert {(e.source.key, e.target.key) for e in evs if e.cameo == "057"} == {("POL", "DEU"), ("DEU", "POL")}


def test_sentence_case_headline_is_not_recased(nlp: Any) -> None:
    doc = nlp("Israel strikes Hamas targets in Gaza after rocket fire")
    assert headline.sentence_cased(doc, 0, len(doc.text), nlp, []) is None
