"""Statements: who said what, in passes over one parsed document.

1. quotes: a quoted passage with a reporting verb right after it ('"...," said X')
   or right before it ('X said: "..."', 'X called it "..."', 'X continued:' closing the
   paragraph before) -> direct; a quote signed after a dash ('"..." ― Name') -> direct;
2. verbs: every other reporting verb with a speaker and a content span from the
   parse -> indirect, or mixed when the content holds quoted words;
3. phrases: "according to X, ..." and "..., per X"; then attributions the parse
   missed: '..., her doctor maintains.' closing a sentence, 'Trump charges that ...'
   with the verb tagged as a noun; then speech nouns with an owner: 'Iran's claim that ...',
   'UN accusations of ...' (noun_pass); views held in a predicate, 'X is convinced that ...' (beliefs);
4. headlines: "X: ..." where X is an actor or a person's name; transcript lines
   'PENCE: ...' whose label names a person of the article.
Then: speech another speaker relays ("the ministry said *Ethiopia rejected ...*")
is dropped, and so is a pronoun's restatement inside a named speaker's words
('Fowler said *he expects ...*' is one statement); a quote standing right after an attribution continues it; a
coordinated subject ("Moscow and Tehran rejected ...") speaks once per party;
a headline's country speaker is the person quoted first below it.
Boilerplate sentences ("Read more:", captions) produce nothing.

This module runs the passes in order; each mechanism has its own module:
quote_pass (1) with signatures, verb_pass (2), phrases and closing (3),
headlines and transcripts (4), relays (relayed and restated speech), continued
(quote runs), continuity (speakers carried over), speaker (who speaks, coordinated
subjects, naming), scene (an uncoded speaker takes the party its sentence names first), animacy (who can speak: 'the heatwave stressed the grid' reports nothing), and context (the shared per-document context).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..actors import DocActors
from ..records import Document, Sentence, Statement
from .beliefs import belief_pass
from .closing import closing_attribution_pass, respeak_closing_cues
from .context import Ctx
from .continued import continued_quotes
from .continuity import carry_speakers
from .headlines import headline_pass, headline_speakers
from .noun_pass import noun_pass
from .phrases import phrase_pass
from .quote_pass import quote_pass
from .quotes import find_quotes
from .relays import drop_relayed
from .scene import scene_parties
from .speaker import named_by_words
from .transcripts import transcript_pass
from .verb_pass import verb_pass


def extract(doc: Any, document: Document, sentences: Sequence[Sentence], actors: DocActors) -> list[Statement]:
    """Every statement in the document, ordered by where its content starts."""
    sents = sorted(sentences, key=lambda s: s.start)
    ctx = Ctx(doc, document.text, sents, actors, find_quotes(document.text), [s.start for s in sents])
    # in this order: the quote pass records the quoted words that the verb pass then leaves alone
    found = quote_pass(ctx) + verb_pass(ctx) + phrase_pass(ctx) + headline_pass(ctx) + transcript_pass(ctx)
    closing = closing_attribution_pass(ctx, found)
    found = respeak_closing_cues(found, closing) + closing
    found += noun_pass(ctx, found)
    found += belief_pass(ctx, found)
    found = drop_relayed(found)
    found += continued_quotes(ctx, found)
    seen: set[tuple[int, int, int, int, str | None]] = set()
    out: list[Statement] = []
    for st in sorted(scene_parties(ctx, named_by_words(headline_speakers(ctx, carry_speakers(found, actors.mentions)))), key=lambda s: (s.content.start, s.cue.start)):
        # one per speaker: 'both leaders agreed' stands, on the same words, for each person named before
        key = (st.content.start, st.content.end, st.cue.start, st.speaker.start if st.speaker else -1,
               st.speaker.name if st.speaker else None)
        if key not in seen:
            seen.add(key)
            out.append(st)
    return out
