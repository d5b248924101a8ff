"""Shared helpers for the actor tests: resolve a text's actors and look up one phrase's key."""

from __future__ import annotations

from tidings.actors import DocActors, resolve
from tidings.ingest.zones import classify_lines, sentence_records
from tidings.records import Document


def table_of(nlp, text: str, date: str | None = None) -> DocActors:
    doc = nlp(text)
    return resolve(doc, Document(id="t", text=text, date=date), sentence_records(doc, classify_lines(text)))


def key_of(table: DocActors, text: str, phrase: str) -> str | None:
    i = text.index(phrase)
    m = table.at(i, i + len(phrase))
    return m.key if m else None


def country_of(nlp, text: str, phrase: str) -> str:
    """The country part of the key the phrase resolves to in its text ("" when it resolves to nothing)."""
    return (key_of(table_of(nlp, text), text, phrase) or "").split(".")[0]
