"""Status and attribution: reported speech, denial, intent, conditionals, negation."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from .conftest import one

Run = Callable[..., list[Any]]


def test_extract_factuality_denial_nests_denied_event(code_events: Run) -> None:
    evs = code_events("North Korea denied Washington's claims that Pyongyang is supplying weapons to Russia.")
    deny = one(evs, "01")
    assert (deny.cameo, deny.plover, deny.status) == ("016", "REJECT", "asserted")
    assert deny.target is not None and deny.target.key == "USA.GOV"
    aid = one(evs, "07")
    assert (aid.source.key, aid.status, aid.attributed_to) == ("PRK.GOV", "denied", "PRK")


def test_extract_factuality_claim_is_accusation_and_claimed_event(code_events: Run) -> None:
    evs = code_events("The United States claimed that North Korea had provided weapons to Russia.")
    acc = one(evs, "11")
    assert (acc.cameo, acc.source.key, acc.target.key) == ("112", "USA", "PRK")
    aid = one(evs, "07")
    assert (aid.source.key, aid.target.key, aid.status, aid.attributed_to) == ("PRK", "RUS", "claimed", "USA")


def test_extract_factuality_future_is_intended_and_intent_code(code_events: Run) -> None:
    ev = one(code_events("The United States said it will supply tanks to Ukraine."), "03")
    assert (ev.cameo, ev.plover, ev.status) == ("0332", "AGREE", "intended")


def test_extract_factuality_negation(code_events: Run) -> None:
    ev = one(code_events("Russia did not attack Ukraine on Sunday."), "19")
    assert ev.status == "negated"


def test_extract_factuality_conditional_is_hypothetical(code_events: Run) -> None:
    # a hostile act announced on a condition is CAMEO's threat (13), kept hypothetical
    ev = one(code_events("China would impose sanctions on Japan if the plan went ahead."), "13")
    assert ev.status == "hypothetical"
    assert (ev.cameo, ev.source.key, ev.target.key) == ("1312", "CHN", "JPN")


def test_extract_factuality_threat_folds_embedded_act(code_events: Run) -> None:
    evs = code_events("Russia threatened to attack Ukraine.")
    assert [e.cameo[:2] for e in evs] == ["13"]
    assert evs[0].cameo == "138"


def test_extract_factuality_quote_speaker_own_act_is_asserted(code_events: Run) -> None:
    evs = code_events('"We strongly condemn this attack on Ukraine," NATO said.')
    assert one(evs, "11").status == "asserted"


def _statuses(evs: list[Any], root: str) -> set[str]:
    return {e.status for e in evs if e.cameo[:2] == root}


def test_a_past_clause_of_time_under_an_intent_happened(code_events: Run) -> None:
    # "agreed to resume talks when their leaders met": the meeting took place; resuming is what is agreed
    evs = code_events("Israel and Turkey agreed to resume talks when Egypt hosted them in Cairo on Monday.")
    assert _statuses(evs, "04") == {"asserted"}
    assert "intended" in _statuses(evs, "03")


def test_a_past_clause_of_time_after_a_vow_is_not_vowed(code_events: Run) -> None:
    evs = code_events("Iran vowed to respond after Israel struck Syria.")
    assert _statuses(evs, "19") and "intended" not in _statuses(evs, "19")


def test_a_present_clause_of_time_under_an_intent_stays_unreal(code_events: Run) -> None:
    # "when Sudan asks": it has not happened; the pledge governs it
    evs = code_events("Egypt pledged to send aid when Sudan asks for it.")
    assert "asserted" not in _statuses(evs, "02")


def test_a_past_clause_of_time_inside_a_claim_stays_claimed(code_events: Run) -> None:
    evs = code_events("Washington said Iran vowed to respond after Israel struck Syria.")
    assert _statuses(evs, "19") == {"claimed"}


@pytest.mark.parametrize("text, doer, root", [
    ("Russia tried to stop Germany from supplying tanks to Ukraine.", "DEU", "07"),
    ("Russia plans to deter Poland from sending weapons to Ukraine.", "POL", "07"),
    ("Iran is seeking to prevent Turkey from imposing sanctions on Syria.", "TUR", "16"),
])
def test_extract_factuality_prevented_act_is_done_by_the_object(code_events: Run, text: str, doer: str,
                                                                  root: str) -> None:
    """"stop/deter/prevent X from doing": X is the doer; under someone else's plan the act keeps its own
    code (no intent code: X announced nothing) and is only hypothetical."""
    ev = one(code_events(text), root)
    assert ev.source.key == doer
    if "tried" not in text:
        assert ev.status == "hypothetical"


def test_extract_factuality_own_pledged_act_stays_intended(code_events: Run) -> None:
    """The doer's own pledge is still an announced act (intent code 03x)."""
    ev = one(code_events("Germany pledged to supply tanks to Ukraine."), "03")
    assert (ev.source.key, ev.status) == ("DEU", "intended")
    assert not [e for e in code_events("Germany pledged to supply tanks to Ukraine.") if e.cameo[:2] == "07"]


