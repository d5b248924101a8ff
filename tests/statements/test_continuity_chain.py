"""Speaker continuity over quote chains, on hand-made records."""

from __future__ import annotations

from tidings.records import ActorMention, Statement, TextSpan
from tidings.statements.continuity import carry_speakers


def _st(speaker: ActorMention, sentence: int, at: int) -> Statement:
    return Statement(speaker, TextSpan(at, at + 4, "said"), "direct", TextSpan(at + 10, at + 20, "x" * 10), sentence)


def test_continuity_chain_names_pronoun_after_person() -> None:
    named = ActorMention(0, 15, "Johann Wadephul", "DEU.GOV", "Johann Wadephul", kind="person")
    he = ActorMention(100, 102, "he", "DEU.GOV", None, kind="pronoun")
    out = carry_speakers([_st(named, 0, 20), _st(he, 1, 103)])
    assert out[1].speaker is not None and out[1].speaker.name == "Johann Wadephul"
    assert (out[1].speaker.start, out[1].speaker.end) == (100, 102)  # offsets stay on the pronoun


def test_continuity_chain_respects_gap_and_kind() -> None:
    org = ActorMention(0, 8, "the army", "BFA.MIL", "Burkinabe army", kind="organisation")
    she = ActorMention(100, 103, "she", None, None, kind="pronoun")
    far = ActorMention(300, 302, "he", None, None, kind="pronoun")
    out = carry_speakers([_st(org, 0, 10), _st(she, 1, 104), _st(far, 9, 303)])
    assert out[1].speaker is not None and out[1].speaker.name is None  # 'she' is not an army
    assert out[2].speaker is not None and out[2].speaker.name is None  # too far away


def test_continuity_indefinite_description_of_another_party_is_not_the_last_speaker(analyze_text) -> None:
    a = analyze_text(
        "Farmers blocked roads around the European Parliament on Tuesday.\n"
        '"We cannot survive on these prices," said Marc Dubois, a Belgian dairy farmer.\n'
        "A European Commission spokesperson said the bloc would present a simplification package next month.\n"
    )
    by_cue = {st.content.text[:12]: st for st in a.statements}
    euro = next(st for st in a.statements if "simplification" in st.content.text)
    assert euro.speaker is not None and euro.speaker.name != "Marc Dubois", by_cue
    assert euro.speaker.key == "EU", euro.speaker


def _reported(speaker: ActorMention, sentence: int, cue: int, content: tuple[int, int]) -> Statement:
    return Statement(speaker, TextSpan(cue, cue + 4, "said"), "indirect", TextSpan(content[0], content[1], "x"), sentence)


def test_continuity_pronoun_does_not_refer_to_someone_only_talked_about() -> None:
    # 'Colonel Vega said troops pursued rebel leader Omar Sali. She said ...': the actor layer's nearest
    # person (Sali) is mentioned only inside Vega's reported words; the chain of speakers continues
    vega = ActorMention(0, 12, "Colonel Vega", "PER.MIL", "Rosa Vega", kind="person")
    sali = ActorMention(60, 69, "Omar Sali", "PER.REB", "Omar Sali", kind="person")
    she = ActorMention(80, 83, "She", "PER.REB", "Omar Sali", kind="pronoun")
    first = _reported(vega, 0, 13, (18, 70))
    second = _reported(she, 1, 84, (89, 120))
    out = carry_speakers([first, second], [vega, sali, she])
    assert out[1].speaker is not None and (out[1].speaker.name, out[1].speaker.key) == ("Rosa Vega", "PER.MIL")
    assert (out[1].speaker.start, out[1].speaker.end) == (80, 83)


def test_continuity_pronoun_keeps_a_referent_named_outside_reported_words() -> None:
    # 'Vega said troops pursued Sali. Sali surrendered on Monday. He said ...': Sali was last named in the
    # article's own voice, so the actor layer's reading stands
    vega = ActorMention(0, 12, "Colonel Vega", "PER.MIL", "Rosa Vega", kind="person")
    sali_reported = ActorMention(40, 49, "Omar Sali", "PER.REB", "Omar Sali", kind="person")
    sali = ActorMention(52, 56, "Sali", "PER.REB", "Omar Sali", kind="person")
    he = ActorMention(80, 82, "He", "PER.REB", "Omar Sali", kind="pronoun")
    out = carry_speakers([_reported(vega, 0, 13, (18, 50)), _reported(he, 2, 83, (88, 120))], [vega, sali_reported, sali, he])
    assert out[1].speaker is not None and out[1].speaker.name == "Omar Sali"


