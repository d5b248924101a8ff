"""An opposition is some government's: "the opposition leader, who urged soldiers to abandon Maduro" is Venezuela's.

"The opposition", "opposition leader X", "opposition lawmakers" with no country
of their own get the article's home country as a guess. An opposition is
defined by the government it opposes: when the sentence names a head of state
or government from the dated office-holder dictionary (by full name or
surname), and the holders it names are all of one country, the opposition is
that country's. With holders of two countries in the sentence neither is more
likely than the other, and the guess is left as it was.
"""

from __future__ import annotations

from typing import Sequence

from .drafts import Draft, state_code
from .lexicon import holder_for

HEADS = {"hos", "hog"}  # head of state, head of government
SECTOR = "OPP"


def _heads_by_sentence(drafts: Sequence[Draft], date: str | None) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for d in drafts:
        if d.kind != "person" or d.boiler:
            continue
        h = holder_for(d.text, date)
        code = state_code(h.key) if h is not None and h.role in HEADS else None
        if code is not None:
            out.setdefault(d.sent, set()).add(code)
    return out


def opposed(drafts: Sequence[Draft], date: str | None) -> None:
    """Re-key home-guessed opposition mentions to the one country whose leader their sentence names."""
    guessed = [d for d in drafts if d.key and "+home:" in d.evidence and d.key.split(".")[-1] == SECTOR]
    if not guessed:
        return
    heads = _heads_by_sentence(drafts, date)
    for d in guessed:
        codes = heads.get(d.sent, set())
        if len(codes) != 1 or d.key is None:
            continue
        code = next(iter(codes))
        if d.key.split(".", 1)[0] == code:
            continue
        base, _, home = d.evidence.partition("+home:")
        d.key = f"{code}.{SECTOR}"
        d.evidence = f"{base}+opposing a leader of:{code} (home guess {home[:3]}){home[3:]}"