@pytest.mark.parametrize("second", [
    "No one was wounded, the governor said.",
    "Nobody was killed.",
    "No civilians were hurt in the village.",
])
def test_extract_factuality_nobody_harmed_is_no_attack(code_events: Run, second: str) -> None:
    """"No one was wounded" after an attack: nothing was done to anyone, so the attacker already named is
    not carried over to it (no second force event)."""
    evs = code_events("Russia shelled the border town on Monday. " + second)
    assert [e.cameo[:2] for e in evs if e.trigger.start > len("Russia shelled the border town on Monday.")
            and e.cameo[:2] == "18"] == []


def test_extract_factuality_harmed_people_keep_the_attacker(code_events: Run) -> None:
    evs = code_events("Russia shelled the border town on Monday. Two civilians were wounded.")
    assert one(evs, "18").source.key == "RUS"


@pytest.mark.parametrize("text, status", [
    ("No Israeli troops attacked Syria on Sunday.", "negated"),
    ("No Israeli troops have fired at Syria, Hamas said.", "denied"),
    ("Israeli troops attacked Syria on Sunday.", "asserted"),
])
def test_extract_factuality_no_subject_negates(code_events: Run, text: str, status: str) -> None:
    """"No troops attacked": the act is negated (denied when a speaker says so), not asserted."""
    ev = one(code_events(text), "19")
    assert (ev.source.key, ev.target.key, ev.status) == ("ISR.MIL", "SYR", status)


@pytest.mark.parametrize("text", [
    "Poland said NATO will hold talks with Germany before military exercises by Russia.",
    "Poland said the alliance will send more troops to Lithuania after military exercises by Russia.",
])
def test_extract_factuality_event_that_sets_the_time_is_not_reported(code_events: Run, text: str) -> None:
    """"ahead of / before the exercises": an event noun that only dates the reported act is not what the
    speaker claims, so it is no accusation of its doer either."""
    evs = code_events(text)
    assert one(evs, "15").status == "asserted"
    assert [e for e in evs if e.cameo[:2] == "11"] == []


def test_extract_factuality_reported_exercise_is_an_accusation(code_events: Run) -> None:
    evs = code_events("Poland said military exercises by Russia had begun.")
    assert (one(evs, "15").status, one(evs, "11").source.key, one(evs, "11").target.key) == (
        "claimed", "POL", "RUS")


@pytest.mark.parametrize("text", [
    "Baltic call. Polish President Andrzej Duda says his government will request extra NATO battalions "
    "ahead of a large Russian military exercise next month.",
    "Baltic call. Latvia's foreign minister said on Monday the country would ask the United States for air "
    "defence systems ahead of large Russian naval drills.",
])
def test_extract_factuality_reported_speech_does_not_claim_its_time_setting(analyze_text, text: str) -> None:
    """The same through the whole pipeline, where reported speech is a statement: the act that only dates
    the reported request ("ahead of the drills") is the article's, and no accusation of its doer."""
    a = analyze_text(text)
    shows = [e for e in a.events if e.cameo[:2] == "15"]
    assert shows and all(e.status == "asserted" for e in shows)
    assert [e for e in a.events if e.cameo[:2] == "11" and e.target is not None and e.target.key.startswith("RUS")] == []


# a decision is the act it decides: "decided to sanction" sanctions, it does not announce an intent (03x)
@pytest.mark.parametrize("text, root", [
    ("Japan decided to provide ten million dollars in aid to Egypt.", "07"),
    ("China has decided to sanction five American defense companies.", "16"),
    ("The Turkish government decided to allow the opposition to hold a rally in Ankara.", "08"),
    ("Poland decided on Monday to expel three Russian diplomats.", "17"),
])
def test_decided_act_is_asserted_with_its_own_code(analyze_text: Callable[..., Any], text: str, root: str) -> None:
    evs = [e for e in analyze_text(text).events if e.cameo[:2] == root]
    assert [e.status for e in evs] == ["asserted"]


