"""Attribution mechanisms: relayed speech, coordinated speakers, continued quotes, directive and quote-only cues."""

from __future__ import annotations

from typing import Any

import pytest

from tidings.statements.cues import is_directive, lexicon


def _said(analysis: Any) -> list[tuple[str | None, str, str]]:
    return [(s.speaker.key if s.speaker else None, s.cue.text, s.content.text) for s in analysis.statements]


def test_speech_reported_inside_another_speakers_clause_is_not_its_own_statement(analyze_text: Any) -> None:
    a = analyze_text("The Egyptian Foreign Ministry said Ethiopia had again rejected a proposal for African Union mediation.\n")
    cues = [s.cue.text for s in a.statements]
    assert cues == ["said"], _said(a)
    assert a.statements[0].content.text.startswith("Ethiopia had again rejected")


def test_speech_act_in_parenthetical_report_belongs_to_the_reporter(analyze_text: Any) -> None:
    a = analyze_text("Serbia also dismissed a Croatian offer to reopen the border crossing, Russia's foreign ministry said.\n")
    assert [s.cue.text for s in a.statements] == ["said"], _said(a)


def test_same_speaker_nested_cue_is_kept(analyze_text: Any) -> None:
    a = analyze_text(
        "The Foreign Office said the ambassador had been summoned over what it described as an unjustified expulsion.\n"
    )
    assert {"said", "described"} <= {s.cue.text for s in a.statements}, _said(a)


def test_coordinated_named_speakers_each_get_the_statement(analyze_text: Any) -> None:
    a = analyze_text("Both Beijing and Moscow rejected the accusation on Tuesday.\n")
    rejected = [s for s in a.statements if s.cue.text == "rejected"]
    assert {s.speaker.key.split(".")[0] for s in rejected} == {"CHN", "RUS"}, _said(a)
    assert all(s.content.text == "the accusation" and s.stance == "denies" for s in rejected)


def test_coordinated_description_stays_one_speaker(analyze_text: Any) -> None:
    a = analyze_text("Local media and aid workers said at least 40 houses had been burned in the raid.\n")
    said = [s for s in a.statements if s.cue.text == "said"]
    assert len(said) == 1, _said(a)


def test_called_on_content_is_addressee_and_request(analyze_text: Any) -> None:
    a = analyze_text("The State Department called on Caracas to release the detained opposition figures immediately.\n")
    st = next(s for s in a.statements if s.cue.text == "called on")
    assert st.content.text == "Caracas to release the detained opposition figures immediately"
    assert st.speaker is not None and st.speaker.key == "USA.GOV"


def test_directive_cues_are_marked_in_the_lexicon() -> None:
    assert is_directive("urge") and is_directive("call on") and is_directive("demand")
    assert not is_directive("say") and not is_directive("deny") and not is_directive("unknown-cue")


def test_quote_standing_after_an_attribution_continues_it(analyze_text: Any) -> None:
    text = (
        '"This is a dangerous escalation," the spokesman for the Chinese embassy warned. '
        '"If Manila keeps sending vessels into these waters, it must bear all the consequences."\n'
    )
    a = analyze_text(text)
    contents = {s.content.text: s for s in a.statements}
    follow = "If Manila keeps sending vessels into these waters, it must bear all the consequences."
    assert follow in contents, _said(a)
    assert contents[follow].kind == "direct"
    assert contents[follow].speaker.key == contents["This is a dangerous escalation,"].speaker.key


def test_quote_after_narration_is_not_continued(analyze_text: Any) -> None:
    text = (
        '"We are ready to talk," the minister said. Talks resumed on Friday in Doha. '
        '"Nobody expects a breakthrough this week in the capital."\n'
    )
    a = analyze_text(text)
    assert all(not s.content.text.startswith("Nobody expects") for s in a.statements), _said(a)