def test_continuity_description_whose_party_is_only_the_home_guess_continues_the_speaker() -> None:
    # '"...," the top government spokesman added.' after Sato: the actor layer coded the description with
    # the article's home country (no word of it names one), which does not make it another party
    sato = ActorMention(0, 10, "Kenji Sato", "JPN.GOV", "Kenji Sato", kind="person")
    guessed = ActorMention(100, 128, "the top government spokesman", "PRK.GOV", None, kind="description",
                           evidence="role:spokesman+home:PRK")
    out = carry_speakers([_st(sato, 0, 12), _st(guessed, 1, 130)])
    assert out[1].speaker is not None and (out[1].speaker.name, out[1].speaker.key) == ("Kenji Sato", "JPN.GOV")


def test_continuity_description_naming_another_country_is_someone_else() -> None:
    sato = ActorMention(0, 10, "Kenji Sato", "JPN.GOV", "Kenji Sato", kind="person")
    other = ActorMention(100, 124, "the North Korean spokesman", "PRK.GOV", None, kind="description",
                         evidence="role:spokesman+demonym:North Korean")
    out = carry_speakers([_st(sato, 0, 12), _st(other, 1, 130)])
    assert out[1].speaker is not None and out[1].speaker.name is None and out[1].speaker.key == "PRK.GOV"


def test_continuity_carries_the_last_named_speaker_over_a_paragraph_or_two() -> None:
    # 'Wadephul said ...' then two short paragraphs of background, then 'he added': still Wadephul
    named = ActorMention(0, 15, "Johann Wadephul", "DEU.GOV", "Johann Wadephul", kind="person")
    he = ActorMention(500, 502, "he", "DEU.GOV", None, kind="pronoun")
    stale = ActorMention(900, 902, "he", "DEU.GOV", None, kind="pronoun")
    out = carry_speakers([_st(named, 0, 20), _st(he, 5, 503), _st(stale, 13, 903)])
    assert out[1].speaker is not None and out[1].speaker.name == "Johann Wadephul"
    assert out[2].speaker is not None and out[2].speaker.name is None  # a chain goes stale


def test_continuity_a_text_is_not_the_person_who_spoke_last() -> None:
    named = ActorMention(0, 11, "Linda Marsh", "USA.GOV", "Linda Marsh", kind="person")
    text = ActorMention(100, 113, "The statement", None, None, kind="description")
    official = ActorMention(200, 212, "the official", None, None, kind="description")
    out = carry_speakers([_st(named, 0, 20), _st(text, 1, 115), _st(official, 2, 215)])
    assert out[1].speaker is not None and out[1].speaker.name is None
    assert out[2].speaker is not None and out[2].speaker.name == "Linda Marsh"  # a person's description does


def test_continuity_a_pronoun_continues_the_speaker_just_before_it_in_its_sentence() -> None:
    # 'Brazil's ministry, which said ...' then 'Venezuela's delegation said ..., and it rejected ...': 'it' is
    # the delegation (named only by its own words), not the last speaker with a fuller name
    brazil = ActorMention(0, 5, "which", "BRA.GOV", "Brazil's foreign ministry", kind="organisation")
    venezuela = ActorMention(200, 222, "Venezuela's delegation", "VEN.GOV", "Venezuela's delegation", kind="organisation")
    it = ActorMention(300, 302, "it", "VEN.GOV", None, kind="pronoun")
    out = carry_speakers([_st(brazil, 0, 30), _st(venezuela, 2, 225), _st(it, 2, 303)])
    assert out[2].speaker is not None and out[2].speaker.name == "Venezuela's delegation"


def test_continuity_the_speaker_just_before_must_be_of_the_pronouns_party() -> None:
    brazil = ActorMention(0, 5, "which", "BRA.GOV", "Brazil's foreign ministry", kind="organisation")
    venezuela = ActorMention(200, 222, "Venezuela's delegation", "VEN.GOV", "Venezuela's delegation", kind="organisation")
    it = ActorMention(300, 302, "it", "BRA.GOV", None, kind="pronoun")
    out = carry_speakers([_st(brazil, 0, 30), _st(venezuela, 2, 225), _st(it, 2, 303)])
    assert out[2].speaker is not None and out[2].speaker.name == "Brazil's foreign ministry"
