"""Speaker continuity: 'he said' / 'the official added' right after a named speaker's statement.

News quotes run in chains: a named speaker, then 'he added', 'the minister
said'. When the actor layer could not name such a pronoun or description, the
nearest preceding named speaker of a compatible kind (a person for he/she, an
organisation for 'it') within a paragraph or two (six sentences) is taken as the referent.
An unnamed speaker of words that a named person of the same party is quoted
saying elsewhere in the article (a dek repeating the lede's quote) is that person.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from ..records import ActorMention, Statement
from .cues import lexicon

MAX_GAP = 6  # sentences between the named statement and the pronoun one: a paragraph or two of news copy
_PERSONAL = {"he", "she", "him", "her"}
_IMPERSONAL = {"it"}
_PLURAL = {"they", "we"}


def _is_named(m: ActorMention) -> bool:
    return bool(m.key and m.name and m.name != m.text or m.kind == "person" and m.key)


def _is_person(m: ActorMention) -> bool:
    return m.kind == "person" or bool(m.name and len(m.name.split()) >= 2 and m.name.istitle())


def _needs_referent(m: ActorMention) -> bool:
    if m.name and m.name != m.text:
        return False
    return m.kind in ("pronoun", "description") or m.text.lower() in _PERSONAL | _IMPERSONAL | _PLURAL


def _compatible(m: ActorMention, prior: ActorMention) -> bool:
    word = m.text.lower()
    if word in _PERSONAL:
        return _is_person(prior)
    if word in _IMPERSONAL:
        return not _is_person(prior)
    if word in _PLURAL:
        return True
    if word.endswith("s"):
        return False  # 'the allies', 'reports': a plural description is not the last speaker
    # a definite description ('the official', 'the minister') continues the named speaker when the
    # actor layer coded no party for it or the same one; an indefinite one ('a Commission
    # spokesperson') introduces someone new
    if word.startswith(("a ", "an ")) or (word.split() or [""])[-1] in lexicon().nouns:
        return False  # ... and 'the statement', 'the resolution' are texts, not the person who spoke last
    same = m.key is None or m.key.split(".")[0] == (prior.key or "").split(".")[0] or _party_guessed(m)
    return _is_person(prior) and same


def _relays(st: Statement, prior: Statement | None) -> bool:
    """'Ruto told reporters the talks were over, *the newspaper reported*': a statement whose content
    holds the previous statement's cue relays that statement, so its speaker is someone else."""
    return prior is not None and st.content.start <= prior.cue.start < st.content.end


def _same_sentence_party(sp: ActorMention, local: ActorMention, sentence: int, local_sentence: int) -> bool:
    """A pronoun the actor layer coded with the party of the speaker just before it in the same sentence
    continues that speaker, even one named only by its own words."""
    return (sentence == local_sentence and sp.kind == "pronoun" and bool(sp.key) and sp.key == local.key
            and not sp.name)


def _party_guessed(m: ActorMention) -> bool:
    """The actor layer gave a description the article's home country for want of any word naming one
    ('the top government spokesman'): that guess does not make it someone other than the last speaker."""
    return "+home:" in m.evidence


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def _same_words(a: Statement, b: Statement) -> bool:
    """Two statements quoting the same words (at least half of the shorter one's)."""
    wa, wb = _words(a.content.text), _words(b.content.text)
    return bool(wa and wb) and len(wa & wb) * 2 >= min(len(wa), len(wb))


def name_repeated_quotes(statements: Sequence[Statement]) -> list[Statement]:
    """'A DPRK official calls the allegations "a foolish attempt ..."' in the dek, and later
    'Kwon called it "a foolish attempt ..."': the unnamed speaker of words that a named person
    of the same party is quoted saying elsewhere in the article is that person."""
    out = list(statements)
    named = [st for st in out if st.speaker is not None and _is_named(st.speaker) and _is_person(st.speaker)]
    for i, st in enumerate(out):
        sp = st.speaker
        if sp is None or not _needs_referent(sp) or not sp.key or sp.text.lower() in _PERSONAL | _IMPERSONAL | _PLURAL:
            continue
        same = [n.speaker for n in named if n is not st and n.speaker is not None and n.speaker.key
                and n.speaker.key.split(".")[0] == sp.key.split(".")[0] and _same_words(st, n)]
        people = {(m.key, m.name) for m in same}
        if len(people) == 1:
            who = same[0]
            out[i] = replace(st, speaker=replace(sp, key=who.key, name=who.name, entity=who.entity))
    return out


def _only_reported(name: str, before: int, mentions: Sequence[ActorMention], statements: Sequence[Statement]) -> bool:
    """The person ``name`` was last mentioned before ``before`` inside someone's reported words."""
    last = [m for m in mentions if m.kind == "person" and m.name == name and m.end <= before]
    if not last:
        return False
    at = max(last, key=lambda m: m.start).start
    return any(o.content.start <= at < o.content.end for o in statements)


def _speaker_not_reported(sp: ActorMention, prior: ActorMention, mentions: Sequence[ActorMention],
                          statements: Sequence[Statement]) -> bool:
    """'Cruz said troops pursued rebel leader Omar Sali. *She* said ...': a subject pronoun opening the
    next attribution continues the chain of speakers; the actor layer's nearest person may be one the
    speaker only talked about, and a person mentioned only inside reported words is not the referent."""
    if sp.text.lower() not in _PERSONAL or sp.kind != "pronoun" or not sp.name or sp.name == prior.name:
        return False
    return _is_person(prior) and _only_reported(sp.name, sp.start, mentions, statements)


def carry_speakers(statements: Sequence[Statement], mentions: Sequence[ActorMention] = ()) -> list[Statement]:
    """Statements in text order, unnamed pronoun/description speakers filled from the chain."""
    out: list[Statement] = []
    last: Statement | None = None
    prior: tuple[ActorMention, int] | None = None
    local: tuple[ActorMention, int] | None = None  # the last coded speaker, whatever its name
    for st in sorted(statements, key=lambda s: s.cue.start):
        sp = st.speaker
        ref = prior
        if sp is not None and local is not None and _same_sentence_party(sp, local[0], st.sentence, local[1]):
            ref = local  # 'Venezuela's delegation said ..., and *it* rejected ...': the speaker just before
        if sp is not None and ref is not None and st.sentence - ref[1] <= MAX_GAP and not _relays(st, last):
            if _needs_referent(sp) and _compatible(sp, ref[0]) or _speaker_not_reported(sp, ref[0], mentions, statements):
                sp = replace(sp, key=ref[0].key, name=ref[0].name, entity=ref[0].entity)
                st = replace(st, speaker=sp)
        if sp is not None and _is_named(sp):
            prior = (sp, st.sentence)
        if sp is not None and sp.key:
            local = (sp, st.sentence)
        last = st
        out.append(st)
    return name_repeated_quotes(out)
