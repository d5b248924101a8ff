"""Blame: an accusation that points back at a deed by a word for any deed ('blamed *the incident* on Y').

'Somali gunmen raided a border post, police said. Nairobi *blamed the violence on*
Mogadishu': the accusation restates no deed, but 'the violence' points back at the deed
the article already told, and the accused is its doer's side. The accuser asserts that
deed when exactly one earlier deed proposition has the accused's country as its doer
(one aimed at the accuser's own country first), and the accuser has not put it forward
before the blame (a later account of its own, 'they were the first to open fire', leaves
the blame standing). The deeds somebody alleged come first; with none fitting, a deed the article told
in its own voice ('Two killed in a border clash between Tajikistan and Kyrgyzstan. Bishkek
blamed the incident on Dushanbe') is the one pointed back at. A blame may also name the deed by
the word it was told with ('Kyiv said Russian troops *shelled* the town. Warsaw blamed Moscow for
*the shelling*'): the one deed alleged earlier of the accused's country told with that word (by its
stem) is the one blamed.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..records import Document, Event, Statement, TextSpan
from .echoes import stem
from .lexicon import DEED_ANAPHORS, DEFINITE
from .mention import Mention, allegeable, is_deed, make_stance
from .propositions import Signature, party, signature

ACCUSE_ROOT = "11"  # CAMEO: disapprove, criticise, accuse, blame
MAX_BLAME_WORDS = 8  # words after the cue in which the deed word sits: 'held Y responsible for the deadly incident'
MIN_NAMED_WORD = 4  # characters of a trigger word a blame may name a deed by: 'hit' names too much
MAX_MODIFIERS = 2  # words between the determiner and the deed word: 'the deadly border incident'
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def blamed_deeds(document: Document, events: Sequence[Event], statements: Sequence[Statement],
                 mentions: list[Mention]) -> list[Mention]:
    """'Nairobi blamed the violence on Mogadishu', 'Kyiv blames Moscow for the incident': an accusation
    whose object is a definite word for any deed asserts the one deed alleged earlier whose doer is the
    accused's country."""
    out: list[Mention] = []
    for ei, e in enumerate(events):
        accuser = e.source.key if e.source else None
        accused = party(e.target.key if e.target else None)
        if not e.cameo.startswith(ACCUSE_ROOT) or not accuser or not accused or party(accuser) == accused:
            continue
        if e.status not in ("asserted", "claimed"):
            continue
        window = _deed_word(document.text, e.trigger)
        if window is not None:
            sig, deed = _blamed(mentions, accused, party(accuser), e.trigger.start), None
            if sig is None:
                sig, deed = _told(events, accused, party(accuser), e.trigger.start)
        else:
            window, sig, deed = *_named_deed(document.text, e.trigger, mentions, accused), None
            if window is None:
                continue
        if sig is None or _held_before(mentions, sig, party(accuser), e.trigger.start):
            continue
        si = e.statement if e.statement is not None and 0 <= e.statement < len(statements) else None
        st = statements[si] if si is not None else None
        cs = make_stance(document, st, accuser, e.source.name if e.source else None, "asserts", window, si, ei)
        out.append(Mention(sig, cs, e.trigger.start, deed))
    return out


def _held_before(mentions: list[Mention], sig: Signature, accuser: str | None, at: int) -> bool:
    """The accuser already put the deed forward before blaming it: the blame restates that stance.
    Its later account of the deed ('they were the first to open fire') is a new statement and
    leaves the earlier blame standing."""
    return any(m.sig == sig and m.at < at and party(m.stance.holder) == accuser for m in mentions)


def _deed_word(text: str, trigger: TextSpan) -> TextSpan | None:
    """The span from the cue to a definite word for a deed ('blamed *the incident*') within the
    clause's next few words, or None."""
    end = next((end for end, w in _definite_words(text, trigger) if w in DEED_ANAPHORS), None)
    return TextSpan(trigger.start, end, text[trigger.start : end]) if end is not None else None


def _named_deed(text: str, trigger: TextSpan, mentions: list[Mention],
                accused: str) -> tuple[TextSpan | None, Signature | None]:
    """'Kyiv said Russian troops shelled the town. Warsaw blamed Moscow for *the shelling*': the blame's
    definite object is the word (by its stem) an earlier alleged deed of the accused's country was told
    with; the one such deed proposition is the one blamed."""
    deeds: dict[str, set[Signature]] = {}
    for m in mentions:
        if m.event is None or m.at >= trigger.start or not allegeable(m) or party(m.sig[0]) != accused:
            continue
        for w in m.event.trigger.text.split():
            if len(w) >= MIN_NAMED_WORD:
                deeds.setdefault(stem(w), set()).add(m.sig)
    if not deeds:
        return None, None
    for end, w in _definite_words(text, trigger):
        sigs = deeds.get(stem(w), set())
        if len(sigs) == 1:
            return TextSpan(trigger.start, end, text[trigger.start : end]), sigs.pop()
    return None, None


def _definite_words(text: str, trigger: TextSpan) -> list[tuple[int, str]]:
    """The words after the cue, within its clause, that a definite determiner points at ('for *the*
    shelling'), each with where it ends."""
    rest = text[trigger.end :]
    stop = _CLAUSE_END.search(rest)
    rest = rest[: stop.start()] if stop else rest
    words = list(re.finditer(r"\S+", rest))[:MAX_BLAME_WORDS]
    plain = [w.group().lower().strip(",\"'“”’") for w in words]
    return [(trigger.end + words[j].start() + len(words[j].group().rstrip(",\"'“”’")), w) for j, w in enumerate(plain)
            if any(d in DEFINITE for d in plain[max(0, j - MAX_MODIFIERS - 1) : j])]


def _blamed(mentions: list[Mention], accused: str, accuser: str | None, before: int) -> Signature | None:
    """The one earlier deed proposition done by the accused's country, one aimed at the accuser first."""
    sigs = {m.sig for m in mentions if m.at < before and allegeable(m) and m.event is not None
            and party(m.sig[0]) == accused}
    aimed = {s for s in sigs if s[2] == accuser}
    found = aimed or sigs
    return found.pop() if len(found) == 1 else None


def _told(events: Sequence[Event], accused: str, accuser: str | None,
          before: int) -> tuple[Signature | None, Event | None]:
    """The one earlier deed proposition the article tells (in any voice) with the accused's country as
    doer, one aimed at the accuser first; a deed reported as not done or only threatened is none."""
    sigs: dict[Signature, Event] = {}
    for e in events:
        sig = signature(e)
        if sig is None or e.trigger.start >= before or not is_deed(e) or e.status not in ("asserted", "claimed"):
            continue
        if party(sig[0]) == accused and sig[2] is not None and sig[2] != accused:
            sigs.setdefault(sig, e)
    aimed = [s for s in sigs if s[2] == accuser]
    found = aimed or list(sigs)
    return (found[0], sigs[found[0]]) if len(found) == 1 else (None, None)
