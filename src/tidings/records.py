"""Typed, immutable records that cross stage boundaries.

Every extracted item carries character offsets into ``Document.text`` (end
exclusive): provenance is the product. Stages take and return these records;
``exchange.py`` turns an :class:`Analysis` into the JSON exchange record of
GUIDE section 4.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Zone = Literal["headline", "dek", "dateline", "body", "boilerplate"]
Status = Literal["asserted", "claimed", "denied", "intended", "hypothetical", "negated"]
StatementKind = Literal["direct", "indirect", "mixed"]
Stance = Literal["asserts", "denies", "repeats", "questions"]


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A stretch of the source text: ``text == document.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """One input article, exactly as given."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO date YYYY-MM-DD when known
    url: str | None = None
    source: str | None = None  # outlet / site
    author: str | None = None
    path: str | None = None  # file it came from
    line: int | None = None  # line number in a JSONL corpus
    date_source: str | None = None  # where ``date`` came from: metadata | dateline | text | default


@dataclass(frozen=True, slots=True)
class Line:
    """One newline-delimited line of the text and what part of the article it is."""

    start: int
    end: int
    zone: Zone
    reason: str | None = None  # why it was classed so (e.g. "read-more prompt")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    zone: Zone


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention of a participant, resolved to an actor key.

    ``key`` is the GUIDE actor key (``PRK.GOV``, ``NATO``, ``RUS.PMC:Wagner``) or
    None when the mention could not be coded. ``name`` is the best name for the
    participant in the document (a person's full name, an organisation's name).
    ``entity`` groups mentions of one participant (coreference cluster id).
    """

    start: int
    end: int
    text: str
    key: str | None
    name: str | None = None
    kind: str = "unknown"  # state | person | organisation | group | pronoun | description | region | implied
    # (implied: a party the text leaves unnamed, inferred by a rule, e.g. the crowd of a protest)
    evidence: str = ""  # the rule or dictionary entry that decided the key
    entity: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom (GUIDE section 1, Events)."""

    source: ActorMention | None
    target: ActorMention | None
    cameo: str
    trigger: TextSpan
    sentence: int
    status: Status = "asserted"
    plover: str | None = None
    mode: str | None = None
    context: str | None = None
    root: str = ""
    quad_class: int | None = None
    goldstein: float | None = None
    attributed_to: str | None = None  # actor key of whoever claims / denies it
    attributed_name: str | None = None
    date: str | None = None
    location: str | None = None
    location_country: str | None = None
    pattern: str | None = None  # id of the dictionary pattern that fired
    statement: int | None = None  # index into Analysis.statements when embedded in speech
    confidence: float = 0.5  # 0-1: how sure the extractor is that this event is right (events/confidence.py)


@dataclass(frozen=True, slots=True)
class Statement:
    """One act of saying, reporting or quoting (GUIDE section 1, Statements)."""

    speaker: ActorMention | None
    cue: TextSpan
    kind: StatementKind
    content: TextSpan
    sentence: int
    cue_lemma: str = ""
    stance: Stance = "asserts"  # the speaker's stance toward the content


@dataclass(frozen=True, slots=True)
class Proposition:
    source: str | None
    target: str | None
    cameo: str
    plover: str | None
    object: str | None = None  # what is moved / alleged, e.g. "rockets and missiles"


@dataclass(frozen=True, slots=True)
class ClaimStance:
    holder: str | None  # actor key
    name: str | None  # resolved speaker name
    stance: Stance
    content: TextSpan | None
    statement: int | None  # index into Analysis.statements
    event: int | None  # index into Analysis.events
    date: str | None = None
    document: str | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    proposition: Proposition
    stances: tuple[ClaimStance, ...]


@dataclass(frozen=True, slots=True)
class Failure:
    """A per-input failure: data, not an exception."""

    path: str
    code: str
    message: str
    line: int | None = None
    stage: str = "ingest"
    id: str | None = None  # the record's own id when it was readable (a JSONL "id")


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything tidings read out of one document."""

    document: Document
    lines: tuple[Line, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    events: tuple[Event, ...] = ()
    statements: tuple[Statement, ...] = ()
    claims: tuple[Claim, ...] = ()
    versions: dict[str, str] = field(default_factory=dict)
