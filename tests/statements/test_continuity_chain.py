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