def test_continued_is_a_cue_only_next_to_a_quote(analyze_text: Any) -> None:
    quoted = analyze_text('"The inspectors have not had access to the site for two years," he continued.\n')
    assert any(s.cue.text == "continued" and s.kind == "direct" for s in quoted.statements), _said(quoted)
    narrated = analyze_text("Rebel fighters continued to shell the northern districts of the city on Sunday.\n")
    assert not narrated.statements, _said(narrated)
    assert lexicon().verbs["continue"].quote_only


def test_sentence_final_quote_does_not_take_the_next_sentences_verb(analyze_text: Any) -> None:
    text = (
        'Opposition channels claimed that the army had "bombed a hospital in the north." '
        "These reports were rejected by the defence ministry.\n"
    )
    a = analyze_text(text)
    rejected = [s for s in a.statements if s.cue.text == "rejected"]
    assert [s.content.text for s in rejected] == ["These reports"], _said(a)


def test_restating_ones_own_position_asserts_it() -> None:
    verbs = lexicon().verbs
    assert verbs["reiterate"].stance == "asserts" and verbs["reaffirm"].stance == "asserts"
    assert verbs["cite"].stance == "repeats" and verbs["quote"].stance == "repeats"


def test_call_for_content_is_what_is_called_for(analyze_text: Any) -> None:
    a = analyze_text("Regional envoys call for restraint as clashes spread along the frontier.\n")
    st = next(s for s in a.statements if s.cue.text == "call for")
    assert st.content.text == "restraint"


def test_agree_to_act_is_not_speech_but_agree_that_is(analyze_text: Any) -> None:
    act = analyze_text("The two presidents agreed to meet again in Nairobi before the end of the year.\n")
    assert not [s for s in act.statements if s.cue.text == "agreed"], _said(act)
    said = analyze_text("The two presidents agreed that the border talks had been constructive.\n")
    st = next(s for s in said.statements if s.cue.text == "agreed")
    assert st.content.text == "the border talks had been constructive"


def test_asking_not_to_be_named_is_not_a_statement(analyze_text: Any) -> None:
    a = analyze_text("A senior diplomat, who asked not to be named, said the vote had been postponed.\n")
    assert [s.cue.text for s in a.statements] == ["said"], _said(a)


def test_told_addressee_is_not_content(analyze_text: Any) -> None:
    a = analyze_text("The deputy minister told state television that Minsk could close the border crossings.\n")
    st = next(s for s in a.statements if s.cue.text == "told")
    assert st.content.text == "Minsk could close the border crossings"


def test_attribution_closing_a_sentence_after_a_participle(analyze_text: Any) -> None:
    text = "Gunmen stormed a police post near Mopti on Friday, killing at least five officers, a local official told reporters.\n"
    a = analyze_text(text)
    st = next(s for s in a.statements if s.cue.text == "told")
    assert st.content.text.startswith("Gunmen stormed a police post near Mopti")
    assert st.speaker is not None and st.speaker.text == "a local official"


def test_speaker_misparsed_as_apposition_after_an_opening_phrase(analyze_text: Any) -> None:
    text = 'In a statement carried by the state agency Xinhua, the Chinese Defence Ministry said the patrols were "routine".\n'
    a = analyze_text(text)
    st = next(s for s in a.statements if s.cue.text == "said")
    assert st.speaker is not None and "Defence Ministry" in st.speaker.text
    assert st.kind == "mixed" and st.content.text.startswith("the patrols were")


def test_claiming_after_a_preposition_is_said_by_the_clause_subject(analyze_text: Any) -> None:
    a = analyze_text("Lithuania summoned the Belarusian envoy after claiming that two helicopters had entered its airspace.\n")
    st = next(s for s in a.statements if s.cue.text == "claiming")
    assert st.speaker is not None and st.speaker.key is not None and st.speaker.key.startswith("LTU")
    assert st.content.text == "two helicopters had entered its airspace"


