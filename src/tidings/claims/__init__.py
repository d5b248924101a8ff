"""Claims: propositions and the stances parties take on them, within and across documents.

Contract::

    claims = build(document, events, statements)   # -> list[Claim]  (within one document)
    ledger = merge([(document, claim), ...], window_days=90)   # -> list[LedgerClaim] (across documents)
"""

from .build import build
from .ledger import LedgerClaim, as_record, contested, merge

__all__ = ["LedgerClaim", "as_record", "build", "contested", "merge"]
