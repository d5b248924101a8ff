"""Filter values checked at the edges, against the codebooks and the date forms.

``check_filters`` turns what a user typed (``--plover accuse``, ``--since 20250303``,
``--status claimed,denied``) into the normalised values the store queries, or raises
:class:`BadFilter` naming the accepted values. Nothing here touches a database, so the
CLI and the HTTP API refuse a bad value before any work is done.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, get_args

from . import data
from .errors import BadDate, BadFilter
from .ingest.dates import parse_date
from .records import Stance, Status

STATUSES: tuple[str, ...] = get_args(Status)
STANCES: tuple[str, ...] = get_args(Stance)
STAGES: tuple[str, ...] = ("ingest", "analyze", "store", "recode")
ALL = "all"


@lru_cache(maxsize=1)
def cameo_codes() -> frozenset[str]:
    return frozenset(data.load("cameo")["entries"])


@lru_cache(maxsize=1)
def plover_types() -> tuple[str, ...]:
    return tuple(data.load("plover")["types"])


def statuses_for(kind: str) -> tuple[str, ...]:
    """What ``--status`` means for each kind of row."""
    return STAGES if kind == "failures" else STANCES if kind in ("statements", "claims") else STATUSES


def check_status(value: str | None, kind: str = "events") -> str | None:
    """One value or a comma-separated list (``claimed,denied``), returned as ``a,b``; ``all`` (no filter) stays ``all``."""
    if value is None or value.strip() == "":
        return None
    wanted = [v.strip().lower() for v in value.split(",") if v.strip()]
    if ALL in wanted:
        return ALL
    accepted = statuses_for(kind)
    bad = [v for v in wanted if v not in accepted]
    if bad:
        raise BadFilter(f"--status {bad[0]}: not {_status_word(kind)}; accepted: {', '.join(accepted)}, "
                        f"a comma-separated list of them, or {ALL}")
    return ",".join(dict.fromkeys(wanted))


def _status_word(kind: str) -> str:
    return "a failure stage" if kind == "failures" else "a stance" if kind in ("statements", "claims") else "an event status"


def check_plover(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip().upper()
    if v not in plover_types():
        raise BadFilter(f"--plover {value}: not a PLOVER event type; accepted: {', '.join(plover_types())}")
    return v


def check_cameo(value: str | None) -> str | None:
    """A CAMEO code or a prefix of codes the codebook has (``19``, ``190``, ``0332``)."""
    if value is None:
        return None
    v = value.strip()
    if not (v.isdigit() and 2 <= len(v) <= 4 and any(c.startswith(v) for c in cameo_codes())):
        raise BadFilter(f"--cameo {value}: not a CAMEO code; accepted: a code of the CAMEO 1.1b3 codebook or its "
                        "prefix, two to four digits (19, 190, 0332; roots 01-20)")
    return v


def check_root(value: str | None) -> str | None:
    if value is None:
        return None
    v = value.strip().zfill(2)
    if not (v.isdigit() and len(v) == 2 and 1 <= int(v) <= 20):
        raise BadFilter(f"--root {value}: not a CAMEO root; accepted: 01 to 20")
    return v


def check_date(value: str | None, flag: str) -> str | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except BadDate as e:
        raise BadFilter(f"{flag} {value}: not a date; accepted: YYYY-MM-DD (also YYYYMMDD, 'March 3, 2025', "
                        "'3 March 2025')") from e


def check_confidence(value: float | str | None) -> float | None:
    if value is None:
        return None
    try:
        v = float(value)
    except ValueError as e:
        raise BadFilter(f"--min-confidence {value}: not a number; accepted: 0 to 1") from e
    if not 0.0 <= v <= 1.0:
        raise BadFilter(f"--min-confidence {value}: out of range; accepted: 0 to 1")
    return v


# which filters mean something for each kind of row (the others would be ignored: they are refused instead)
APPLIES: dict[str, frozenset[str]] = {
    "events": frozenset({"actor", "cameo", "root", "plover", "status", "since", "until", "document", "search", "limit",
                         "min_confidence"}),
    "claims": frozenset({"actor", "cameo", "root", "plover", "status", "since", "until", "document", "search", "limit"}),
    "statements": frozenset({"actor", "status", "since", "until", "document", "search", "limit"}),
    "actors": frozenset({"actor", "since", "until", "document", "search", "limit"}),
    "failures": frozenset({"status", "since", "until", "document", "limit"}),
}


def check_filters(kind: str = "events", **values: Any) -> dict[str, Any]:
    """The filter values, each checked and normalised (keys as in :class:`tidings.store.query.Filters`)."""
    out = dict(values)
    applies = APPLIES.get(kind)
    if applies is not None:
        for key, value in out.items():
            if value is not None and key not in applies:
                flag = "--" + key.replace("_", "-")
                raise BadFilter(f"{flag} does not filter {kind}; it filters "
                                f"{', '.join(k for k, keys in APPLIES.items() if key in keys)}")
    checks: dict[str, Callable[[Any], Any]] = {
        "status": lambda v: check_status(v, kind),
        "plover": check_plover,
        "cameo": check_cameo,
        "root": check_root,
        "since": lambda v: check_date(v, "--since"),
        "until": lambda v: check_date(v, "--until"),
        "min_confidence": check_confidence,
    }
    for key, fn in checks.items():
        if key in out:
            out[key] = fn(out[key])
    if out.get("since") and out.get("until") and out["since"] > out["until"]:
        raise BadFilter(f"--since {out['since']} is after --until {out['until']}; accepted: since <= until")
    return out
