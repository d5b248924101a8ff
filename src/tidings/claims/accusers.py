"""Accusers: whose allegation a denial denies, when the denial names it.

'denied *Germany's* accusation that ...' names the owner of the allegation by a
possessive; 'the accusations made *by Berlin*' by an agent phrase. The name is looked
up among the document's coded parties; a named but uncoded accuser still tells that
the denial is about someone's particular allegation.
"""

from __future__ import annotations

from ..records import Statement
from .lexicon import ALLEGED_BY, NAMED_ALLEGATION, POSSESSED_ALLEGATION
from .mention import party_starting

MAX_AGENT_LEAD = 2  # lower-case words before the agent's name: 'by *the official* Berlin authorities'


def named_accuser(st: Statement, known: dict[str, str]) -> tuple[bool, str | None]:
    """Whether a denial names whose allegation it denies, and that party when it is coded:
    'denied *Germany's* accusation that ...', 'rejected *German* claims that ...', 'the accusations
    made *by Berlin*' -> (True, 'DEU')."""
    text = _without_shifted_judgement(st.content.text)
    who = _possessor(text)
    if who is None and (bare := _bare_name(text, known)) is not None:
        return True, bare
    if who is None:
        by = _agent(text, known)
        return (True, by) if by else (False, None)
    return True, known.get(who.lower().removeprefix("the "))


MAX_JUDGEMENT_WORDS = 4  # 'dismissed *as pure Western propaganda* Russia's claim that ...'


def _without_shifted_judgement(text: str) -> str:
    """'dismissed *as propaganda* Russia's claim that ...': the verdict set before the allegation it judges
    (a heavy object moved last) is left out, so the allegation's owner heads the content again. Only a
    short run of lower-case words after 'as' is a verdict; the content is unchanged otherwise."""
    words = text.split(" ")
    if not words or words[0].lower() != "as":
        return text
    for j in range(1, min(MAX_JUDGEMENT_WORDS + 1, len(words))):
        if words[j][:1].isupper() or words[j].lower() == "the":
            return " ".join(words[j:]) if j > 1 else text
        if not words[j].islower():
            break
    return text


def _possessor(text: str) -> str | None:
    """'Germany's accusation that ...' -> 'Germany': who the denied allegation belongs to."""
    m = POSSESSED_ALLEGATION.match(text)
    return m.group(1).strip() if m else None


def _bare_name(text: str, known: dict[str, str]) -> str | None:
    """'US claims that ...', 'the Ukrainian claim that ...' -> the coded party named right before the
    allegation word (an uncoded capitalised word, 'Recent claims', names no one)."""
    m = NAMED_ALLEGATION.match(text.replace("’", "'"))
    if m is None:
        return None
    return known.get(m.group(1).strip().lower().removeprefix("the "))


def _agent(text: str, known: dict[str, str]) -> str | None:
    """'the accusations of espionage brought against him by the official Berlin authorities' -> 'DEU':
    the coded party an allegation is said to come from."""
    for m in ALLEGED_BY.finditer(text):
        words = text[m.end():].replace("’", "'").split()
        for lead in range(min(MAX_AGENT_LEAD, len(words) - 1) + 1):
            if lead and not words[lead - 1].islower():
                break
            found = party_starting(words[lead:], known)
            if found:
                return found
    return None
