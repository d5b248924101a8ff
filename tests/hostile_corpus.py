"""A folder of hostile inputs beside good articles (issue 14): every input that crashed or hung a batch,
and more. ``build(folder)`` writes it and returns what must come out of it."""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

GOOD_LINE = ("Kenya accused Somalia on Tuesday of blocking the peace talks, the Kenyan foreign ministry said in a statement. "
             "Somalia denied the accusation and said it remained committed to dialogue with its neighbour.")


@dataclass
class Corpus:
    folder: Path
    good_ids: set[str] = field(default_factory=set)  # every one must come out analysed and stored
    bad: dict[str, str] = field(default_factory=dict)  # "name" or "name:line" -> expected code
    either: set[str] = field(default_factory=set)  # ids that come out analysed or as a failure, never lost


# a name with two terms in the office-holder list: its lookup reads the date (issue 14's ValueError)
TRUMP = ("Donald Trump accused Iran on Tuesday of supplying drones to Russia. Trump said the claims were true. "
         "Iran denied the accusation and said the claims were baseless.")


def _record(rid: str, text: str, **extra: object) -> str:
    return json.dumps({"id": rid, "text": text, **extra}, ensure_ascii=False) + "\n"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def gzip_bomb() -> bytes:
    """50 MB of NUL bytes in about 50 kB."""
    return gzip.compress(b"\0" * 50_000_000)


def build(folder: Path, *, specials: bool = True) -> Corpus:
    """Write the corpus; ``specials`` adds the FIFO, the symbolic links to devices and the link loop."""
    folder.mkdir(parents=True, exist_ok=True)
    c = Corpus(folder)
    for p in sorted(EXAMPLES.glob("*.txt")):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
        c.good_ids.add(p.stem)

    def bad(name: str, content: bytes | str, code: str) -> None:
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
        c.bad[name] = code

    # the table of issue 14
    bad("one-line-2mb.txt", ("Russia warned Ukraine of reprisals. " * 60_000)[:2_000_000], "E106")
    bad("tiny-lines.txt", "a\n" * 100_000, "E106")
    bad("deep.json", _nested(100_000), "E104")
    (folder / "mixed.jsonl").write_text(
        _record("m-good-1", GOOD_LINE)
        + _record("m-huge", "Russia said. " * 92_400)  # 1.2 M characters
        + _nested(100_000) + "\n"
        + json.dumps({"id": "m-surrogate", "text": GOOD_LINE + " \ud800 end."}) + "\n"  # the escape, as JSON spells it
        + _record("m-bad-date", TRUMP, date="20080806")
        + _record("m-good-2", GOOD_LINE.replace("Tuesday", "Wednesday")),
        encoding="utf-8")
    c.good_ids |= {"m-good-1", "m-good-2", "m-surrogate"}
    c.bad.update({"mixed.jsonl:2": "E106", "mixed.jsonl:3": "E104"})
    c.either.add("m-bad-date")  # a date the office-holder lookup choked on: read by the date parser, or a failure
    # and more
    bad("quotes.txt", '"' * 10_000, "E106")
    bad("empty.txt", b"", "E101")
    bad("binary.txt", bytes(range(256)) * 40, "E102")
    bad("latin1.txt", ("Le pr\u00e9sident fran\u00e7ais a parl\u00e9 " * 20).encode("latin-1"), "E103")
    bad("utf16.txt", (GOOD_LINE * 3).encode("utf-16"), "E102")
    bad("nobody.html", "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>", "E105")
    bad("spanish.txt", "El Gobierno de Espa\u00f1a anunci\u00f3 hoy que enviar\u00e1 ayuda humanitaria a los pa\u00edses "
        "afectados por las inundaciones, seg\u00fan inform\u00f3 el ministerio en un comunicado publicado por la "
        "ma\u00f1ana.", "E108")
    bad("huge-int.jsonl", '{"id": "n", "text": "x", "n": ' + "9" * 5000 + "}\n", "E104")
    bad("nul-in-json.jsonl", _record("nul", GOOD_LINE + "\u0000"), "E102")
    (folder / "zero-width-rtl.txt").write_text(GOOD_LINE.replace(" ", " \u200b\u200f\u202e") + "\n", encoding="utf-8")
    (folder / "controls.txt").write_text(GOOD_LINE.replace(", ", ",\x07 ").replace(". ", ".\x1b[0m\x0c ") + "\n", encoding="utf-8")
    (folder / "spaced-quotes.txt").write_text(GOOD_LINE + " " + '" ' * 900 + "\n", encoding="utf-8")
    c.good_ids |= {"zero-width-rtl", "controls", "spaced-quotes"}
    entities = "<!DOCTYPE html [" + "".join(f'<!ENTITY e{i} "{"&e%d;" % (i - 1) * 10 if i else "boom"}">' for i in range(10))
    bad("entity-bomb.html", entities + "]><html><body><p>&e9;</p></body></html>", "E105")
    (folder / "bomb.txt.gz").write_bytes(gzip_bomb())  # .gz is not read: skipped in a folder
    if specials:
        os.mkfifo(folder / "fifo.txt")
        c.bad["fifo.txt"] = "E107"
        for dev in ("zero", "urandom"):
            (folder / f"dev-{dev}.txt").symlink_to(f"/dev/{dev}")
            c.bad[f"dev-{dev}.txt"] = "E107"
        (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
        (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
        c.bad["loop-a.txt"] = c.bad["loop-b.txt"] = "E107"
    return c