def test_planned_act_stays_an_intent(analyze_text: Callable[..., Any]) -> None:
    evs = analyze_text("Japan plans to provide ten million dollars in aid to Egypt.").events
    assert [(e.cameo[:2], e.status) for e in evs] == [("03", "intended")]


@pytest.mark.parametrize("text, root", [
    ("Kenya to send 1,000 police officers to Haiti", "15"),    # a headline's "X to V"
    ("Japan to impose sanctions on Russian banks", "16"),
    ("Kenya is to send 1,000 police officers to Haiti.", "15"),  # "is to": a scheduled act
])
def test_an_act_announced_with_to_is_intended(analyze_text: Any, text: str, root: str) -> None:
    acts = [e for e in analyze_text(text).events if e.cameo[:2] == root]
    assert acts and all(e.status == "intended" for e in acts)


@pytest.mark.parametrize("text, root, status", [
    ("No talks were held between Serbia and Kosovo.", "04", "negated"),
    ("Kenya held no talks with Somalia.", "04", "negated"),
    ("Russia sent no troops to Mali.", "15", "negated"),
    ("No Turkish troops were sent to Syria, the ministry said.", "15", "denied"),
])
def test_an_act_whose_own_noun_is_negated_did_not_happen(analyze_text: Any, text: str, root: str,
                                                         status: str) -> None:
    """"no talks were held": the act is kept, negated (or denied by a speaker), not dropped as victimless."""
    acts = [e for e in analyze_text(text).events if e.cameo[:2] == root]
    assert acts and all(e.status == status for e in acts)


def test_an_act_on_no_one_is_still_no_event(analyze_text: Any) -> None:
    assert not [e for e in analyze_text("No one was wounded when Hamas fired rockets at Israel.").events
                if e.cameo[:2] == "18"]


@pytest.mark.parametrize("text, root, src, tgt", [
    ("Germany announced plans to send tanks to Ukraine.", "03", "DEU", "UKR"),
    ("Japan unveiled a plan to give aid to Egypt.", "03", "JPN", "EGY"),
    ("Poland has confirmed plans to deploy troops to Lithuania.", "15", "POL", None),
    ("Russia's plan to hold talks with China was announced on Monday.", "03", "RUS", "CHN"),
])
def test_extract_factuality_act_of_an_announced_plan_is_intended(code_events: Run, text: str, root: str, src: str,
                                                                 tgt: str | None) -> None:
    """"announced plans to send tanks": the infinitive of a plan noun is its holder's act (the subject of the
    verb that announces the plan, or the plan's possessor), announced and not done."""
    ev = one(code_events(text), root)
    assert ev.source.key == src and ev.status == "intended"
    if tgt is not None:
        assert ev.target is not None and ev.target.key == tgt


@pytest.mark.parametrize("text", [
    "Japan rejected plans to send troops to Iraq.",
    "Egypt welcomed the plan to send aid to Sudan.",
    "Turkey criticised plans to deploy warships near Syria.",
])
def test_extract_factuality_another_partys_plan_has_no_doer_from_the_verb(code_events: Run, text: str) -> None:
    """Rejecting or welcoming a plan does not make the subject its holder."""
    subj = text.split()[0]
    assert all(not (e.source.key.startswith({"Japan": "JPN", "Egypt": "EGY", "Turkey": "TUR"}[subj])
                    and e.trigger.text in ("send", "deploy")) for e in code_events(text))


@pytest.mark.parametrize("text, src, tgt", [
    ("Egypt made an attempt to mediate between Sudan and Syria.", "EGY", "SDN"),
    ("Turkey took the decision to expel the envoy of Syria.", "TUR", "SYR"),
    ("Poland has made a renewed bid to expel the ambassador of Russia.", "POL", "RUS"),
])
def test_extract_factuality_act_of_an_attempt_is_its_makers(code_events: Run, text: str, src: str,
                                                            tgt: str) -> None:
    """"made an attempt to mediate": the attempt's maker does the act; an attempt is no announcement."""
    evs = [e for e in code_events(text) if e.trigger.text in ("mediate", "expel")]
    assert evs and (evs[0].source.key, evs[0].target.key) == (src, tgt) and evs[0].status != "intended"
