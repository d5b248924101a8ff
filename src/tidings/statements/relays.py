"""Relayed and restated speech: statements that are part of another statement's content.

'the ministry said *Ethiopia had rejected the proposal*' reports the ministry's words,
not a statement of Ethiopia's, so the inner statement is dropped (denials and news
outlets keep what they relay, and quoted words stay the quoted party's: 'the envoy said
the bloc believes "now is not the time"'). 'Fowler said *he expects ...*' is one act of saying, so
the pronoun's restatement inside the named speaker's words is dropped too.
"""

from __future__ import annotations

from ..actors.lexicon import lexicon as actor_lexicon
from ..records import ActorMention, Statement


def drop_relayed(found: list[Statement]) -> list[Statement]:
    """``found`` without the statements another statement of it relays or restates."""
    return [st for st in found if not any(_relays(o, st) or _restates(o, st) for o in found)]


def _relays(outer: Statement, inner: Statement) -> bool:
    """``inner``'s reporting verb sits in the that-clause of another speaker's ``outer`` statement:
    'the ministry said *Ethiopia had rejected the proposal*' reports the ministry's words; that
    Ethiopia rejected it is part of what the ministry says, not a statement of Ethiopia's.
    A denial keeps what it denies, a news outlet's report keeps the statements it relays, and a
    direct quote inside the report is the quoted party's own words."""
    if outer is inner or outer.kind == "direct" or outer.stance in ("denies", "questions"):
        return False  # 'X accuses Y of Z, Moscow denies': what is denied was still said by X
    if outer.speaker is not None and _news_outlet(outer.speaker):
        return False  # 'Russia discredits the report, Trend reports': a news outlet relays the statement
    if inner.kind == "direct":
        return False  # 'the envoy said the bloc believes "now is not the time"': the quoted words are the bloc's
    if not (outer.content.start <= inner.cue.start and inner.cue.end <= outer.content.end):
        return False
    a, b = outer.speaker, inner.speaker
    if a is None or b is None or not a.key:
        return False  # an uncoded reporter ('officials said') does not swallow a coded speaker's statement
    same = a.key is not None and a.key == b.key or (a.name or a.text) == (b.name or b.text)
    return not same


def _news_outlet(speaker: ActorMention) -> bool:
    """A media speaker: coded as one, or named by a media word ('the state news agency', 'state
    television') that the actor layer keyed to the state it belongs to."""
    if ".MED" in (speaker.key or ""):
        return True
    words = speaker.text.lower().split()
    roles = actor_lexicon().roles
    return any((r := roles.get(" ".join(words[-n:]))) is not None and r.sector == "MED" for n in (1, 2, 3))


_SELF_PRONOUNS = {"he", "she", "they", "we", "i"}
MAX_RESTATED_GAP = 20  # characters between the pronoun and its verb: 'he did not believe'


def _restates(outer: Statement, inner: Statement) -> bool:
    """'Fowler said *he expects Clinton to recover*': the inner cue's speaker is the pronoun that opens
    the outer statement's content, so the inner verb is part of what the outer speaker said (the
    same act of saying, reported once, by the named speaker)."""
    sp, by = inner.speaker, outer.speaker
    if outer is inner or sp is None or by is None or sp.start != outer.content.start:
        return False
    if not (outer.content.start < inner.cue.start < outer.content.end and inner.cue.start - sp.end <= MAX_RESTATED_GAP):
        return False
    word, who = sp.text.lower(), by.text.lower()
    if word in _SELF_PRONOUNS:
        return who == word or who not in _SELF_PRONOUNS | {"it"}  # 'he said he ...', 'Fowler said he ...'
    # 'The White House said it believes ...': an institution restating its own view
    return word == "it" and by.kind in ("organisation", "state", "group") and who not in _SELF_PRONOUNS
