"""Actors: turn mentions into GUIDE actor keys (``PRK.GOV``, ``NATO``, ``RUS.PMC:Wagner``).

Contract used by the later stages::

    table = resolve(doc, document, sentences)   # -> DocActors
    table.mentions                               # every ActorMention, sorted by start
    table.at(start, end)                         # best resolved mention inside a char span
    table.for_token(token)                       # mention whose span holds the token (coref-resolved)
"""

from .resolve import DocActors, resolve

__all__ = ["DocActors", "resolve"]
