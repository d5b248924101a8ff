"""Extra actor data from PETRARCH / TABARI dictionary files (``.actors`` and ``.agents``).

The formats are the ones documented for PETRARCH2 ("PETRARCH Dictionary
Formats"): comments start with ``#`` or ``;`` or sit in ``<!-- -->``; phrases
join words with blanks or underscores.

Actors file: records of a primary phrase with an optional ``[CODE]``, synonym
lines starting with ``+``, and date-restriction lines starting with white
space: ``[CODE <date]``, ``[CODE >date]``, ``[CODE date-date]`` or ``[CODE]``.
Dates are ``YYYYMMDD`` or ``YYMMDD``.

Agents file: ``PHRASE {optional plural} [~CODE]`` (or ``[CODE~]``); regular
plurals are generated, ``{}`` suppresses them.

CAMEO codes become tidings keys: ``USAGOV`` -> ``USA.GOV``, ``AFG`` -> ``AFG``.
Codes that do not start with an ISO 3166-1 country (``IGOUNO``) or whose
sector tidings does not use (``AFGELI``) keep only what maps cleanly: the
country, or nothing. A person with dated codes becomes a dated office holder;
an undated phrase becomes an alias (a country name, or an institution when
the code carries a sector).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_CODE = re.compile(r"\[([^\]]*)\]")
_PLURAL = re.compile(r"\{([^}]*)\}")
# two-digit years up to this value are 20xx (TABARI dictionaries mix YYMMDD and YYYYMMDD)
PIVOT_YEAR = 30


@dataclass(frozen=True, slots=True)
class DatedCode:
    code: str
    start: str | None  # ISO date, inclusive
    end: str | None  # ISO date, inclusive


@dataclass
class ActorRecord:
    """One record of an ``.actors`` file."""

    phrases: list[str]
    default: str | None
    dated: list[DatedCode] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True, slots=True)
class AgentRecord:
    """One phrase of an ``.agents`` file with its agent code (``GOV``, ``MIL``)."""

    phrase: str
    code: str


def clean_lines(text: str) -> list[tuple[int, str]]:
    """Lines with comments removed, numbered from 1, blank ones dropped; leading white space kept."""
    text = _HTML_COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    out = []
    for n, raw in enumerate(text.splitlines(), start=1):
        line = re.split(r"[#;]", raw, maxsplit=1)[0].rstrip()
        if line.strip():
            out.append((n, line))
    return out


def phrase_text(raw: str) -> str:
    """``JOHN_KERRY_`` -> ``John Kerry``: words joined by spaces, capitalised like a name."""
    words = [w for w in re.split(r"[_\s]+", raw.strip()) if w]
    return " ".join(w if len(w) <= 3 and w.isupper() and len(words) == 1 else w.capitalize() for w in words)


def iso_date(raw: str, *, path: str, line: int) -> str:
    digits = raw.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise DataError(f"{path}:{line}: bad date {raw!r} (YYMMDD or YYYYMMDD)")
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy <= PIVOT_YEAR else 1900 + yy}{digits[2:]}"
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def _restriction(body: str, *, path: str, line: int) -> DatedCode:
    parts = body.split()
    if not parts:
        raise DataError(f"{path}:{line}: empty code")
    code, rest = parts[0], "".join(parts[1:])
    if not rest:
        return DatedCode(code, None, None)
    if rest.startswith("<"):
        return DatedCode(code, None, iso_date(rest[1:], path=path, line=line))
    if rest.startswith(">"):
        return DatedCode(code, iso_date(rest[1:], path=path, line=line), None)
    if "-" in rest:
        a, b = rest.split("-", 1)
        return DatedCode(code, iso_date(a, path=path, line=line), iso_date(b, path=path, line=line))
    raise DataError(f"{path}:{line}: bad date restriction {body!r}")


def parse_actors(text: str, path: str = "<actors>") -> list[ActorRecord]:
    """Records of a PETRARCH ``.actors`` file (raises :class:`DataError` on a malformed line)."""
    records: list[ActorRecord] = []
    current: ActorRecord | None = None
    for n, line in clean_lines(text):
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                raise DataError(f"{path}:{n}: synonym before any primary phrase")
            current.phrases.append(phrase_text(_CODE.sub("", stripped[1:])))
            found = _CODE.search(stripped)
            if found and current.default is None:
                current.default = found.group(1).split()[0]
        elif line[:1].isspace() and stripped.startswith("["):
            if current is None:
                raise DataError(f"{path}:{n}: date restriction before any primary phrase")
            for body in _CODE.findall(stripped):
                current.dated.append(_restriction(body, path=path, line=n))
        else:
            found = _CODE.search(stripped)
            name = phrase_text(_CODE.sub("", stripped))
            if not name:
                raise DataError(f"{path}:{n}: record without a phrase")
            current = ActorRecord([name], found.group(1).split()[0] if found else None, line=n)
            records.append(current)
    return records


def parse_agents(text: str, path: str = "<agents>") -> list[AgentRecord]:
    """Phrases of a PETRARCH ``.agents`` file, plurals generated (``{}`` suppresses them)."""
    out: list[AgentRecord] = []
    for n, line in clean_lines(text):
        found = _CODE.search(line)
        if not found:
            raise DataError(f"{path}:{n}: agent without a [~CODE]")
        raw_code = found.group(1).strip()
        code = raw_code.strip("~")
        if not code or "~" not in raw_code:
            raise DataError(f"{path}:{n}: agent code must carry '~' ({raw_code!r})")
        head = line[: found.start()]
        plural = _PLURAL.search(head)
        root = _PLURAL.sub("", head).strip()
        if not root:
            raise DataError(f"{path}:{n}: agent without a phrase")
        singular = phrase_text(root).lower()
        out.append(AgentRecord(singular, code))
        if plural is None:
            out.append(AgentRecord(_regular_plural(singular), code))
        elif plural.group(1).strip():
            out.append(AgentRecord(phrase_text(plural.group(1)).lower(), code))
    return out


def _regular_plural(word: str) -> str:
    if word.endswith("ss"):
        return word + "es"
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    return word + "s"


def cameo_key(code: str, countries: set[str], sectors: tuple[str, ...]) -> str | None:
    """``USAGOV`` -> ``USA.GOV``; ``AFGELI`` -> ``AFG``; ``IGOUNO`` -> None."""
    code = code.strip().upper()
    if len(code) < 3 or code[:3] not in countries:
        return None
    sector = code[3:6]
    return f"{code[:3]}.{sector}" if sector in sectors else code[:3]


def read_file(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as e:
        raise DataError(f"cannot read dictionary {path}: {e.strerror or e}") from e
