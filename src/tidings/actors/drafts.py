"""The mutable working record of one mention while the document is being resolved.

Drafts are frozen into :class:`~tidings.records.ActorMention` at the end of
``resolve``; only records leave the package.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records import ActorMention


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
    anaphor: str | None = None  # "pronoun" | "description" | "surname" when the key comes from an antecedent

    def freeze(self) -> ActorMention:
        return ActorMention(
            self.start_char, self.end_char, self.text, self.key, self.name, kind=self.kind,
            evidence=self.evidence, entity=self.entity,
        )