def test_denial_keeps_the_statement_it_denies(analyze_text: Any) -> None:
    a = analyze_text("Kyiv accuses Minsk of hosting Russian missile units, Belarus denies.\n")
    cues = {s.cue.text for s in a.statements}
    assert {"accuses", "denies"} <= cues, _said(a)


def test_unnamed_dek_speaker_takes_the_name_of_the_person_quoted_with_the_same_words(analyze_text: Any) -> None:
    text = (
        'Pyongyang rejects sanctions report\n'
        'A North Korean official calls the report "a fabrication aimed at isolating our country."\n'
        "Ri Son Gwon, head of the United Front Department, spoke to state media on Monday.\n"
        'Ri called the report "a fabrication aimed at isolating our country."\n'
    )
    a = analyze_text(text)
    calls = [s for s in a.statements if s.cue.text == "calls"]
    assert calls and calls[0].speaker is not None and calls[0].speaker.name is not None, _said(a)
    assert "Ri" in calls[0].speaker.name.split()


def test_per_closing_a_sentence_attributes_the_sentence(analyze_text: Any) -> None:
    a = analyze_text("At least twelve people died in the floods in Kasai province on Sunday, per Reuters.\n")
    st = next(s for s in a.statements if s.cue.text == "per")
    assert st.content.text == "At least twelve people died in the floods in Kasai province on Sunday"
    assert st.speaker is not None and st.speaker.text == "Reuters"


def test_according_to_a_translation_is_not_a_source(analyze_text: Any) -> None:
    text = '"We demand an immediate end to the raids," tweeted the Bolivian ombudsman on Friday, according to a translation.\n'
    a = analyze_text(text)
    assert not [s for s in a.statements if s.cue.text.lower() == "according to"], _said(a)
    st = next(s for s in a.statements if s.cue.text == "tweeted")
    assert st.kind == "direct" and "ombudsman" in st.speaker.text


def test_particle_verbs_are_not_speech(analyze_text: Any) -> None:
    a = analyze_text("The talks were called off in March by the interim president, who later called up reservists.\n")
    assert not a.statements, _said(a)


def test_charging_someone_with_a_crime_is_not_a_statement_but_charging_that_is(analyze_text: Any) -> None:
    legal = analyze_text("Police in Minsk charged eleven activists with mass rioting on Tuesday.\n")
    assert not legal.statements, _said(legal)
    said = analyze_text("Opposition leaders charged that the election had been rigged in several regions.\n")
    assert [s.content.text for s in said.statements] == ["the election had been rigged in several regions"]


def test_finite_verb_misread_as_modifier_of_the_subject(analyze_text: Any) -> None:
    a = analyze_text("Boric, who took office in March, called for calm after the clashes in Temuco.\n")
    st = next(s for s in a.statements if s.cue.text == "called for")
    assert st.speaker is not None and st.speaker.text == "Boric"
    assert st.content.text.startswith("calm")


def test_quote_continues_after_a_longer_attribution_sentence(analyze_text: Any) -> None:
    text = (
        '"These are difficult days for the families," the mayor told reporters outside the town hall.\n\n'
        '"We will rebuild every house that the storm destroyed."\n'
    )
    a = analyze_text(text)
    follow = [s for s in a.statements if s.content.text.startswith("We will rebuild")]
    assert follow and follow[0].cue.text == "told" and follow[0].speaker.text == "the mayor", _said(a)


def test_headline_country_speaker_is_the_person_quoted_first_in_the_body(analyze_text: Any) -> None:
    text = (
        "Turkey warns of response if Greece arms eastern islands\n\n"
        "Ankara will respond to any deployment of weapons on the islands, Turkish Defence Minister "
        "Yasar Guler said on Tuesday.\n\n"
        "Greece says the deployments are defensive.\n"
    )
    a = analyze_text(text)
    head = next(s for s in a.statements if s.cue.text == "warns")
    assert head.speaker is not None and head.speaker.name is not None and "Guler" in head.speaker.name, _said(a)
    assert head.speaker.text == "Turkey"  # the words of the headline stay where they are
    says = next(s for s in a.statements if s.cue.text == "says")
    assert says.speaker is not None and says.speaker.key is not None and says.speaker.key.startswith("GRC")


