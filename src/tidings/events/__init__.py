"""Events: who did what to whom, coded in CAMEO and PLOVER, with factuality.

Contract::

    events = extract(doc, document, sentences, actors, statements)   # -> list[Event]
"""

from .extract import extract

__all__ = ["extract"]
