"""Provisional claim builder (replaced by the full claims stage)."""

from __future__ import annotations

from typing import Sequence

from ..records import Claim, Document, Event, Statement


def build(document: Document, events: Sequence[Event], statements: Sequence[Statement]) -> list[Claim]:
    return []