def test_calling_a_report_baseless_denies_it(analyze_text: Any) -> None:
    a = analyze_text("Kenya's interior minister called the reports of secret deportations baseless.\n")
    st = next(s for s in a.statements if s.cue.text == "called")
    assert st.stance == "denies"
    plain = analyze_text("The minister called the agreement a historic step for the region.\n")
    assert all(s.stance == "asserts" for s in plain.statements), _said(plain)


def test_quote_closing_a_reported_clause_makes_a_mixed_statement(analyze_text: Any) -> None:
    text = 'The two leaders will meet again in Geneva "before the end of the year," the UN envoy said.\n'
    a = analyze_text(text)
    st = next(s for s in a.statements if s.cue.text == "said")
    assert st.kind == "mixed"
    assert st.content.text == 'The two leaders will meet again in Geneva "before the end of the year,"'


def test_a_state_speaker_is_named_by_its_words(analyze_text) -> None:
    a = analyze_text("Saudi Arabia said it had severed ties with Iran. The Kremlin said the move was regrettable.")
    names = {s.speaker.name for s in a.statements if s.speaker is not None}
    assert {"Saudi Arabia", "Kremlin"} <= names


@pytest.mark.parametrize(
    ("text", "speaker", "start"),
    [
        ("The senator had mocked the plan, saying anyone who complains about the budget “is not paying attention.”\n",
         "The senator", "anyone who complains"),
        ("The mayor dismissed the protest, saying that people who argue about taxes “have never run a city.”\n",
         "The mayor", "people who argue"),
        ("Tokyo's envoy rejects the report, saying diplomats who complain about the talks “will be disappointed.”\n",
         "JPN.GOV", "diplomats who complain"),
    ],
)
def test_cue_in_relative_clause_on_the_quotes_subject_does_not_own_the_quote(
    analyze_text: Any, text: str, speaker: str, start: str
) -> None:
    a = analyze_text(text)
    quoted = [s for s in a.statements if start in s.content.text]
    assert quoted, _said(a)
    assert all(s.speaker is not None and speaker in (s.speaker.name, s.speaker.key) and s.kind == "mixed" for s in quoted), _said(a)


def test_cue_in_relative_clause_still_owns_the_quote_it_governs(analyze_text: Any) -> None:
    a = analyze_text("The minister, who warned “we will not back down,” left the meeting early.\n")
    st = next(s for s in a.statements if s.content.text.startswith("we will not back down"))
    assert st.speaker is not None and st.speaker.name == "The minister" and st.kind == "direct", _said(a)


@pytest.mark.parametrize(
    ("text", "key", "content"),
    [
        ("The foreign minister mentioned recent border clashes as evidence of Delhi's hostility.\n",
         "IND.GOV", "recent border clashes as evidence of Delhi's hostility"),
        ("Moscow has repeatedly mentioned the NATO exercises in its complaints.\n", "RUS.GOV", "the NATO exercises"),
        ("Tokyo mentioned the abductions again on Friday.\n", "JPN", "the abductions"),
    ],
)
def test_mention_reports_its_bare_object(analyze_text: Any, text: str, key: str, content: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == "mention"]
    assert st and st[0].content.text == content, _said(a)
    assert st[0].speaker is not None and (st[0].speaker.key or "").startswith(key.split(".")[0]), _said(a)


def test_mention_without_a_speaker_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("The border dispute was mentioned only once in the final communique.\n")
    assert not [s for s in a.statements if s.cue_lemma == "mention"], _said(a)


