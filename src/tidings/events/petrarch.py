"""Extra event patterns from a PETRARCH / TABARI verb dictionary (the ``CAMEO.2.0.txt`` format).

The format, as documented for PETRARCH2 ("PETRARCH Dictionary Formats"):

- synonym sets: a line ``&NAME`` followed by ``+WORD`` lines; ``&NAME`` in a pattern stands
  for any of its words;
- verb blocks: a header ``--- NAME [code] ---`` (``[---]``: no code of its own), then the
  block's verbs, one per line (``SPEED {SPEEDING SPEEDS SPED}``: irregular forms in braces),
  then pattern lines ``- <words before> * <words after> [code]`` that apply to every verb of
  the block. ``*`` is the verb, ``$`` the source, ``+`` the target, ``^`` skipped words,
  ``(PREP ...)`` a prepositional phrase and ``{A B}`` a multi-word noun phrase.

What maps onto tidings patterns (kind ``verb``: lemma, then particles / prepositions and
object nouns) is imported; the rest is counted as skipped and reported:

- a block's verbs with the block's code (single-word verbs; ``+MULTI_WORD`` forms are skipped);
- patterns whose words all follow the verb: ``- * (TO BORDER) [154]`` -> ``rush to border``;
  a synonym set expands to one pattern per single-word member; a multi-word noun phrase
  keeps its last word (its head);
- patterns with words before the verb (other than ``$ + ^ %``) constrain the subject, which
  tidings patterns cannot express: skipped;
- ``[a:b]`` codes (an event and its reciprocal) keep the first code; codes not in CAMEO
  1.1b3 are skipped.

Imported patterns rank after the project's own on equal specificity (see ``patterns.index``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..actors.petrarch import clean_lines, read_file
from ..errors import DataError
from . import codebook
from .pattern_words import FUNCTION_WORDS

_BLOCK = re.compile(r"^-{3}\s+(\S+)\s+\[([^\]]*)\]\s*-{3}\s*$")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_BRACES = re.compile(r"\{([^}]*)\}")
MARKERS = frozenset("$+^%")
MAX_EXPANSION = 200  # patterns one dictionary line may expand to through synonym sets


@dataclass(slots=True)
class VerbDictionary:
    """Patterns read from one file, in tidings form, and what could not be used."""

    path: str
    entries: list[dict[str, str]] = field(default_factory=list)  # {"code", "kind": "verb", "text", "origin"}
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> count

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1


def _word(raw: str) -> str | None:
    """``EXERCISES`` -> ``exercises``; ``KRONE_`` -> ``krone``; multi-word ``ARMED_FORCES`` -> None."""
    w = raw.strip().strip("_").lower()
    if not w or "_" in w or not re.fullmatch(r"[a-z][a-z'\-]*", w):
        return None
    return w


def _code(raw: str, known: set[str]) -> str | None:
    for part in raw.split(":"):
        part = part.strip()
        if part and part != "---" and part in known:
            return part
    return None


def _tokens(body: str) -> list[str]:
    """Pattern words: parentheses dropped, ``{A B C}`` reduced to its head ``C``."""
    body = _BRACES.sub(lambda m: (m.group(1).split() or [""])[-1], body)
    return body.replace("(", " ").replace(")", " ").split()


def parse_verbs(text: str, path: str = "<verbs>") -> VerbDictionary:
    """Read a PETRARCH verb dictionary's text into tidings verb patterns."""
    out = VerbDictionary(path)
    known = set(codebook.codes())
    synsets: dict[str, list[str]] = {}
    current_set: str | None = None
    block_code: str | None = None
    block_verbs: list[str] = []
    in_block = False
    for n, line in clean_lines(text):
        s = line.strip()
        head = _BLOCK.match(s)
        if head:
            in_block, current_set = True, None
            block_verbs = []
            block_code = _code(head.group(2), known)
            if head.group(2).strip() not in ("---", "") and block_code is None:
                out.skip("block code not in CAMEO 1.1b3")
            continue
        if not in_block:
            if s.startswith("&"):
                current_set = s[1:].split()[0].upper()
                synsets[current_set] = []
            elif s.startswith("+") and current_set is not None:
                w = _word(s[1:].split()[0])
                if w:
                    synsets[current_set].append(w)
            continue
        if s.startswith("-"):
            _pattern(out, s[1:], block_verbs, synsets, known, n)
        elif s.startswith("+"):
            out.skip("multi-word verb form")
        else:
            verb = _word(_BRACES.sub("", s).split()[0]) if _BRACES.sub("", s).split() else None
            if verb is None:
                out.skip("multi-word verb form")
                continue
            block_verbs.append(verb)
            if block_code:
                out.entries.append({"code": block_code, "kind": "verb", "text": verb, "origin": f"{Path(path).name}:{n}"})
    if not out.entries:
        raise DataError(f"{path}: no verb patterns found; is this a PETRARCH verb dictionary (--- NAME [code] --- blocks)?")
    return out


def _pattern(out: VerbDictionary, body: str, verbs: list[str], synsets: dict[str, list[str]], known: set[str],
             line: int) -> None:
    m = _CODE.search(body)
    if m is None:
        out.skip("pattern without a code")
        return
    code = _code(m.group(1), known)
    if code is None:
        out.skip("pattern code empty or not in CAMEO 1.1b3")
        return
    words = _tokens(body[: m.start()])
    if "*" not in words:
        out.skip("pattern without the verb (*)")
        return
    star = words.index("*")
    if any(w not in MARKERS for w in words[:star]):
        out.skip("pattern constrains words before the verb")
        return
    choices: list[list[str]] = []
    for w in words[star + 1:]:
        if w in MARKERS:
            continue
        if w.startswith("&"):
            members = synsets.get(w[1:].upper())
            if not members:
                out.skip("unknown or multi-word synonym set")
                return
            choices.append(members)
        else:
            single = _word(w)
            if single is None:
                out.skip("multi-word or unreadable pattern word")
                return
            choices.append([single])
    if not choices:
        out.skip("pattern adds nothing to the verb")
        return
    for combo in itertools.islice(itertools.product(*choices), MAX_EXPANSION):
        if all(c in FUNCTION_WORDS for c in combo) and len(combo) > 2:
            continue
        for verb in verbs:
            out.entries.append({"code": code, "kind": "verb", "text": " ".join((verb, *combo)),
                                "origin": f"{Path(out.path).name}:{line}"})


def read_verbs(path: str | Path) -> VerbDictionary:
    """Read and parse a verb dictionary file."""
    return parse_verbs(read_file(path), str(path))
