"""The ``Store``: one object the CLI and library use to reach the database.

SQL lives only in this package. A Store is opened on a path or URL, brings
the schema up to date, and exposes small operations, each one transaction.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import StoreError
from ..records import Analysis, Document, Failure
from . import db, migrations, read, rows, schema, write

T = TypeVar("T")


class RecordRejected(StoreError):
    """The database refused one document's rows (a constraint failed): that document is skipped."""

    code = "E402"


class Store:
    """A tidings database (SQLite file or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._versions: set[str] = set()  # versions rows known to exist (saves an insert per document)

    @classmethod
    def open(cls, target: str | None = None, *, migrate: bool = True, create: bool = True) -> "Store":
        """Open (and bring up to date) the database at ``target``.

        ``create=False`` is for readers: a SQLite file that does not exist is an
        error instead of a new empty database (a mistyped path must not look empty).
        """
        engine = db.create(target, must_exist=not create)
        store = cls(engine)
        if migrate:
            migrations.migrate(engine)
        return store

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for reads (SQLite: no write lock is taken)."""
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(**{db.READ_ONLY: True})
                yield conn
        except SQLAlchemyError as e:
            raise StoreError(f"cannot read {self.url}: {e}") from e

    def _transaction(self, fn: Callable[[Connection], T]) -> T:
        def attempt() -> T:
            with self.engine.begin() as conn:
                return fn(conn)

        try:
            return db.with_retry(attempt)
        except IntegrityError as e:
            raise RecordRejected(f"cannot write to {self.url}: {e.orig}") from e
        except SQLAlchemyError as e:
            raise StoreError(f"cannot write to {self.url}: {e}") from e

    def write(self, a: Analysis) -> bool:
        """Store one document's analysis in one transaction; False if already stored."""
        vid = rows.versions_id(a.versions)
        written = bool(self._transaction(lambda conn: write.write_analysis(conn, a, known=self._versions, vid=vid)))
        self._versions.add(vid)
        return written

    def record_failure(self, f: Failure, *, input_id: str | None = None, document_id: str | None = None,
                       versions: dict[str, str] | None = None) -> bool:
        return bool(self._transaction(
            lambda conn: write.record_failure(conn, f, input_id=input_id, document_id=document_id, versions=versions)))

    def add_copy(self, d: Document) -> bool:
        """Record another appearance (id, URL, source, date) of a stored text; False if already known."""
        return bool(self._transaction(lambda conn: write.add_copy(conn, d)))

    def replace(self, num: int, a: Analysis) -> None:
        """Replace document ``num``'s extracted rows with ``a`` (one transaction)."""
        self._transaction(lambda conn: write.replace_extracted(conn, num, a))

    def stored(self, ids: list[str]) -> set[str]:
        with self.reading() as conn:
            return write.stored_ids(conn, ids)

    def has(self, text: str) -> bool:
        return bool(self.stored([rows.document_id(text)]))

    def analysis(self, ref: str | int) -> Analysis | None:
        """A stored document's Analysis by ``num``, content hash or input id."""
        with self.reading() as conn:
            num = ref if isinstance(ref, int) else read.document_num(conn, ref)
            return None if num is None else read.analysis_for(conn, num)

    def document(self, num: int) -> Document | None:
        with self.reading() as conn:
            doc: Document | None = read.document_for(conn, num)
            return doc

    def document_nums(self, *, not_version: str | None = None) -> list[int]:
        with self.reading() as conn:
            return list(read.document_nums(conn, not_version=not_version))

    def count(self, table: str) -> int:
        t = schema.metadata.tables.get(table)
        if t is None:
            raise StoreError(f"no table {table!r}")
        with self.reading() as conn:
            return int(conn.execute(select(func.count()).select_from(t)).scalar_one())
