"""Recall mechanisms: parties named by coordinated national modifiers, fighting between armed
parties, and the combat verbs of the dictionary."""

from __future__ import annotations

from typing import Any, Callable

Run = Callable[..., list[Any]]


def _sig(events: list[Any], root: str) -> list[tuple[str, str | None]]:
    return sorted((e.source.key, e.target.key if e.target else None) for e in events if e.cameo[:2] == root)


# --- "Hungarian and Romanian officials": one party per coordinated modifier ---------------------

def test_coordinated_national_modifiers_each_give_a_party(code_events: Run) -> None:
    evs = code_events("Hungarian and Romanian officials agreed on Tuesday to reopen the border crossing.")
    assert _sig(evs, "03") == [("HUN", "ROU"), ("ROU", "HUN")]


def test_coordinated_modifiers_keep_the_head_sector(code_events: Run) -> None:
    evs = code_events("Belgian and Dutch growers protested against the European Union in Brussels on Monday.")
    assert _sig(evs, "14") == [("BEL.CVL", "EU"), ("NLD.CVL", "EU")]


def test_quantity_head_passes_coordinated_modifiers_through(code_events: Run) -> None:
    evs = code_events("Hundreds of Belgian and Dutch growers protested against the European Union.")
    assert _sig(evs, "14") == [("BEL.CVL", "EU"), ("NLD.CVL", "EU")]


def test_single_national_modifier_gives_one_party(code_events: Run) -> None:
    evs = code_events("Dutch growers protested against the European Union on Monday.")
    assert _sig(evs, "14") == [("NLD.CVL", "EU")]


# --- armed against armed is fighting (19), not one-sided violence (18) ---------------------------

def test_killing_between_armed_parties_is_fighting(code_events: Run) -> None:
    evs = code_events("Israeli troops killed three Hamas fighters near the border fence on Friday.")
    kills = [e for e in evs if e.trigger.text == "killed"]
    assert [(e.source.key, e.target.key, e.cameo) for e in kills] == [("ISR.MIL", "PSE.REB:Hamas", "190")]
    assert kills[0].plover == "ASSAULT"


def test_killing_of_civilians_stays_one_sided_violence(code_events: Run) -> None:
    evs = code_events("Israeli troops killed two protesters near the border fence on Friday.")
    kills = [e for e in evs if e.trigger.text == "killed"]
    assert [e.cameo[:2] for e in kills] == ["18"]


def test_repelling_an_attack_is_a_combat_verb(code_events: Run) -> None:
    evs = code_events("The Congolese army repelled an assault by M23 near Goma on Sunday.")
    rep = [e for e in evs if e.trigger.text == "repelled"]
    assert [(e.source.key, e.target.key, e.cameo[:2]) for e in rep] == [("COD.MIL", "COD.REB:M23", "19")]


# --- a hostile act inside another party's quote is also an accusation on the cue ----------------

def _quoted(nlp: Any, text: str, quote: str, cue: str, key: str = "UKR.GOV") -> list[Any]:
    from tidings.events import extract
    from tidings.records import ActorMention, Document, Sentence, Statement, TextSpan

    from .conftest import FakeActors

    doc = nlp(text)
    q, c = text.index(quote), text.rindex(cue)
    speaker = ActorMention(0, 6, text[:6], key, None, kind="state")
    st = Statement(speaker, TextSpan(c, c + len(cue), cue), "direct", TextSpan(q, q + len(quote), quote), 1,
                   cue_lemma="say")
    sents = [Sentence(i, s.start_char, s.end_char, "body") for i, s in enumerate(doc.sents)]
    return extract(doc, Document(id="t", text=text, date=None), sents, FakeActors(text), [st])  # type: ignore[arg-type]


def test_quote_of_several_sentences_accuses_the_doer_once(nlp: Any) -> None:
    text = ("Kyiv's envoy spoke to the council on Monday. \u201cRussia shelled our grain port all night. "
            "Russia bombed the city again,\u201d he said.")
    quote = "Russia shelled our grain port all night. Russia bombed the city again,"
    evs = _quoted(nlp, text, quote, "said")
    acc = [e for e in evs if e.cameo == "112"]
    assert [(e.source.key, e.target.key, e.trigger.text) for e in acc] == [("UKR.GOV", "RUS", "said")]


def test_quoted_words_of_the_doers_own_side_are_no_accusation(nlp: Any) -> None:
    text = ("Moscow's envoy spoke to the council on Monday. \u201cRussia shelled the port all night. "
            "Russia will go on,\u201d he said.")
    quote = "Russia shelled the port all night. Russia will go on,"
    evs = _quoted(nlp, text, quote, "said", key="RUS.GOV")
    assert any(e.cameo[:2] == "19" for e in evs)
    assert [e for e in evs if e.cameo == "112"] == []


# --- a finite verb misread as a participle after a relative clause -------------------------------

def test_subject_before_a_relative_clause_keeps_its_verb(code_events: Run) -> None:
    evs = code_events("The United States and Britain, which pay for part of the mission, "
                      "called on the European Union to avoid any gap in security.")
    assert _sig(evs, "02") == [("GBR", "EU"), ("USA", "EU")]


# --- evaluative adjectives: the speaker judges the owner of what is judged ------------------------

def test_evaluative_adjective_is_the_speakers_criticism_of_the_doer(code_events: Run) -> None:
    evs = code_events("Tehran said on Sunday that the sanctions imposed by Washington were illegal.")
    crit = [e for e in evs if e.cameo[:2] == "11"]
    # coded on the saying verb: the judgement is the speaker's act, not a proposition someone holds
    assert [(e.source.key, e.target.key, e.cameo, e.status, e.trigger.text) for e in crit] == [
        ("IRN.GOV", "USA.GOV", "111", "asserted", "said")]


