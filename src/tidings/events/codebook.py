"""CAMEO codebook and CAMEO->PLOVER table, loaded once from the versioned data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .. import data
from ..errors import DataError

# the roots of armed force (assault, fight, mass violence), in the order a claimed act noun looks back for
# the attack it names again (targets.owned_target)
FORCE_ROOTS = ("19", "18", "20")
# a visit or trip (CAMEO 042): the place a visitor arrives in is its host, peacekeepers arriving deploy
VISIT_CODES = ("042",)

_CODE = re.compile(r"^(0[1-9]|1[0-9]|20)\d{0,2}$")


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """What one CAMEO code means, with its PLOVER reading."""

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    mode: str | None
    context: str | None


def _check_cameo(obj: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    entries = obj.get("entries")
    if not isinstance(entries, dict) or not entries:
        return ["'entries' must be a non-empty object"]
    for code, e in entries.items():
        if not _CODE.match(code):
            problems.append(f"bad code {code!r}")
        elif len(code) > 2 and code[:-1] not in entries and code[:2] not in entries:
            problems.append(f"code {code} has no parent")
        if not isinstance(e.get("name"), str) or not isinstance(e.get("goldstein"), (int, float)):
            problems.append(f"code {code} lacks name or goldstein")
        elif not -10 <= e["goldstein"] <= 10 or e.get("quad_class") not in (1, 2, 3, 4):
            problems.append(f"code {code} has goldstein or quad class out of range")
    roots = {c[:2] for c in entries}
    if len(roots) != 20:
        problems.append(f"expected 20 roots, found {len(roots)}")
    return problems


def _check_plover(obj: dict[str, Any]) -> list[str]:
    types = set(obj.get("types") or [])
    entries = obj.get("entries")
    if len(types) != 16 or not isinstance(entries, dict):
        return ["'types' must list the 16 PLOVER types and 'entries' must be an object"]
    return [f"code {c} maps to unknown type {e.get('type')!r}" for c, e in entries.items()
            if e.get("type") is not None and e.get("type") not in types]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Any], dict[str, Any]]:
    cameo = data.validated("cameo", _check_cameo)["entries"]
    plover = data.validated("plover", _check_plover)["entries"]
    missing = [c for c in cameo if c not in plover]
    if missing:
        raise DataError(f"data file plover.json lacks CAMEO codes {', '.join(missing[:5])}")
    return cameo, plover


def plover_types() -> frozenset[str]:
    """The 16 PLOVER event types."""
    return frozenset(data.validated("plover", _check_plover)["types"])


def codes() -> list[str]:
    """Every CAMEO code in the codebook."""
    return sorted(_tables()[0])


@lru_cache(maxsize=None)
def info(code: str) -> CodeInfo:
    """The codebook entry for ``code``; raises DataError for a code not in CAMEO 1.1b3."""
    cameo, plover = _tables()
    if code not in cameo:
        raise DataError(f"unknown CAMEO code {code!r}; see data/cameo.json")
    e, p = cameo[code], plover[code]
    return CodeInfo(code, code[:2], e["name"], float(e["goldstein"]), int(e["quad_class"]),
                    p.get("type"), p.get("mode"), p.get("context"))
