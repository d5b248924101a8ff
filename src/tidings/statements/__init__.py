"""Statements: who said what (direct, indirect, mixed), speaker resolved through the actor layer.

Contract::

    statements = extract(doc, document, sentences, actors)   # -> list[Statement]
"""

from .extract import extract

__all__ = ["extract"]
