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
    who = _possessor(st.content.text)
    if who is None and (bare := _bare_name(st.content.text, known)) is not None:
        return True, bare
    if who is None:
        by = _agent(st.content.text, known)
        return (True, by) if by else (False, None)
    return True, known.get(who.lower().removeprefix("the "))


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
