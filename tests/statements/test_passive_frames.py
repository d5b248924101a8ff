"""'X was quoted as saying', 'X was reported to have said': the passive subject is the speaker."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, speaker, cue, kind, words",
    [
        ("“Without aid, others will fill the gap,” Australian Foreign Minister Penny Wong was quoted as saying.",
         "Penny Wong", "saying", "direct", "Without aid"),
        ("“We will hold the line,” Ukrainian commander Oleksandr Syrskyi was quoted as telling troops.",
         "Oleksandr Syrskyi", "telling", "direct", "We will hold"),
        ("Turkish President Recep Tayyip Erdogan was reported to have said that Ankara would veto the bid.",
         "Recep Tayyip Erdogan", "said", "indirect", "Ankara would veto"),
        ("“The gas will keep flowing,” Hungarian Prime Minister Viktor Orban was reported to have told the radio.",
         "Viktor Orban", "told", "direct", "The gas will keep"),
    ],
)
def test_the_passive_subject_of_a_framing_verb_speaks(analyze_text, text, speaker, cue, kind, words) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.content.text.startswith(words)), None)
    assert st is not None, [(s.cue.text, s.content.text) for s in a.statements]
    assert st.speaker is not None and st.speaker.name == speaker
    assert (st.cue.text, st.kind) == (cue, kind)


def test_an_impersonal_passive_names_no_speaker(analyze_text) -> None:
    a = analyze_text("It was reported that the ministry would close its office in the capital.")
    assert not any(s.speaker is not None and s.speaker.text.lower() == "it" for s in a.statements)


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("The newspaper quoted the defence minister as saying the talks had failed.", "the defence minister",
         "the talks had failed"),
        ("State television quoted two senior officials as saying that the border would reopen.",
         "two senior officials", "the border would reopen"),
        ("The agency cited the general as saying troops would stay until May.", "the general", "troops would stay"),
    ],
)
def test_the_object_of_an_active_framing_verb_speaks(analyze_text, text, speaker, words) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.content.text.startswith(words)), None)
    assert st is not None, [(s.cue.text, s.content.text) for s in a.statements]
    assert st.speaker is not None and st.speaker.text == speaker, st.speaker
    # the person quoted or cited is the source of the words, not what was said
    assert not any(s.cue.text in ("quoted", "cited") for s in a.statements)


def test_a_framing_verb_with_a_thing_for_its_object_reports_the_thing(analyze_text) -> None:
    a = analyze_text("The minister cited Article 51 of the UN Charter. Clinton cited comments her rival had made.")
    assert [s.cue.text for s in a.statements] == ["cited", "cited"], [(s.cue.text, s.content.text) for s in a.statements]
