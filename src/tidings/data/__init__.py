"""Versioned data files (code lists, dictionaries, patterns) and their loader.

Every file is JSON with a header: ``version`` (bumped on any change),
``source`` (the public facts it was written from) and ``description``. The
payload lives under ``entries`` (or other keys the owning stage documents).
Files are validated when loaded; a broken file raises :class:`DataError`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any, Callable

from ..errors import DataError

_HEADER = ("version", "source", "description")


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """Load ``data/<name>.json`` and check its header."""
    ref = resources.files(__name__).joinpath(f"{name}.json")
    try:
        raw = ref.read_text(encoding="utf-8")
    except (FileNotFoundError, OSError) as e:
        raise DataError(f"data file {name}.json is missing from the package; reinstall tidings") from e
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise DataError(f"data file {name}.json is not valid JSON ({e.msg}, line {e.lineno})") from e
    if not isinstance(obj, dict):
        raise DataError(f"data file {name}.json must hold a JSON object")
    missing = [k for k in _HEADER if not obj.get(k)]
    if missing:
        raise DataError(f"data file {name}.json lacks header field(s): {', '.join(missing)}")
    return obj


def validated(name: str, check: Callable[[dict[str, Any]], list[str]]) -> dict[str, Any]:
    """Load ``name`` and run ``check``; ``check`` returns a list of problems."""
    obj = load(name)
    problems = check(obj)
    if problems:
        shown = "; ".join(problems[:5])
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        raise DataError(f"data file {name}.json is invalid: {shown}{more}")
    return obj


def versions() -> dict[str, str]:
    """Versions of every data file bundled with tidings, by name."""
    out: dict[str, str] = {}
    for ref in sorted(resources.files(__name__).iterdir(), key=lambda r: r.name):
        if ref.name.endswith(".json"):
            name = ref.name[: -len(".json")]
            out[name] = str(load(name)["version"])
    return out
