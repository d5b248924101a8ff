"""Sentence-boundary rules run before the parser.

The statistical parser splits well inside prose but not at the newlines that
separate a headline, a dek and paragraphs, and it often gives a closing
quotation mark to the next sentence. A newline that only wraps a line of
hard-wrapped text ('... Clinton\nsaid.') is no boundary. Boundaries preset on ``is_sent_start``
are respected by the parser, so this component fixes both before it runs.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

CLOSING = {'"', "”", "’", "'", "»", ")", "]"}
FINAL = {".", "!", "?", "…"}


@Language.component("tidings_lines")
def set_line_boundaries(doc: Doc) -> Doc:
    if not len(doc):
        return doc  # an empty text has no line to start
    line_starts = [0]
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
        if "\n" in prev.text_with_ws[len(prev.text) :] or prev.is_space and "\n" in prev.text:
            if not tok.is_space and not _wrapped_before(prev, tok):
                tok.is_sent_start = True
                line_starts.append(i)
            continue
        # keep a closing quote with the sentence it closes: ... Ukraine." <- same sentence
        if tok.text in CLOSING and prev.text in FINAL and not prev.whitespace_:
            tok.is_sent_start = False
    text = doc.text  # built from every token on each access: once per doc, not once per line
    for i in line_starts:
        _split_dateline(doc, text, i)
    return doc


def wraps(before: str, after: str) -> bool:
    """A single line break between these two characters only wraps a line of hard-wrapped text
    ('... Clinton\\nsaid.'): the word before it ends no sentence or clause (a letter, digit or
    comma) and the next line goes on in lower case."""
    return bool(before) and (before.isalnum() or before == ",") and after[:1].islower()


def wrapped_line(text: str, i: int) -> bool:
    """The newline at ``i`` of ``text`` only wraps a line (``wraps``); a blank line never does."""
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    k = i + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    return j >= 0 and k < len(text) and wraps(text[j], text[k])


def _wrapped_before(prev: Token, tok: Token) -> bool:
    """The line break ending at ``tok`` (in ``prev`` or its trailing space) only wraps a line."""
    word = prev.doc[prev.i - 1] if prev.is_space and prev.i > 0 else prev
    if word.is_space:
        return False
    gap = word.whitespace_ + (prev.text_with_ws if prev is not word else "")
    return gap.count("\n") == 1 and wraps(word.text[-1:], tok.text[:1])


def _split_dateline(doc: Doc, text: str, i: int) -> None:
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
    for tok in doc[i + 1 :]:  # a dateline is a few words: this stops within the line
        if tok.idx >= body:
            if tok.idx == body and not tok.is_space:
                tok.is_sent_start = True
                for inner in doc[i + 1 : tok.i]:
                    inner.is_sent_start = False
                _first_sentence_whole(doc, tok.i, eol if eol >= 0 else len(text))
            return


def _first_sentence_whole(doc: Doc, first: int, eol: int) -> None:
    """'DHAKA, Bangladesh - Bangladeshi security forces opened fire ...': after a dateline the parser
    tends to end a sentence after the story's first word; the story's first sentence runs at least to
    its first full stop (or the end of the line)."""
    for tok in doc[first + 1 :]:
        if tok.idx >= eol or doc[tok.i - 1].text in FINAL:
            return
        tok.is_sent_start = False


def add_segmenter(nlp: Language) -> None:
    if "tidings_lines" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("tidings_lines", before=before) if before else nlp.add_pipe("tidings_lines", first=True)
