"""Bounded, guarded analysis: each document comes out as an Analysis or as a Failure, never as an
exception that ends the batch.

Work per article is bounded twice. Before spaCy sees a text, the reader's limits
(characters, lines, longest run without a space: ``readers.unfit_text``)
are checked again, whoever built the Document (a reader, the API, a stored
text). After parsing, tokens and sentences are counted before the stages run,
since their work grows faster than the text. A stage that raises on one document
(a date it cannot read, a bug) fails that document only; so does a spaCy
component of tidings' own, through the pipeline's error handler. A document spaCy drops without an
error is noticed too: documents come out of ``nlp.pipe`` in the order they went in.
"""

from __future__ import annotations

from collections import deque
from typing import Any, Callable, Iterable, Iterator

from .actors.lexicon import name_phrases
from .errors import InputTooLarge, TidingsError
from .ingest.readers import ReadOptions, unfit_text
from .ingest.zones import classify_lines
from .nlp import casing
from .records import Analysis, Document, Failure

# After parsing: about twice what the 100,000-character limit gives on news prose (~20,000 tokens, ~700 sentences)
MAX_TOKENS = 30_000
MAX_SENTENCES = 1_000
BATCH_SIZE = 16

Fail = Callable[[Document, str, Exception], None]
Stages = Callable[[Document, Any, dict[str, str]], Analysis]  # every stage after parsing, on one parsed document


def stage_failure(document: Document, stage: str, err: Exception) -> Failure:
    """The failure record for ``document`` at ``stage``: an unexpected exception is code E000, with its type."""
    code = err.code if isinstance(err, TidingsError) else "E000"
    message = err.message if isinstance(err, TidingsError) else f"{type(err).__name__}: {err}"
    return Failure(path=document.path or document.id, code=code, message=message, line=document.line, stage=stage,
                   id=document.id)


def parsed_limits_error(doc: Any) -> InputTooLarge | None:
    """Why a parsed Doc is too much work for the stages after parsing, or None."""
    if len(doc) > MAX_TOKENS:
        return InputTooLarge(f"article has {len(doc):,} tokens, over the {MAX_TOKENS:,} limit for one article; split it")
    n = sum(1 for _ in doc.sents)
    if n > MAX_SENTENCES:
        return InputTooLarge(f"article has {n:,} sentences, over the {MAX_SENTENCES:,} limit for one article; split it")
    return None


def analyze_guarded(documents: Iterable[Document], *, nlp: Any, stages: Stages, stamp: Callable[[], dict[str, str]],
                    fail: Fail, workers: int = 1, limits: ReadOptions | None = None) -> Iterator[Analysis]:
    """Parse and run ``stages`` (``pipeline.analyze_parsed``) on each document; ``fail(document, stage, error)``
    gets the ones that fail."""
    sent: deque[Document] = deque()  # went into nlp.pipe, not out yet
    words = casing.english_words(nlp)  # Title Case headlines go to the parser in sentence case
    errors: dict[int, Exception] = {}  # id(document) -> what a spaCy component raised on it

    def admitted() -> Iterator[tuple[str, Document]]:
        for d in documents:
            err = unfit_text(d.text, limits)
            if err is not None:
                fail(d, "analyze", err)
                continue
            sent.append(d)
            yield casing.parser_text(d.text, classify_lines(d.text), name_phrases(), words), d

    def dropped(until: Document | None) -> None:
        """Fail the documents spaCy let go before ``until`` (all that are left when None)."""
        while sent and (until is None or sent[0] != until):
            d = sent.popleft()
            fail(d, "parse", errors.pop(id(d), TidingsError("the parser dropped this document")))
        if sent:
            sent.popleft()

    def on_error(name: str, proc: Any, docs: list[Any], e: Exception) -> None:
        for doc in docs or ():
            context = getattr(doc, "_context", None)
            if context is not None:
                errors[id(context)] = e

    # Function components (tidings' own, e.g. the line segmenter) report to the pipeline's default handler;
    # spaCy's trained pipes keep raising (nlp.set_error_handler cannot reach the parser in spaCy 3.8).
    # The handler is a closure, so it stays in this process (--workers processes keep spaCy's).
    previous = nlp.default_error_handler
    if workers == 1:
        nlp.default_error_handler = on_error
    try:
        for doc, document in nlp.pipe(admitted(), as_tuples=True, batch_size=BATCH_SIZE, n_process=max(1, workers)):
            dropped(document)
            doc = casing.restored(doc, document.text)
            too_much = parsed_limits_error(doc)
            if too_much is not None:
                fail(document, "analyze", too_much)
                continue
            try:
                analysis = stages(document, doc, stamp())
            except Exception as e:  # noqa: BLE001 - per-document failures are data, the batch goes on
                fail(document, "analyze", e)
                continue
            yield analysis
        dropped(None)
    finally:
        nlp.default_error_handler = previous