def test_coordinated_evaluative_adjectives_are_one_criticism(code_events: Run) -> None:
    evs = code_events("Beijing said Japan's decision was illegal and unfriendly.")
    crit = [e for e in evs if e.cameo[:2] == "11"]
    assert [(e.source.key, e.target.key, e.pattern) for e in crit] == [("CHN.GOV", "JPN", "judged:111:adj:illegal")]


def test_evaluative_adjective_without_a_speaker_is_no_event(code_events: Run) -> None:
    evs = code_events("Japan's decision was illegal, according to the commentary.")
    assert [e for e in evs if e.cameo[:2] == "11"] == []


# --- the party an embedded act is aimed at is the target of the warning -------------------------

def test_warning_targets_the_parties_of_the_embedded_act(code_events: Run) -> None:
    evs = code_events("Pyongyang warned on Monday that it would take strong countermeasures "
                      "against South Korea and the United States.")
    warn = [e for e in evs if e.trigger.text == "warned"]
    assert sorted((e.source.key, e.target.key if e.target else None) for e in warn) == [
        ("PRK.GOV", "KOR"), ("PRK.GOV", "USA")]


def test_judgement_inside_a_condemnation_is_not_a_second_criticism(code_events: Run) -> None:
    evs = code_events("Tehran condemned the new sanctions as illegal and unfriendly on Monday.")
    assert [e.trigger.text for e in evs if e.cameo[:2] == "11"] == ["condemned"]


# --- threats of a response, and strikes that are attacks ----------------------------------------

def test_promised_response_is_a_threat(code_events: Run) -> None:
    evs = code_events("Tehran promised a proportionate response to the new sanctions imposed by Washington.")
    assert [(e.source.key, e.cameo[:2]) for e in evs if e.trigger.text == "promised"] == [("IRN.GOV", "13")]


def test_strike_aimed_at_a_party_is_military_force(code_events: Run) -> None:
    evs = code_events("Tehran condemned the Israeli troops' strike on Syria on Monday.")
    assert [e.cameo for e in evs if e.trigger.text == "strike"] == ["190"]


def test_strike_over_pay_stays_a_walkout(code_events: Run) -> None:
    evs = code_events("Police in Pakistan said protesters began a strike on Monday over pay.")
    assert [e.cameo[:2] for e in evs if e.trigger.text == "strike"] == ["14"]


# --- "welcomed the decision": a definite act noun points back at the act last reported ----------

def test_anaphoric_decision_targets_the_doer_of_the_last_act(code_events: Run) -> None:
    evs = code_events("The European Union imposed sanctions on Iran on Monday. "
                      "Germany welcomed the decision on Tuesday. Tehran condemned the sanctions as hostile.")
    got = {e.trigger.text: e.target.key if e.target else None for e in evs}
    assert got["welcomed"] == "EU"
    assert got["condemned"] == "EU"


def test_act_noun_with_its_own_party_is_not_pointed_back(code_events: Run) -> None:
    evs = code_events("The European Union imposed sanctions on Iran on Monday. "
                      "Germany welcomed the Japanese decision on Tuesday.")
    got = [e.target.key if e.target else None for e in evs if e.trigger.text == "welcomed"]
    assert got != ["EU"]


def test_the_request_points_back_at_the_requester(code_events: Run) -> None:
    evs = code_events("Pakistan asked the European Union for emergency funds on Monday. "
                      "Japan sent tents to the region on Tuesday. "
                      "NATO said it would discuss the request next week.")
    assert [(e.source.key, e.target.key if e.target else None)
            for e in evs if e.trigger.text == "discuss"] == [("NATO", "PAK")]


# --- a government reporting an agentless summons or expulsion of a foreign envoy did it ----------

def test_reported_agentless_summons_is_the_reporters_act(code_events: Run) -> None:
    evs = code_events("Washington said the ambassador of Russia was summoned to the State Department on Wednesday.")
    assert [(e.source.key, e.cameo[:2]) for e in evs if e.trigger.text == "summoned"] == [("USA.GOV", "11")]


def test_agentless_summons_of_own_envoy_has_no_reporter_source(code_events: Run) -> None:
    evs = code_events("Washington said the ambassador of the United States was summoned to the ministry in Moscow.")
    assert [e for e in evs if e.trigger.text == "summoned" and e.source.key == "USA.GOV"] == []


# --- an agentless passive done at a named gathering ----------------------------------------------

def test_agentless_act_at_a_summit_is_the_gatherings(code_events: Run) -> None:
    evs = code_events("The new trade deal was signed at the NATO summit in Vilnius on Friday.")
    assert [e.source.key for e in evs if e.trigger.text == "signed"] == ["NATO"]


def test_agentless_act_at_a_place_has_no_forum_source(code_events: Run) -> None:
    evs = code_events("The new trade deal was signed in Brussels on Friday.")
    assert [e for e in evs if e.trigger.text == "signed"] == []


# --- a place name on the occasion of a clause is where, not who -----------------------------------

def test_place_named_on_an_occasion_is_not_its_doer(code_events: Run) -> None:
    evs = code_events("Germany and France agreed to keep talking after the Brussels meeting.")
    srcs = {e.source.key for e in evs if e.cameo[:2] in ("03", "04")}
    assert srcs == {"DEU", "FRA"}


def test_building_named_as_where_is_not_the_target(code_events: Run) -> None:
    evs = code_events("Police detained dozens of people after scuffles outside the NATO building.")
    assert [e.target.key if e.target else None for e in evs if e.trigger.text == "detained"] == [None]
