"""Ingest: files, HTML pages and JSONL corpora become Documents; lines get zones."""

from .readers import iter_documents
from .zones import classify_lines

__all__ = ["iter_documents", "classify_lines"]
