"""The pipeline: Document -> spaCy Doc -> actors -> statements -> events -> claims -> Analysis.

This is the one place where stages are called in order; each stage is a plain
function over the parsed Doc and earlier stages' records.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Iterator

from . import actors, claims, data, events, statements
from ._version import __version__
from .errors import input_error
from .ingest.readers import ReadOptions, iter_inputs
from .ingest.zones import classify_lines, sentence_records
from .nlp import load_model, model_info
from .records import Analysis, Document, Failure


def versions() -> dict[str, str]:
    """Pipeline, model and data versions stamped on every record."""
    out = {"tidings": __version__}
    out.update(model_info())
    out.update({f"data:{k}": v for k, v in data.versions().items()})
    out.update(_extra_dictionaries())
    return out


def _extra_dictionaries() -> dict[str, str]:
    """User dictionaries in use (--actor-dict, --verb-dict), by name, with a hash of their content:
    a record coded with them says so, and ``recode`` sees the change when they change."""
    import hashlib
    from pathlib import Path

    from .actors.lexicon import extra_dictionary_paths
    from .events.patterns import extra_verb_paths

    out: dict[str, str] = {}
    for kind, paths in (("actors", extra_dictionary_paths()), ("verbs", extra_verb_paths())):
        for path in paths:
            try:
                digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
            except OSError:
                digest = "unreadable"
            out[f"extra:{kind}:{Path(path).name}"] = digest
    return out


def analyze_parsed(document: Document, doc: Any, *, stamp: dict[str, str] | None = None) -> Analysis:
    """Run every stage on a parsed Doc."""
    lines = classify_lines(document.text)
    sents = sentence_records(doc, lines)
    table = actors.resolve(doc, document, sents)
    said = statements.extract(doc, document, sents, table)
    evs = events.confidence.assign(events.extract(doc, document, sents, table, said), sents, said, doc)
    cls = claims.build(document, evs, said, actors=table.mentions)
    return Analysis(
        document=document,
        lines=tuple(lines),
        sentences=tuple(sents),
        mentions=tuple(table.mentions),
        events=tuple(evs),
        statements=tuple(said),
        claims=tuple(cls),
        versions=stamp if stamp is not None else versions(),
    )


def analyze_documents(documents: Iterable[Document], *, workers: int = 1,
                      on_failure: Callable[[Failure], None] | None = None) -> Iterator[Analysis]:
    """Analyse documents lazily, streaming: memory stays flat on any input size.

    A document over the work limits, or one a stage fails on, goes to ``on_failure`` and the rest go
    on (``tidings.bounded``); without ``on_failure`` its error is raised.
    """
    from .bounded import analyze_guarded, stage_failure

    def fail(document: Document, stage: str, err: Exception) -> None:
        if on_failure is None:
            raise err
        on_failure(stage_failure(document, stage, err))

    stamp = versions()
    yield from analyze_guarded(documents, nlp=load_model(), stages=staged, stamp=lambda: stamp, fail=fail, workers=workers)


def staged(document: Document, doc: Any, stamp: dict[str, str]) -> Analysis:
    """``analyze_parsed`` as ``tidings.bounded`` calls it."""
    return analyze_parsed(document, doc, stamp=stamp)


def analyze_text(text: str, *, id: str = "text", date: str | None = None, title: str | None = None) -> Analysis:
    """Analyse one text given as a string; ``date`` in any form ``tidings.ingest.dates`` reads (BadDate otherwise)."""
    from .ingest.dates import parse_date

    document = Document(id=id, text=text, date=parse_date(date) if date else None, title=title,
                        date_source="metadata" if date else None)
    return next(analyze_documents([document]))


def analyze_paths(
    paths: Iterable[str],
    *,
    workers: int = 1,
    strict: bool = False,
    on_failure: Callable[[Failure], None] | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Analysis]:
    """Analyse every article under ``paths``; bad inputs go to ``on_failure`` and the run goes on.

    With ``strict`` the first bad input raises :class:`InputError` instead.
    """

    def documents() -> Iterator[Document]:
        for item in iter_inputs(paths, options=options):
            if isinstance(item, Failure):
                if strict:
                    raise input_error(item.code, item.message, path=item.path, line=item.line)
                if on_failure is not None:
                    on_failure(item)
                continue
            yield item

    yield from analyze_documents(documents(), workers=workers, on_failure=on_failure)
