"""Events: who did what to whom, coded in CAMEO and PLOVER, with factuality.

Contract::

    events = extract(doc, document, sentences, actors, statements)   # -> list[Event]
    events = confidence.assign(events, sentences, statements)          # each with a 0-1 confidence
"""

from . import confidence
from .extract import extract

__all__ = ["confidence", "extract"]
