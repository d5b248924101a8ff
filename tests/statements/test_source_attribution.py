"""Who said it: speakers after quotes, signed quotes, relative pronouns, transcripts, closing
attributions the parser misreads, and nested restatements."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.statements.cues import lexicon


def _said(analysis: Any) -> list[tuple[str | None, str | None, str, str]]:
    return [(s.speaker.text if s.speaker else None, s.speaker.name if s.speaker else None, s.cue.text, s.content.text)
            for s in analysis.statements]


def _by_content(analysis: Any, words: str) -> Any:
    found = [s for s in analysis.statements if words in s.content.text]
    assert found, _said(analysis)
    return found[0]


def test_subject_after_the_quote_speaks_even_when_the_parser_picks_a_word_inside_it(analyze_text: Any) -> None:
    a = analyze_text(
        "The mood was grim.\n\n"
        "\u201cThe committee is in crisis mode. Total crisis mode,\u201d said Marta Quillen, a veteran organiser "
        "of the regional teachers union.\n"
    )
    st = _by_content(a, "crisis mode")
    assert st.speaker is not None and st.speaker.text == "Marta Quillen", _said(a)
    assert st.kind == "direct"


def test_bare_attribution_after_a_question_quote(analyze_text: Any) -> None:
    text = (
        "The governor spoke after the vote.\n\n"
        "\u201cHow many more times must families wait for this bridge?\u201d Harlan said. "
        "\u201cThe money has been there for years.\u201d\n"
    )
    a = analyze_text(text)
    st = _by_content(a, "How many more times")
    assert st.speaker is not None and st.speaker.text == "Harlan", _said(a)
    assert any("The money has been there" in s.content.text for s in a.statements), _said(a)


def test_quote_followed_by_a_new_sentence_is_not_attributed_to_it(analyze_text: Any) -> None:
    a = analyze_text('The mayor was asked about the budget.\n\n"We are broke." The council said the audit would take months.\n')
    assert not any(s.content.text == "We are broke." for s in a.statements), _said(a)


def test_signed_quotes_take_the_name_after_the_dash(analyze_text: Any) -> None:
    text = (
        "Readers responded to the debate.\n\n"
        "\u201cHe never answered a single question about the budget. I expected more from both of them.\u201d \u2015 Teresa Villalobos\n"
        "\u201cThe moderators lost control of the stage within ten minutes.\u201d\u2015 Owen J. Marsh.\n"
    )
    a = analyze_text(text)
    first = _by_content(a, "never answered a single question")
    second = _by_content(a, "moderators lost control")
    assert first.speaker is not None and first.speaker.text == "Teresa Villalobos", _said(a)
    assert second.speaker is not None and second.speaker.text == "Owen J. Marsh", _said(a)
    assert first.kind == second.kind == "direct"


def test_dash_followed_by_running_text_is_no_signature(analyze_text: Any) -> None:
    a = analyze_text("The crowd waited.\n\n\u201cWe stay until they listen.\u201d \u2014 and then the rain came down on the square.\n")
    assert not any("We stay until" in s.content.text for s in a.statements), _said(a)


def test_relative_pronoun_is_the_speaker_mention_of_its_antecedent(analyze_text: Any) -> None:
    text = "The bill was backed by Senator Ellen Park, who said the program would pay for itself within a decade.\n"
    a = analyze_text(text)
    st = _by_content(a, "the program would pay for itself")
    assert st.speaker is not None
    assert text[st.speaker.start : st.speaker.end] == "who", _said(a)
    assert (st.speaker.name or "").endswith("Ellen Park")


def test_pronoun_restatement_inside_a_named_statement_is_reported_once(analyze_text: Any) -> None:
    a = analyze_text("Gordon Ames said he expects the council to approve the new budget before the summer recess.\n")
    assert [s.cue.text for s in a.statements] == ["said"], _said(a)
    assert a.statements[0].content.text.startswith("he expects the council")


def test_separate_speech_act_of_the_same_speaker_is_kept(analyze_text: Any) -> None:
    a = analyze_text(
        "Gordon Ames said he did not believe the delay hurt the project, arguing that the contractor was to blame.\n"
    )
    assert {"said", "arguing"} <= {s.cue.text for s in a.statements}, _said(a)


def test_evidence_verbs_report_a_that_clause(analyze_text: Any) -> None:
    a = analyze_text(
        "A new survey by the state university shows that most farmers expect lower harvests this year.\n\n"
        "An audit released in March found that the agency had lost track of its vehicles.\n"
    )
    cues = {s.cue.text for s in a.statements}
    assert {"shows", "found"} <= cues, _said(a)
    assert _by_content(a, "most farmers expect").speaker.text.endswith("survey")


def test_show_without_that_is_not_speech(analyze_text: Any) -> None:
    a = analyze_text("Photographs from the scene showed firefighters carrying children out of the building.\n")
    assert not any(s.cue.text == "showed" for s in a.statements), _said(a)
    cue = lexicon().verbs["show"]
    assert cue.that_only and cue.clause_only


def test_according_to_with_a_misparsed_clause_keeps_the_source_short(analyze_text: Any) -> None:
    a = analyze_text("According to radio host Dale Pruitt, the move reeks of panic and desperation.\n")
    st = next(s for s in a.statements if s.cue.text == "According to")
    assert st.speaker is not None and "Dale Pruitt" in st.speaker.text and "move" not in st.speaker.text, _said(a)
    assert st.content.text.startswith("the move reeks")


def test_closing_attribution_with_a_misread_verb(analyze_text: Any) -> None:
    a = analyze_text(
        "Secrecy is nothing new when it comes to the senator's finances, her former accountant maintains.\n\n"
        "People like Hollis, he said.\n"
    )
    st = _by_content(a, "Secrecy is nothing new")
    assert st.speaker is not None and st.speaker.text == "her former accountant", _said(a)
    assert st.cue.text == "maintains"
    assert _by_content(a, "People like Hollis").speaker.text == "he"


def test_closing_comma_clause_with_a_verb_is_not_a_speaker(analyze_text: Any) -> None:
    a = analyze_text("The plant closed in May, and workers were told.\n")
    assert not any(s.content.text.startswith("The plant closed") for s in a.statements), _said(a)


def test_transcript_labels_speak_their_lines(analyze_text: Any) -> None:
    text = (
        "Interview with the candidate.\n\n"
        "Senator Ruth Kellerman spoke with host Daniel Ortiz on Sunday.\n\n"
        "ORTIZ: Will you support the bill when it comes to the floor?\n\n"
        "KELLERMAN: Not in its current form. The funding formula punishes rural districts.\n\n"
        "UPDATE: The interview was recorded on Saturday.\n"
    )
    a = analyze_text(text)
    answer = _by_content(a, "Not in its current form")
    assert answer.speaker is not None and answer.speaker.text == "KELLERMAN", _said(a)
    assert answer.speaker.name == "Ruth Kellerman"
    assert "punishes rural districts" in answer.content.text
    assert not any("interview was recorded" in s.content.text and s.cue.text == ":" for s in a.statements), _said(a)


def test_headline_colon_with_an_uncoded_person(analyze_text: Any) -> None:
    a = analyze_text("Walter Brennan: Voters Are Tired of Both Parties\n\n"
                     "The race tightened this week as both campaigns spent heavily on television.\n")
    heads = [s for s in a.statements if s.cue.text == ":"]
    assert heads and heads[0].speaker is not None and heads[0].speaker.text == "Walter Brennan", _said(a)


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Okafor: Lagos Will Not Pay the Debt\n\nNigerian Finance Minister Ada Okafor said on Tuesday the loan terms "
         "were unfair.\n", "Okafor", "Ada Okafor"),
        ("Lindqvist: the fleet is ready.\n\nSwedish Defence Minister Maria Lindqvist told reporters in Stockholm that "
         "the navy had doubled its patrols.\n", "Lindqvist", "Maria Lindqvist"),
        ("Survey: Most Farmers Expect a Poor Harvest\n\nA survey of 2,000 growers found most expected lower yields.\n",
         "Survey", "Survey"),
    ],
)
def test_a_headline_label_that_is_a_surname_or_a_poll_speaks(analyze_text: Any, text: str, label: str,
                                                             name: str) -> None:
    a = analyze_text(text)
    heads = [s for s in a.statements if s.cue.text == ":"]
    assert heads and heads[0].speaker is not None and heads[0].speaker.text == label, _said(a)
    assert heads[0].speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: Lagos Will Not Pay the Debt\n\nNigerian Finance Minister Ada Okafor said the terms were unfair.\n",
        "Okafor: Lagos Will Not Pay the Debt\n\nThe finance ministry said the terms were unfair.\n",
    ],
)
def test_a_genre_label_or_an_unknown_surname_reports_nothing(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert not any(s.cue.text == ":" for s in a.statements), _said(a)


def test_issued_statement_speaks_for_its_issuer(analyze_text: Any) -> None:
    a = analyze_text("The city council issued a statement calling the ruling a setback for tenants.\n")
    st = next(s for s in a.statements if s.cue.text == "calling")
    assert st.speaker is not None and st.speaker.text == "The city council", _said(a)


def _reparsed(text: str, fix: Any) -> Any:
    """Analyse ``text`` after ``fix`` has rewritten parts of its parse: reproduces a parser error
    deterministically, whatever the model does with the sentence."""
    from tidings.nlp import load_model
    from tidings.pipeline import analyze_parsed
    from tidings.records import Document

    doc = load_model()(text)
    fix({t.text: t for t in doc})
    return analyze_parsed(Document(id="t", text=text), doc)


def test_name_between_quote_and_cue_with_a_misparsed_title() -> None:
    def misparse(w: dict[str, Any]) -> None:
        # the cue read as a conjunct of the quote's verb, the first word of the title as a verb
        w["get"].head, w["get"].dep_ = w["get"], "ROOT"
        w["said"].head, w["said"].dep_ = w["get"], "conj"
        w["Ortiz"].dep_ = "appos"
        w["Dayton"].pos_, w["Dayton"].dep_ = "VERB", "dep"

    text = ("The city opened an inquiry into the crash.\n"
            "\u201cWe will get answers for these families,\u201d Dayton fire Chief Lena Ortiz said Monday.\n")
    a = _reparsed(text, misparse)
    st = _by_content(a, "We will get answers")
    assert st.speaker is not None and "Ortiz" in st.speaker.text, _said(a)


def test_party_and_state_in_parentheses_do_not_hide_the_speaker(analyze_text: Any) -> None:
    a = analyze_text(
        "The vote was delayed again.\n\n"
        '"She would be a fine governor. Not good, great. One of the sharpest minds in the whole legislature," '
        "Rep. Aldo Brandt (D-Ohio) said in an interview.\n"
    )
    st = _by_content(a, "She would be a fine governor")
    assert st.speaker is not None and st.speaker.text.endswith("Aldo Brandt"), _said(a)


def test_attribution_ending_a_paragraph_with_a_colon_takes_the_next_quote(analyze_text: Any) -> None:
    a = analyze_text(
        "The pollster went through the numbers one by one. Fennimore continued:\n\n"
        '"The health issue is a partisan issue, but that does not account for numbers like these."\n'
    )
    st = _by_content(a, "The health issue is a partisan issue")
    assert st.speaker is not None and st.speaker.text == "Fennimore", _said(a)
    assert st.cue.text == "continued"


def test_paragraph_ending_in_a_colon_without_a_cue_attributes_nothing(analyze_text: Any) -> None:
    a = analyze_text("The protesters listed their demands:\n\n\"Release the footage and name the officers now.\"\n")
    assert not any("Release the footage" in s.content.text for s in a.statements), _said(a)


def test_reporting_verb_tagged_as_a_noun_before_that() -> None:
    def misparse(w: dict[str, Any]) -> None:
        w["insists"].pos_, w["insists"].tag_ = "NOUN", "NNS"

    a = _reparsed("The bill died in committee.\n\nOkafor insists that the governor's office never read the audit.\n", misparse)
    st = _by_content(a, "never read the audit")
    assert st.speaker is not None and st.speaker.text == "Okafor", _said(a)
    assert st.cue.text == "insists"


def test_double_quotes_typed_as_two_apostrophes() -> None:
    from tidings.statements.quotes import find_quotes

    text = "The mayor said, ''We think the budget is fine.'' Later: ''It's done,'' an aide said. It's the council's call."
    inner = [text[q.inner_start : q.inner_end] for q in find_quotes(text)]
    assert inner == ["We think the budget is fine.", "It's done,"]


def test_two_apostrophe_quote_is_attributed_and_its_verbs_are_not_speakers(analyze_text: Any) -> None:
    a = analyze_text(
        "The museum opened on Saturday.\n\n"
        "''I think the families will come back again and again,'' said Dora Whitfield, a volunteer guide.\n"
    )
    st = _by_content(a, "the families will come back")
    assert st.speaker is not None and st.speaker.text == "Dora Whitfield", _said(a)
    assert st.kind == "direct"
    assert not any(s.cue.text == "think" for s in a.statements), _said(a)


def test_according_to_closing_a_verbless_sentence_reports_the_rest(analyze_text: Any) -> None:
    a = analyze_text("The race tightened over the weekend.\n\nHarmon 46 percent, Lacey 42 percent, according to the university poll.\n")
    st = next(s for s in a.statements if s.cue.text == "according to")
    assert st.content.text == "Harmon 46 percent, Lacey 42 percent", _said(a)
    assert st.speaker is not None and st.speaker.text.endswith("university poll")


def test_according_to_with_the_source_misparsed_as_a_clause() -> None:
    def misparse(w: dict[str, Any]) -> None:
        # 'show insiders' read as a verb and its object, leaving 'to' without a noun
        w["insiders"].head, w["insiders"].dep_ = w["show"], "dobj"
        w["show"].head, w["show"].dep_, w["show"].pos_ = w["to"], "pcomp", "VERB"

    a = _reparsed("The series ran for six seasons.\n\nThe host routinely belittled the crew, according to show insiders.\n", misparse)
    st = next(s for s in a.statements if s.cue.text == "according to")
    assert st.speaker is not None and "insiders" in st.speaker.text, _said(a)
    assert st.content.text == "The host routinely belittled the crew"


def test_a_body_of_evidence_reports_a_clause_without_that(analyze_text: Any) -> None:
    a = analyze_text(
        "The race narrowed in October.\n\nThe latest state poll shows the governor leading by four points.\n\n"
        "Court records show he sold the land in 2009.\n"
    )
    st = _by_content(a, "the governor leading by four points")
    assert st.cue.text == "shows" and st.speaker is not None and st.speaker.text.endswith("poll"), _said(a)
    assert _by_content(a, "he sold the land").speaker.text == "Court records"
    assert "poll" in lexicon().evidence_sources and "photo" not in lexicon().evidence_sources


def test_rulings_and_suspicions_are_reported(analyze_text: Any) -> None:
    a = analyze_text(
        "The appeals court ruled that the county's voter purge broke federal law.\n\n"
        "Investigators suspect the fire was set on purpose.\n"
    )
    assert _by_content(a, "voter purge broke federal law").cue.text == "ruled", _said(a)
    assert _by_content(a, "the fire was set on purpose").cue.text == "suspect", _said(a)


def test_ruling_without_that_is_an_act(analyze_text: Any) -> None:
    a = analyze_text("The appeals court ruled in favour of the county on Friday.\n")
    assert not any(s.cue.text == "ruled" for s in a.statements), _said(a)


def test_phrasal_cue_with_a_day_between_verb_and_preposition(analyze_text: Any) -> None:
    a = analyze_text("State Attorney General Nadia Ferris called Friday for releasing the body camera footage.\n")
    st = next((s for s in a.statements if s.cue.text.startswith("called")), None)
    assert st is not None and st.cue.text == "called Friday for", _said(a)
    assert st.content.text == "releasing the body camera footage"


def test_institution_restating_its_own_view_is_reported_once(analyze_text: Any) -> None:
    a = analyze_text("The White House has said it believes the sanctions bill could invite retaliation abroad.\n")
    assert [s.cue.text for s in a.statements] == ["said"], _said(a)


def test_pronoun_of_another_person_inside_a_statement_is_kept(analyze_text: Any) -> None:
    a = analyze_text("She said he expects the council to approve the budget before the recess.\n")
    assert {"said", "expects"} <= {s.cue.text for s in a.statements}, _said(a)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Kenji Sato told a briefing that Japan condemns the launch.", "Kenji Sato", "Japan condemns the launch"),
        ("Defence Minister Ida Berg told a press conference that Oslo rejects the proposal.", "Ida Berg",
         "Oslo rejects the proposal"),
    ],
)
def test_that_clause_misread_as_a_relative_clause_on_the_addressee(analyze_text: Any, speaker: str, text: str,
                                                                  content: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, content)
    assert st.speaker is not None and st.speaker.name == speaker, _said(a)
    assert st.content.text == content  # the addressee is not part of what was said


def test_a_true_relative_clause_on_the_object_is_not_reported_speech(analyze_text: Any) -> None:
    a = analyze_text("The ministry issued a statement that Seoul rejected.")
    assert not any(s.content.text == "Seoul rejected" for s in a.statements), _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Philippine troops cleared the road on Monday. Colonel Ana Cruz said the rebels fled. \u201cThe road is open,\u201d "
         "Major General Ramon Duarte, Jr., the brigade commander, said.", "road is open"),
        ("Philippine troops cleared the road on Monday. Colonel Ana Cruz said the rebels fled. Major General Ramon "
         "Duarte, Jr., the brigade commander, said the road was open.", "road was open"),
    ],
)
def test_a_name_hung_on_a_suffix_is_the_speaker(analyze_text: Any, text: str, content: str) -> None:
    # the parser makes 'Jr.' the head of the subject: the person named before it speaks, not the last speaker
    a = analyze_text(text)
    st = _by_content(a, content)
    assert st.speaker is not None and "Duarte" in (st.speaker.name or ""), _said(a)


def test_a_possessor_is_not_the_speaker_of_its_spokeswoman(analyze_text: Any) -> None:
    a = analyze_text("Philippine officials met on Monday. Duarte\u2019s spokeswoman said the road was open.")
    st = _by_content(a, "road was open")
    assert st.speaker is not None and "Duarte" not in (st.speaker.name or ""), _said(a)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The new ad shows footage of Mayor Tom Reyes asking, \u201cWho will pay for this?\u201d", "Tom Reyes",
         "Who will pay for this?"),
        ("The agency published a letter from Kim Jong Un saying the talks were over.", "Kim Jong Un",
         "the talks were over"),
    ],
)
def test_a_speech_participle_right_after_a_name_is_that_persons(analyze_text: Any, text: str, speaker: str,
                                                                content: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, content)
    assert st.speaker is not None and speaker in (st.speaker.name or st.speaker.text), _said(a)


def test_a_participle_after_a_comma_keeps_the_clause_subject(analyze_text: Any) -> None:
    a = analyze_text("Police arrested Tom Berg on Friday, claiming he had fled the country.")
    st = _by_content(a, "he had fled")
    assert st.speaker is not None and st.speaker.text == "Police", _said(a)


@pytest.mark.parametrize(
    "text",
    [
        "Marsh spoke on Friday. Marsh says it underscores that the governor is \u201cunfit to lead the state.\u201d",
        "Senator Tom Reyes spoke on Monday. Reyes said it underscores that the board \u201clied to everyone.\u201d",
    ],
)
def test_a_quote_closing_a_clause_inside_another_report_is_the_outer_speakers(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    outer = [s for s in a.statements if s.speaker is not None and s.speaker.text in ("Marsh", "Reyes")]
    assert any(s.kind == "mixed" and "\u201c" in s.content.text for s in outer), _said(a)
    assert not any(s.kind == "direct" for s in a.statements), _said(a)  # not the inner verb's quote


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Chile, Peru, the UAE, and Egypt have cut diplomatic relations with Qatar, citing terrorism and flagrant "
         "violations of international law.", {"CHL", "PER", "ARE", "EGY"}),
        ("Norway, Kenya and Brazil withdrew their ambassadors from Caracas on Friday, citing the arrests of "
         "opposition leaders.", {"NOR", "KEN", "BRA"}),
    ],
)
def test_a_misparsed_list_of_parties_before_the_subject_speaks_with_it(analyze_text: Any, text: str,
                                                                        keys: set[str]) -> None:
    a = analyze_text(text)
    cited = [s for s in a.statements if s.cue.text == "citing"]
    assert {(s.speaker.key or "").split(".")[0] for s in cited if s.speaker is not None} == keys, _said(a)


def test_a_list_that_is_not_all_coded_parties_stays_one_speaker(analyze_text: Any) -> None:
    a = analyze_text("Protesters, police and Egypt said the march was peaceful.")
    said = [s for s in a.statements if "march was peaceful" in s.content.text]
    assert len(said) == 1, _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Lopez said after the meeting he would not accept the offer.", "he would not accept the offer"),
        ("The senator said after the hearing she would vote against the bill.", "she would vote against the bill"),
    ],
)
def test_a_that_less_clause_misread_as_adverbial_is_what_was_said(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    assert any(s.content.text == content for s in a.statements), _said(a)


def test_a_real_adverbial_clause_is_not_what_was_said(analyze_text: Any) -> None:
    a = analyze_text("The minister said when he arrived that the talks had collapsed.")
    assert not any(s.content.text.startswith("he arrived") for s in a.statements), _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He attacked the other candidates for accepting donations, which he said were tied to favors.",
         "were tied to favors"),
        ("The rebels seized two towns, which the army said were undefended.", "were undefended"),
    ],
)
def test_the_cue_inside_a_relative_clause_reports_the_rest_of_it(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    assert any(s.content.text == content for s in a.statements), _said(a)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("During a visit to the border Lopez said the wall would be finished by May.", "Lopez"),
        ("In an interview with the local radio station Governor Ana Ruiz said the bridge would reopen.", "Ruiz"),
    ],
)
def test_a_subject_swallowed_by_an_opening_phrase_without_comma_speaks(analyze_text: Any, text: str,
                                                                       speaker: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, "would")
    assert st.speaker is not None and speaker in (st.speaker.name or st.speaker.text), _said(a)


def test_an_opening_phrase_with_its_comma_keeps_the_parsed_subject(analyze_text: Any) -> None:
    a = analyze_text("In Paris on Monday, the French minister said the talks failed.")
    st = _by_content(a, "talks failed")
    assert st.speaker is not None and "minister" in st.speaker.text, _said(a)


@pytest.mark.parametrize(
    ("text", "content", "key", "words"),
    [
        ("Moscow vetoed a UN Security Council resolution on Friday. The resolution reaffirmed the territorial "
         "integrity of Georgia.", "territorial integrity of Georgia", "UN", "The resolution"),
        ("The Kenyan foreign ministry said in a statement that the envoy had been expelled. The statement added "
         "that the embassy would remain open.", "embassy would remain open", "KEN.GOV", "The statement"),
        ("The Chilean army issued a statement on Monday. Rebels attacked a village overnight. The statement said "
         "two soldiers died.", "two soldiers died", "CHL.MIL", "The statement"),
    ],
)
def test_a_definite_speech_noun_speaks_for_the_owner_of_the_one_named_before(analyze_text: Any, text: str, content: str,
                                                                             key: str, words: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, content)
    assert st.speaker is not None and st.speaker.key == key, _said(a)
    assert st.speaker.text == words  # the mention stays on this attribution's own words


def test_an_indefinite_speech_noun_is_no_earlier_ones(analyze_text: Any) -> None:
    a = analyze_text("The Chilean army issued a statement on Monday. Later a statement said the talks failed.")
    st = _by_content(a, "talks failed")
    assert st.speaker is not None and st.speaker.key != "CHL.MIL", _said(a)


def test_a_resolution_named_with_its_council_speaks_for_it(analyze_text: Any) -> None:
    a = analyze_text("Moscow vetoed a UN Security Council resolution that deplored the shelling of Tbilisi.")
    st = _by_content(a, "shelling of Tbilisi")
    assert st.speaker is not None and st.speaker.key == "UN", _said(a)


@pytest.mark.parametrize(
    ("text", "key", "name"),
    [
        ("Japanese Prime Minister Fumio Kishida ordered ministries to gather information, according to his office.",
         "JPN.GOV", "Fumio Kishida's office"),
        ("President Lula met the envoy on Monday. His spokesman said the talks went well.", "BRA.GOV",
         "Lula's spokesman"),
    ],
)
def test_a_speaker_named_by_a_pronoun_possessor_speaks_for_its_referent(analyze_text: Any, text: str, key: str,
                                                                       name: str) -> None:
    a = analyze_text(text)
    st = a.statements[-1]
    assert st.speaker is not None and (st.speaker.key, st.speaker.name) == (key, name), _said(a)


def test_a_possessors_critics_do_not_speak_for_it(analyze_text: Any) -> None:
    a = analyze_text("President Lula met the envoy on Monday. His critics said the talks were a failure.")
    st = _by_content(a, "talks were a failure")
    assert st.speaker is not None and st.speaker.key != "BRA.GOV", _said(a)


def test_a_speech_noun_chain_goes_back_past_an_unowned_definite_mention(analyze_text: Any) -> None:
    a = analyze_text("Moscow vetoed a UN Security Council resolution on Friday. Before the vote, the text of the draft "
                     "resolution was changed. The resolution reaffirmed the territorial integrity of Georgia.")
    st = _by_content(a, "territorial integrity of Georgia")
    assert st.speaker is not None and st.speaker.key == "UN", _said(a)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The Security Council issued a statement calling for calm.", "Security Council", "calm"),
        ("The Kenyan army released a communique on Friday demanding the return of the hostages.", "The Kenyan army",
         "the return of the hostages"),
    ],
)
def test_who_puts_out_a_text_speaks_for_it(analyze_text: Any, text: str, speaker: str, content: str) -> None:
    a = analyze_text(text)
    st = _by_content(a, content)
    assert st.speaker is not None and st.speaker.text == speaker, _said(a)


def test_an_object_text_of_another_verb_keeps_its_own_words(analyze_text: Any) -> None:
    a = analyze_text("The minister criticised a resolution demanding a ceasefire in Gaza.")
    assert not any(s.speaker is not None and s.speaker.text == "The minister" and "ceasefire" in s.content.text
                   and s.cue.text == "demanding" for s in a.statements), _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Foreign Minister Ana Lopez stressed the need to cooperate closely on trade.", "the need to cooperate closely on trade"),
        ("The Kenyan president emphasised the importance of the alliance.", "the importance of the alliance"),
        ("Lopez emphasized on Monday that the talks had failed.", "the talks had failed"),
    ],
)
def test_stressing_a_noun_reports_it(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    assert any(s.content.text == content for s in a.statements), _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Japan pledged $50 million for reconstruction on Monday.", "$50 million for reconstruction"),
        ("Secretary of State Marta Ruiz announced $1.2 billion in Spanish support for Haiti.",
         "$1.2 billion in Spanish support for Haiti"),
    ],
)
def test_an_announced_amount_is_what_was_announced(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    assert any(s.content.text == content for s in a.statements), _said(a)


def test_an_added_amount_is_not_a_statement(analyze_text: Any) -> None:
    a = analyze_text("Brazil added $172 million to the fund on Monday.")
    assert not a.statements, _said(a)


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Brazil's army chiefs said the drill would go ahead next week.", "drill", "BRA.MIL"),
        ("The Kenyan navy commanders said they had seized a ship off the coast.", "seized", "KEN.MIL"),
        ("Russia's air force generals claimed that the strikes had destroyed two depots.", "depots", "RUS.MIL"),
    ],
)
def test_an_uncoded_group_speaks_for_the_actor_its_modifiers_name(
    analyze_text: Any, text: str, words: str, key: str
) -> None:
    st = _by_content(analyze_text(text), words)
    assert st.speaker is not None and st.speaker.key == key, _said(analyze_text(text))


def test_a_group_without_a_coded_modifier_stays_uncoded(analyze_text: Any) -> None:
    a = analyze_text("His critics said the plan would fail within a year.")
    st = _by_content(a, "plan would fail")
    assert st.speaker is not None and st.speaker.key is None, _said(a)


@pytest.mark.parametrize(
    ("text", "words", "keys"),
    [
        ("South Africa, Kenya, the UAE, and Egypt said the summit would be postponed.", "summit",
         {"ZAF.GOV", "KEN.GOV", "ARE.GOV"}),
        ("South Africa, Kenya, the UAE, and Egypt have cut ties with Chad, citing terrorism and flagrant "
         "violation of the constitution.", "terrorism", {"ZAF.GOV", "KEN.GOV", "ARE.GOV", "EGY.GOV"}),
    ],
)
def test_a_list_of_states_misread_as_appositions_speaks_as_each_state(
    analyze_text: Any, text: str, words: str, keys: set[str]
) -> None:
    a = analyze_text(text)
    found = {s.speaker.key for s in a.statements if words in s.content.text and s.speaker is not None}
    assert keys <= found, _said(a)


def test_a_person_named_in_apposition_is_one_speaker(analyze_text: Any) -> None:
    a = analyze_text("Japan's prime minister, Fumio Kishida, and his cabinet said the launch was reckless.")
    found = [s for s in a.statements if "launch" in s.content.text]
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.key == "JPN.GOV", _said(a)


@pytest.mark.parametrize(
    "text, name, title, words",
    [
        ("\u201cThe talks are over. Nobody in this town trusts the other side,\u201d Delgado, a longtime union "
         "organiser, said Monday on Channel 9\u2019s \u201cMorning Desk.\u201d\n", "Delgado", "Desk", "The talks are over"),
        ("\u201cWe will win the district,\u201d Harris, the party\u2019s candidate, said on ABC\u2019s \u201cThis Week.\u201d\n",
         "Harris", "Week", "We will win the district"),
    ],
)
def test_a_show_title_in_quotes_after_the_cue_is_not_the_speaker(text: str, name: str, title: str, words: str) -> None:
    def misparse(w: dict[str, Any]) -> None:
        # the parser takes a word of the quoted show title for the cue's subject, the name for an apposition
        w[title].head, w[title].dep_ = w["said"], "nsubj"
        w[name].dep_ = "appos"

    a = _reparsed(text, misparse)
    st = _by_content(a, words)
    assert st.speaker is not None and st.speaker.text == name, _said(a)


def test_a_name_set_off_before_an_apposition_speaks_the_quote() -> None:
    def misparse(w: dict[str, Any]) -> None:
        # no subject on the cue at all: the name and its apposition hang on the quote's last noun
        w["Okafor"].head, w["Okafor"].dep_ = w["May"], "appos"

    a = _reparsed("\u201cThe bridge will reopen in May,\u201d Okafor, the transport chief, said.\n", misparse)
    st = _by_content(a, "The bridge will reopen")
    assert st.speaker is not None and st.speaker.text == "Okafor", _said(a)


@pytest.mark.parametrize(
    "text, words",
    [
        ('Senator Dana Whitfield scolded the banker: "Your customers were robbed in broad daylight," she said.\n',
         "Your customers were robbed in broad daylight,"),
        ('The French foreign minister was blunt about the talks: "The sanctions will stay," he said.\n',
         "The sanctions will stay,"),
        ("The coach had one message for his players after the loss: \u201cNobody leaves early tomorrow,\u201d he said.\n",
         "Nobody leaves early tomorrow,"),
    ],
)
def test_words_before_a_colon_introduce_the_quote_and_are_not_said(analyze_text: Any, text: str, words: str) -> None:
    a = analyze_text(text)
    found = [s for s in a.statements if s.cue.text == "said"]
    assert found and found[0].content.text == words and found[0].kind == "direct", _said(a)


@pytest.mark.parametrize(
    "text, speaker, content",
    [
        ("Gunfire erupted and a shell exploded near the trucks, Hassan said, and the drivers turned back.\n", "Hassan",
         "Gunfire erupted and a shell exploded near the trucks"),
        ("The talks stalled and the delegates went home, a diplomat said.\n", "a diplomat",
         "The talks stalled and the delegates went home"),
        ("The river rose overnight and two bridges collapsed, the mayor said on Friday.\n", "the mayor",
         "The river rose overnight and two bridges collapsed"),
    ],
)
def test_a_parenthetical_attribution_after_coordinated_clauses_reports_both(analyze_text: Any, text: str, speaker: str,
                                                                          content: str) -> None:
    a = analyze_text(text)
    found = [s for s in a.statements if s.cue.text == "said"]
    assert found and found[0].speaker is not None and found[0].speaker.text == speaker, _said(a)
    assert found[0].content.text == content, _said(a)
