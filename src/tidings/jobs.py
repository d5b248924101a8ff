"""``ingest`` and ``recode``: run the pipeline and store each document as it comes.

Documents already stored (same text hash) are skipped *before* analysis, so a
re-run after a crash only pays for what is missing. Bad inputs and documents
a stage chokes on become ``failures`` rows and the batch goes on.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .bounded import BATCH_SIZE, stage_failure
from .errors import input_error
from .ingest.readers import ReadOptions, iter_inputs
from .records import Analysis, Document, Failure
from .store.base import RecordRejected, Store
from .store.rows import document_id, versions_id


def _versions() -> dict[str, str]:
    from .pipeline import versions  # imports spaCy: only when something is analysed or failed

    return versions()


class _LazyStamp:
    """The versions stamp, computed on first use: a re-run with nothing new never loads the model."""

    def __init__(self, compute: Callable[[], dict[str, str]]) -> None:
        self._compute = compute
        self._value: dict[str, str] | None = None

    def get(self) -> dict[str, str]:
        if self._value is None:
            self._value = self._compute()
        return self._value


@dataclass(slots=True)
class IngestReport:
    read: int = 0  # documents read from the inputs
    written: int = 0  # newly stored
    skipped: int = 0  # already stored (same text)
    failed: int = 0  # inputs or documents recorded as failures
    copies: int = 0  # a stored text read under a new id, URL, source or date: recorded as one more copy

    def summary(self) -> str:
        out = f"{self.written} stored, {self.skipped} already stored, {self.failed} failed ({self.read} documents read)"
        if self.copies:
            out += f"; {self.copies} more cop{'y' if self.copies == 1 else 'ies'} of stored texts (same text, another id, URL, source or date)"
        return out


@dataclass(frozen=True, slots=True)
class Hooks:
    """Callbacks for progress and failure reporting (the CLI prints; tests collect)."""

    on_failure: Callable[[Failure], None] | None = None
    on_document: Callable[[Analysis], None] | None = None
    on_step: Callable[[], None] | None = None  # once per input record done (stored, skipped or failed): progress


def _analyze(pairs: Iterable[tuple[str, Document]], *, workers: int, stamp: Callable[[], dict[str, str]],
             fail: Callable[[Document, str, Exception], None]) -> Iterator[Analysis]:
    """Parse and run every stage (``tidings.bounded``); a document over the limits or one a stage fails on
    fails that document only."""
    from .bounded import analyze_guarded
    from .nlp import load_model
    from .pipeline import staged

    items = iter(pairs)
    first = next(items, None)
    if first is None:  # nothing new: do not pay for loading the model
        return
    documents = (d for _, d in itertools.chain([first], items))
    yield from analyze_guarded(documents, nlp=load_model(), stages=staged, stamp=stamp, fail=fail, workers=workers)


def ingest_paths(store: Store, paths: Iterable[str], *, workers: int = 1, strict: bool = False,
                 hooks: Hooks = Hooks(), options: ReadOptions | None = None) -> IngestReport:
    """Analyse and store every article under ``paths``."""
    report = IngestReport()
    seen: set[str] = set()
    stamp = _LazyStamp(_versions)

    def step() -> None:
        if hooks.on_step is not None:
            hooks.on_step()

    later: list[Document] = []  # a text repeated within the run: its copy is recorded once the text is stored

    def fail(f: Failure, *, input_id: str | None = None, doc_id: str | None = None) -> None:
        report.failed += 1
        step()
        store.record_failure(f, input_id=input_id, document_id=doc_id, versions=stamp.get())
        if hooks.on_failure is not None:
            hooks.on_failure(f)

    def stage_fail(document: Document, stage: str, err: Exception) -> None:
        fail(stage_failure(document, stage, err), input_id=document.id, doc_id=document_id(document.text))

    def fresh(chunk: list[Document]) -> Iterator[tuple[str, Document]]:
        """The documents of ``chunk`` not stored yet (one query for the whole chunk)."""
        keys = [document_id(d.text) for d in chunk]
        stored = store.stored(keys) if chunk else set()
        for d, key in zip(chunk, keys):
            if key in seen or key in stored:
                if key in seen:
                    later.append(d)
                elif store.add_copy(d):
                    report.copies += 1
                else:
                    report.skipped += 1
                step()
                continue
            seen.add(key)
            yield d.text, d

    def pending() -> Iterator[tuple[str, Document]]:
        chunk: list[Document] = []
        for item in iter_inputs(paths, options=options):
            if isinstance(item, Failure):
                if strict:
                    raise input_error(item.code, item.message, path=item.path, line=item.line)
                fail(item)
                continue
            report.read += 1
            chunk.append(item)
            if len(chunk) == BATCH_SIZE:  # spaCy parses this many at a time anyway: no added latency
                yield from fresh(chunk)
                chunk = []
        yield from fresh(chunk)

    for a in _analyze(pending(), workers=workers, stamp=stamp.get, fail=stage_fail):
        failed = report.failed
        _store_one(store, a, report, stage_fail)
        if hooks.on_document is not None:
            hooks.on_document(a)
        if report.failed == failed:  # a store failure has counted its step already
            step()
    for d in later:
        if store.add_copy(d):
            report.copies += 1
        else:
            report.skipped += 1
    return report


def _store_one(store: Store, a: Analysis, report: IngestReport, stage_fail: Callable[[Document, str, Exception], None]) -> None:
    try:
        written = store.write(a)
    except RecordRejected as e:
        stage_fail(a.document, "store", e)
        return
    if written:
        report.written += 1
    else:
        report.skipped += 1  # another process stored the same text meanwhile


@dataclass(slots=True)
class RecodeReport:
    recoded: int = 0
    failed: int = 0
    current: int = 0  # already coded by the running versions

    def summary(self) -> str:
        return f"{self.recoded} recoded, {self.current} already current, {self.failed} failed"


def recode(store: Store, *, everything: bool = False, workers: int = 1, hooks: Hooks = Hooks()) -> RecodeReport:
    """Re-run extraction on stored texts coded by other versions (all texts with ``everything``)."""
    from .pipeline import versions

    stamp = versions()
    report = RecodeReport()
    todo = store.document_nums(not_version=None if everything else versions_id(stamp))
    report.current = len(store.document_nums()) - len(todo)
    nums: dict[str, int] = {}

    def pairs() -> Iterator[tuple[str, Document]]:
        for num in todo:
            d = store.document(num)
            if d is not None:
                nums[document_id(d.text)] = num
                yield d.text, d

    def stage_fail(document: Document, stage: str, err: Exception) -> None:
        report.failed += 1
        f = stage_failure(document, "recode", err)
        store.record_failure(f, input_id=document.id, document_id=document_id(document.text), versions=stamp)
        if hooks.on_failure is not None:
            hooks.on_failure(f)

    for a in _analyze(pairs(), workers=workers, stamp=lambda: stamp, fail=stage_fail):
        store.replace(nums[document_id(a.document.text)], a)
        report.recoded += 1
        if hooks.on_document is not None:
            hooks.on_document(a)
        if hooks.on_step is not None:
            hooks.on_step()
    return report