@pytest.mark.parametrize(
    "text",
    [
        "To a degree, all agreed that the new tariff would hurt farmers in the north. ''There is a lot of new risk,'' said Mr. Dawson.\n",
        "Most envoys now accept that the truce has collapsed in the east. “We have run out of time,” the mediator said.\n",
        "The ministry insisted the vote had been fair across the region! “Nobody was turned away,” a spokeswoman added.\n",
    ],
)
def test_quote_after_a_full_stop_is_not_the_end_of_the_clause_before_it(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    quote = [s for s in a.statements if s.cue.text in ("said", "added")]
    assert len(quote) == 1 and quote[0].kind == "direct", _said(a)
    assert quote[0].content.text.rstrip(",") in ("There is a lot of new risk", "We have run out of time", "Nobody was turned away")


def test_quote_closing_a_longer_clause_is_still_mixed(analyze_text: Any) -> None:
    a = analyze_text("Both delegations will return to Geneva “before the winter sets in,” the envoy said.\n")
    st = next(s for s in a.statements if s.cue.text == "said")
    assert st.kind == "mixed" and st.content.text.startswith("Both delegations will return"), _said(a)


@pytest.mark.parametrize(
    ("text", "key", "content"),
    [
        ("The prime minister wants to double the defence budget by 2030.\n", "", "to double the defence budget by 2030"),
        ("Beijing wanted to delay the vote until the spring.\n", "CHN", "to delay the vote until the spring"),
        ("The rebels want the capital to hold new elections.\n", "", "the capital to hold new elections"),
    ],
)
def test_want_reports_the_wish_as_a_request(analyze_text: Any, text: str, key: str, content: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == "want"]
    assert st and st[0].content.text == content, _said(a)
    assert st[0].speaker is not None and (st[0].speaker.key or "").startswith(key), _said(a)
    assert is_directive("want")


def test_want_with_a_bare_object_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("Kyiv wants more air defence systems before the winter.\n")
    assert not [s for s in a.statements if s.cue_lemma == "want"], _said(a)


@pytest.mark.parametrize(
    ("text", "key", "start"),
    [
        ("Beijing pointed to the American arms sales as the cause of the crisis.\n", "CHN", "to the American arms sales"),
        ("The senator has pointed to reports that the general lied.\n", "", "to reports that the general lied"),
        ("Turkish officials point to the refugee numbers on the border.\n", "TUR", "to the refugee numbers"),
    ],
)
def test_point_to_reports_what_it_points_to(analyze_text: Any, text: str, key: str, start: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == "point"]
    assert st and st[0].content.text.startswith(start), _said(a)
    assert st[0].speaker is not None and (st[0].speaker.key or "").startswith(key), _said(a)


def test_pointing_at_a_place_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("The soldier pointed at the hills and then pointed the rifle toward the road.\n")
    assert not [s for s in a.statements if s.cue_lemma == "point"], _said(a)


@pytest.mark.parametrize(
    ("text", "lemma", "start"),
    [
        ("The ministry complained about the delays at the border.\n", "complain", "about the delays"),
        ("The president has bragged about his record on jobs.\n", "brag", "about his record"),
        ("Moscow boasts about its new missiles.\n", "boast", "about its new missiles"),
    ],
)
def test_complaint_or_boast_about_reports_its_topic(analyze_text: Any, text: str, lemma: str, start: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == lemma]
    assert st and st[0].content.text.startswith(start), _said(a)
    assert st[0].speaker is not None, _said(a)


def test_complaint_with_no_topic_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("The farmers complained for hours outside the ministry.\n")
    assert not [s for s in a.statements if s.cue_lemma == "complain"], _said(a)


@pytest.mark.parametrize(
    ("text", "lemma", "start"),
    [
        ("The minister spoke about the need for reform.\n", "speak", "about the need for reform"),
        ("The leaders talked about trade for an hour.\n", "talk", "about trade"),
        ("Seoul's envoy will speak about the sanctions on Monday.\n", "speak", "about the sanctions"),
    ],
)
def test_speaking_about_reports_its_topic(analyze_text: Any, text: str, lemma: str, start: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == lemma]
    assert st and st[0].content.text.startswith(start), _said(a)


@pytest.mark.parametrize(
    "text",
    ["The minister spoke at the conference in Vienna.\n", "The two presidents will talk by phone on Friday.\n"],
)
def test_speaking_without_a_topic_is_no_statement(analyze_text: Any, text: str) -> None:
    a = analyze_text(text)
    assert not [s for s in a.statements if s.cue_lemma in ("speak", "talk")], _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The chancellor laid out her plans for the energy transition.\n", "her plans for the energy transition"),
        ("Tehran lays out its conditions for a new deal.\n", "its conditions for a new deal"),
        ("The envoy will lay out the proposal to the council.\n", "the proposal"),
    ],
)
def test_lay_out_reports_its_object(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == "lay out"]
    assert st and st[0].content.text == content, _said(a)


