"""The mutable working record of one mention while the document is being resolved.

Drafts are made by ``new_draft`` (from a token span) in every resolution step and
frozen into :class:`~tidings.records.ActorMention` at the end of ``resolve``; only
records leave the package.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import ActorMention

NAMED_BY_TEXT = ("organisation", "group", "region")
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
SUBJECT_PARTS = {"appos", "compound", "amod", "nmod", "poss"}  # "the Asean diplomats", "Russia's ministry" said



def state_code(key: str | None) -> str | None:
    """The ISO alpha-3 state of an actor key ("PRK" of "PRK.GOV", of "COD.REB:M23"); None for organisations
    ("NATO"), regions and unkeyed mentions."""
    code = (key or "").split(".", 1)[0].split(":", 1)[0]
    return code if len(code) == 3 and code.isalpha() and code.isupper() else None


@dataclass
class Draft:
    start: int  # token index
    end: int  # token index, exclusive
    start_char: int
    end_char: int
    text: str
    key: str | None
    kind: str  # state | person | organisation | group | region | description | pronoun | place
    evidence: str
    sent: int
    name: str | None = None
    entity: int | None = None
    role: str | None = None  # head role word ("minister", "official") for descriptions and persons
    gender: str | None = None  # "f" | "m" | None
    plural: bool = False
    subject: bool = False  # holds the subject of its clause
    in_quote: bool = False
    strength: int = 0  # how sure the key is: 3 title/apposition, 2 dictionary, 1 context, 0 fallback
    boiler: bool = False  # in a boilerplate line ("Read more: ..."): never an antecedent
    anaphor: str | None = None  # "pronoun" | "description" | "surname" | "bridge" when the key comes from an antecedent
    prefer: int | None = None  # token of the noun a relative clause hangs on ("countries, which ... their")
    bridge: str | None = None  # "ministry" in "a ministry spokeswoman": the body an unanchored title belongs to
    adjuncts: tuple[tuple[int, int], ...] = ()  # tokens (as ranges) no antecedent of this pronoun may hold ("On Iran, they")

    def freeze(self) -> ActorMention:
        # a body is named by its own words ("The Kenya Private Sector Alliance") when nothing fuller is known
        # so is a group of people ("the foreign ministers") that no single name stands for
        by_text = self.kind in NAMED_BY_TEXT or (self.kind == "description" and self.plural)
        name = self.name or (self.text if by_text and self.key else None)
        return ActorMention(
            self.start_char, self.end_char, self.text, self.key, name, kind=self.kind,
            evidence=self.evidence, entity=self.entity,
        )


def new_draft(doc: Any, s: int, e: int, key: str | None, kind: str, evidence: str, sent: int) -> Draft:
    span = doc[s:e]
    d = Draft(s, e, span.start_char, span.end_char, span.text, key, kind, evidence, sent)
    root = span.root
    d.subject = root.dep_ in SUBJECT_DEPS or (root.dep_ in SUBJECT_PARTS and root.head.dep_ in SUBJECT_DEPS)
    d.plural = root.tag_ in ("NNS", "NNPS")
    return d


def rehome(d: Draft, anchor: Draft | None, why: str) -> None:
    """Give a draft whose country was only the article's home guess ("+home:" in its evidence) the country
    of ``anchor`` (the owner named before, the commander), keeping its sector; nothing when ``anchor`` has no
    country or the same one. The evidence says ``why``."""
    code = state_code(anchor.key) if anchor is not None else None
    if anchor is None or code is None or code == state_code(d.key):
        return
    d.key = f"{code}.{(d.key or '').split('.')[-1]}"
    d.evidence = f"{d.evidence.split('+home:')[0]}+{why}:{anchor.text!r} ({anchor.key})"
