"""Who can speak: a cue that reports a bare noun object needs a speaker that can say something.

'Officials stressed the need for calm' and 'residents called for a ban' report speech; 'the
heatwave stressed the grid', 'the move challenged the court' and 'a wave of protests calling for
reform' do not: a verb that also names a non-verbal act ('stress', 'challenge', 'call for') is a
cue with a noun object only when its subject is someone. A clause or a quotation after the verb
('the poll shows that ...', 'the crisis showed that ...') is reported whatever the subject.

Someone is a pronoun, a name, a number of people ('63 percent'), a noun the actor layer codes
(not an act of a coded party: 'US sanctions'), or a common noun for people or bodies of them:
a role word of the actor lexicon, a document or speech noun (which speaks for its issuer), a body
of evidence, one of the cue lexicon's speaking_nouns, or a noun with a person ending
(speaker_endings: 'protest*er*s', 'analy*st*s', 'resid*ent*s').
"""

from __future__ import annotations

from typing import Any

from ..actors import DocActors
from ..actors.lexicon import lexicon as actor_lexicon
from .cues import lexicon

_NAMED = ("PERSON", "ORG", "GPE", "NORP")
_THINGS = {"it", "this", "that", "these", "those", "which", "what", "something", "anything", "nothing", "everything"}
MIN_STEM = 3  # letters before a person ending: 'speak*er*', not 'ent'


def can_speak(token: Any, actors: DocActors) -> bool:
    """Can the speaker token ``token`` say something (someone, or a text or body of evidence that speaks
    for its issuer)?"""
    if token.pos_ in ("PRON", "PROPN", "NUM") or names_someone(token, actors):
        return True  # 'it called for calm': the pronoun stands for whoever the text named
    people, cues = actor_lexicon(), lexicon()
    return any(word in people.documents or word in cues.evidence_sources or word in cues.nouns
               for word in (token.lemma_.lower(), token.lower_))


def names_someone(token: Any, actors: DocActors) -> bool:
    """Does ``token`` name a person, a party or a body of people ('the minister', 'Reuters', 'residents')?"""
    if token.pos_ == "PRON":
        return token.lower_ not in _THINGS
    if token.ent_type_:
        return token.ent_type_ in _NAMED  # 'Article 51' (a law), 'Oct. 5': no one
    lemma, low = token.lemma_.lower(), token.lower_
    people = actor_lexicon()
    found = actors.for_token(token)
    if found is not None and found.key and lemma not in people.acting_nouns:
        return True
    cues = lexicon()
    for word in (lemma, low):
        if word in people.roles or word in people.representatives:
            return True
        if word in cues.speaking_nouns or word in cues.speak_for_owner:
            return True
        if any(word.endswith(e) and len(word) >= len(e) + MIN_STEM for e in cues.speaker_endings) and not any(
                word.endswith(e) for e in cues.not_speaker_endings):
            return True
    return False