def test_laying_out_a_thing_without_a_speaker_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("The tents were laid out along the river before the storm.\n")
    assert not [s for s in a.statements if s.cue_lemma == "lay out"], _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The president encouraged voters to stay calm.\n", "voters to stay calm"),
        ("Berlin encouraged its allies to raise defence spending.\n", "its allies to raise defence spending"),
        ("The UN envoy is encouraging both sides to return to the talks.\n", "both sides to return to the talks"),
    ],
)
def test_encourage_reports_a_request(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    st = [s for s in a.statements if s.cue_lemma == "encourage"]
    assert st and st[0].content.text == content and st[0].speaker is not None, _said(a)
    assert is_directive("encourage")


def test_a_thing_that_encourages_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("The new law encourages investment in the north.\n")
    assert not [s for s in a.statements if s.cue_lemma == "encourage"], _said(a)


@pytest.mark.parametrize(
    ("text", "inner", "key"),
    [
        ("Tensions with the state of Chad have grown for months. Niger said it was expelling Chad's envoy, "
         "the state news agency reported.", "expelling", "NER.GOV"),
        ("Chad has denied backing the rebels. Sudan said it was closing the border, the state news agency said.",
         "closing the border", "SDN.GOV"),
    ],
)
def test_an_outlet_named_by_a_media_word_keeps_the_statement_it_relays(
    analyze_text: Any, text: str, inner: str, key: str
) -> None:
    a = analyze_text(text)
    found = [s for s in a.statements if s.content.text.startswith("it was " + inner.split()[0])]
    assert found and found[0].speaker is not None and found[0].speaker.key == key, _said(a)


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("The governor said the unions are to blame for chanting \u201cno deal, no work.\u201d", "said", "blame"),
        ("The mayor told reporters the council had decided to describe the budget as \u201ca disgrace.\u201d",
         "told", "describe"),
        ("Our correspondent reported that the rebels had begun to call the truce \u201ca trap.\u201d", "reported", "call"),
    ],
)
def test_a_quote_deep_inside_another_speakers_clause_is_the_outer_speakers_too(
        analyze_text: Any, text: str, outer: str, inner: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.cue.text == outer), None)
    assert st is not None and st.kind == "mixed" and "\u201c" in st.content.text, _said(a)
    assert not any(s.cue.text == inner and s.kind == "direct" for s in a.statements), _said(a)


def test_a_quote_whose_cue_stands_alone_stays_direct(analyze_text: Any) -> None:
    a = analyze_text("The governor warned on Friday: \u201cWe will not back down.\u201d")
    assert [(s.cue.text, s.kind) for s in a.statements] == [("warned", "direct")], _said(a)


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        ("During her two terms, the governor said, most voters have come to believe \u201cthat the tax is unfair.\u201d",
         "said"),
        ("Over the past year, the report says, many investors have begun to call the bond market \u201ca bubble.\u201d",
         "says"),
        ("In private, aides said, the president has come to describe the deal as \u201ca disaster.\u201d", "said"),
    ],
)
def test_a_parenthetical_cue_reports_the_quote_its_host_clause_attributes(analyze_text: Any, text: str,
                                                                         outer: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.cue.text == outer), None)
    assert st is not None and st.kind == "mixed" and "\u201c" in st.content.text, _said(a)


