"""tidings: source-attributed events, statements and claims from international news."""

from __future__ import annotations

import logging

from ._version import __version__

__all__ = ["__version__", "analyze_text", "analyze_documents"]

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str):  # lazy: importing tidings must not load spaCy
    if name in ("analyze_text", "analyze_documents"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
