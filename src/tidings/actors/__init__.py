"""Actors: turn mentions into GUIDE actor keys (``PRK.GOV``, ``NATO``, ``RUS.PMC:Wagner``).

Contract used by the later stages::

    table = resolve(doc, document, sentences)   # -> DocActors
    table.mentions                               # every ActorMention, sorted by start
    table.at(start, end)                         # best resolved mention inside a char span
    table.for_token(token)                       # mention whose span holds the token (coref-resolved)
    table.resolve_span(span)                     # at() for a spaCy Span
    table.entity_name(entity) / entity_mentions(entity)   # one participant across the text

Modules: lexicon (data files), gazetteer (phrase matching), sectors (title
phrases -> keys), persons / people (names, appositions, dated holders),
coref (quotations, pronouns, descriptions, bridging titles, documents,
acronyms), table (DocActors), resolve (order), petrarch (extra PETRARCH/TABARI
``.actors``/``.agents`` files, enabled with ``lexicon.use_dictionaries`` or
``$TIDINGS_ACTOR_DICTIONARIES``).
"""

from .resolve import resolve
from .table import DocActors

__all__ = ["DocActors", "resolve"]
