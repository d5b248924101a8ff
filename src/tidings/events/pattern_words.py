"""The particles and prepositions of a verb pattern's text, as against its object nouns.

A verb pattern reads 'verb word word ...': the words in this set are matched against
the verb's particles and prepositions ('rush *to* border'), the others as object nouns.
The pattern compiler (patterns.py) and the PETRARCH verb-dictionary reader
(petrarch.py) split a pattern's words the same way, so the set lives here, below both.
"""

from __future__ import annotations

# words in a verb pattern that are particles or prepositions rather than object nouns
FUNCTION_WORDS = frozenset(
    "to with on against for of in into from at by over about upon toward towards off out up down back "
    "away through between under around behind as alongside".split()
)
