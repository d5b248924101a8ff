"""Status and attribution: reported speech, denial, intent, conditionals, negation."""

from __future__ import annotations

from typing import Any, Callable

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