def test_a_cue_in_an_aside_after_a_quote_does_not_report_it(analyze_text: Any) -> None:
    a = analyze_text("\u201cWe will rebuild,\u201d the premier said at the rally in Turin, where her rival also spoke.")
    assert [(s.cue.text, s.kind) for s in a.statements] == [("said", "direct")], _said(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Prime Minister Fumiko Sato instructed the ministries to gather information, according to her office.",
         "the ministries to gather information"),
        ("The governor has instructed state agencies to prepare for flooding.", "state agencies to prepare for flooding"),
    ],
)
def test_instructing_someone_to_act_is_a_directive_statement(analyze_text: Any, text: str, content: str) -> None:
    a = analyze_text(text)
    st = next((s for s in a.statements if s.cue.text == "instructed"), None)
    assert st is not None and st.content.text == content, _said(a)
    assert is_directive("instruct")


def test_instructing_someone_in_a_subject_is_no_statement(analyze_text: Any) -> None:
    a = analyze_text("The coach instructed the players in the rules of the game.")
    assert not any(s.cue.text == "instructed" for s in a.statements), _said(a)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Fuel prices will rise in spring, according to a statement by the energy ministry.\n", "the energy ministry"),
        ("Fuel prices will rise in spring, according to a statement from Finance Minister Carla Reyes.\n",
         "Finance Minister Carla Reyes"),
        ("Fuel prices will rise in spring, according to the regulator's statement.\n", "the regulator"),
        ("The aim is to calm the markets, according to a speech Governor Alan Price delivered in Boston last week.\n",
         "Alan Price"),
        ("Fuel prices will rise in spring, according to an interview the minister gave to a local radio station.\n",
         "the minister"),
    ],
)
def test_according_to_a_speech_noun_names_its_owner(analyze_text: Any, text: str, speaker: str) -> None:
    a = analyze_text(text)
    found = [s for s in a.statements if s.cue.text == "according to"]
    assert found and found[0].speaker is not None, _said(a)
    assert found[0].speaker.text.endswith(speaker), [(s.speaker.text if s.speaker else None, s.cue.text) for s in a.statements]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The regional assembly passed a resolution calling on the rebels to lay down their arms.\n", "The regional assembly"),
        ("The federation adopted a resolution demanding that the clubs open their books.\n", "The federation"),
    ],
)
def test_a_resolution_a_body_passed_speaks_for_that_body(analyze_text: Any, text: str, speaker: str) -> None:
    a = analyze_text(text)
    assert a.statements, _said(a)
    st = a.statements[0]
    assert st.speaker is not None and st.speaker.text == speaker, [(s.speaker.text if s.speaker else None, s.cue.text) for s in a.statements]


@pytest.mark.parametrize(
    "text, keys",
    [
        ("Russian diplomats and Chinese officials said the vote had been unfair.\n", ["RUS.GOV", "CHN.GOV"]),
        ("Western states and senior UN officials have repeatedly called for a ceasefire in the region.\n", ["WST", "UN"]),
        ("Turkish officials and Iranian diplomats rejected the proposal on Monday.\n", ["TUR.GOV", "IRN.GOV"]),
    ],
)
def test_coordinated_descriptions_of_different_parties_each_speak(analyze_text: Any, text: str, keys: list[str]) -> None:
    a = analyze_text(text)
    assert [s.speaker.key for s in a.statements if s.speaker is not None] == keys, _said(a)


def test_coordinated_descriptions_of_one_country_stay_one_speaker(analyze_text: Any) -> None:
    a = analyze_text("US officials and lawmakers said the deal was dead.\n")
    assert len(a.statements) == 1, _said(a)
