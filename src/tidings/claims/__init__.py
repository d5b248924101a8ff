"""Claims: propositions and the stances parties take on them, within and across documents.

Contract::

    claims = build(document, events, statements)   # -> list[Claim]  (within one document)
"""

from .build import build

__all__ = ["build"]
