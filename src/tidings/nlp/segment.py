"""Sentence-boundary rules run before the parser.

The statistical parser splits well inside prose but not at the newlines that
separate a headline, a dek and paragraphs, and it often gives a closing
quotation mark to the next sentence. Boundaries preset on ``is_sent_start``
are respected by the parser, so this component fixes both before it runs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

CLOSING = {'"', "”", "’", "'", "»", ")", "]"}
FINAL = {".", "!", "?", "…"}


@Language.component("tidings_lines")
def set_line_boundaries(doc: Doc) -> Doc:
    line_starts = [0]
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws[len(prev.text) :] or prev.is_space and "\n" in prev.text:
            if not tok.is_space:
                tok.is_sent_start = True
                line_starts.append(i)
            continue
        # keep a closing quote with the sentence it closes: ... Ukraine." <- same sentence
        if tok.text in CLOSING and prev.text in FINAL and not prev.whitespace_:
            tok.is_sent_start = False
    text = doc.text  # built from the tokens on each access: once per document, not once per line
    for i in line_starts:
        _split_dateline(doc, i, text)
    return doc


def _split_dateline(doc: Doc, i: int, text: str) -> None:
    """'SEOUL, Aug 20 (Reuters) - North Korea warned ...': the story starts its own sentence.

    Otherwise the parser reads the place name as the subject of the first sentence.
    """
    from ..ingest.zones import dateline_pattern

    start = doc[i].idx
    eol = text.find("\n", start)
    line = text[start : eol if eol >= 0 else len(text)]
    m = dateline_pattern().match(line)
    if not m or m.end() >= len(line.rstrip()):
        return
    body = start + m.end()
    for tok in doc[i + 1 :]:
        if tok.idx >= body:
            if tok.idx == body and not tok.is_space:
                tok.is_sent_start = True
                for inner in doc[i + 1 : tok.i]:
                    inner.is_sent_start = False
            return


def add_segmenter(nlp: Language) -> None:
    if "tidings_lines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("tidings_lines", before=before) if before else nlp.add_pipe("tidings_lines", first=True)
