"""Score tidings against gold answer keys, by the rules of GUIDE section 3.

Gold comes as ``*.gold.json`` (one article), ``*.gold.jsonl`` (one a line) or a
folder holding either (``examples/`` keeps them in ``examples/gold/``). Article
text comes from the gold's ``text``, from ``--corpus`` by ``id``, or from the
gold's ``file`` (relative to the gold folder's parent).

The scoring functions take plain exchange records (dicts, GUIDE section 4), so
the same code scores tidings' own output and any other system's.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import GoldError
from .records import Document

_TOKEN = re.compile(r"\w+", re.UNICODE)
PRONOUNS = frozenset("he she they it we i you his her their its our".split())
# words that make a gold speaker an institution rather than a person (GUIDE section 3)
_ORG_WORDS = frozenset(
    "ministry service house states agency council government army forces party union organization organisation "
    "news office department court parliament police commission committee assembly nations republic kingdom "
    "command group embassy bank fund league media times post press korea china russia ukraine america kremlin "
    "military junta association".split()
)


# ---------------------------------------------------------------- gold input


def _read_records(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise GoldError(f"cannot read gold file: {e}", path=str(path)) from e
    if not raw.strip():
        return []
    try:
        obj = json.loads(raw)
        return obj if isinstance(obj, list) else [obj]
    except json.JSONDecodeError:
        pass
    out = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise GoldError(f"invalid JSON ({e.msg})", path=str(path), line=n) from e
    return out


def gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(path.rglob("*.gold.json")) + sorted(path.rglob("*.gold.jsonl"))
        if not found:
            raise GoldError("no *.gold.json or *.gold.jsonl files in this folder", path=str(path))
        return found
    if not path.exists():
        raise GoldError("no such gold file", path=str(path))
    return [path]


def load_gold(path: Path, corpus: Path | None = None) -> list[tuple[dict[str, Any], Document]]:
    """Gold articles with the Document each is scored on."""
    texts: dict[str, dict[str, Any]] = {}
    if corpus is not None:
        texts = {str(r.get("id")): r for r in _read_records(corpus)}
    out = []
    for f in gold_files(path):
        for g in _read_records(f):
            if not isinstance(g, dict) or "id" not in g:
                raise GoldError("gold record lacks an id", path=str(f))
            out.append((g, _document_for(g, f, texts)))
    return out


def _document_for(g: dict[str, Any], f: Path, texts: dict[str, dict[str, Any]]) -> Document:
    rec = texts.get(str(g["id"]), {})
    text = g.get("text") or rec.get("text")
    if text is None and g.get("file"):
        candidate = f.resolve().parent.parent / g["file"]
        if candidate.exists():
            text = candidate.read_text(encoding="utf-8")
    if text is None:
        sibling = f.parent.parent / (str(g["id"]) + ".txt")
        if sibling.exists():
            text = sibling.read_text(encoding="utf-8")
    if text is None:
        raise GoldError(f"no text for gold article {g['id']!r}: pass --corpus", path=str(f))
    date = g.get("date") or rec.get("date")
    return Document(id=str(g["id"]), text=text, date=str(date)[:10] if date else None,
                    title=rec.get("title"), url=g.get("url") or rec.get("url"), path=str(f))


# ---------------------------------------------------------------- matching helpers


def key_parts(actor: Any) -> tuple[str, str] | None:
    """(country-or-organisation, sector) of a gold key string or a system actor object."""
    if actor is None:
        return None
    k = (actor.get("key") or actor.get("code") or "") if isinstance(actor, dict) else str(actor)
    k = (k or "").strip()
    if not k:
        return None
    head, _, rest = k.partition(".")
    return head.upper(), rest.split(":")[0].upper() if rest else ""


def cameo_root(code: Any) -> str:
    c = str(code or "").strip()
    return c[:2]


def _tokens(s: str) -> set[str]:
    return set(_TOKEN.findall((s or "").lower()))


def token_overlap(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb))


def _text_of(x: Any) -> str:
    if isinstance(x, dict):
        return x.get("text") or ""
    return "" if x is None else str(x)


def _start_of(x: Any, text: str) -> int:
    if isinstance(x, dict) and isinstance(x.get("start"), int):
        return int(x["start"])
    s = _text_of(x)
    return text.find(s) if s else -1


# generational suffixes after a surname ("Martin Luther King Jr.", "Ahmed Ali III")
_NAME_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _name_words(name: str) -> list[str]:
    words = _TOKEN.findall((name or "").lower())
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words


def same_person(name: str, gold_name: str) -> bool:
    """The system's surname is the gold surname, or the gold's first word (family name first: "Shi Yi").

    Mirrors ``same_person`` in the shared scorer, which this evaluator must keep agreeing with."""
    mine, theirs = _name_words(name), _name_words(gold_name)
    return bool(mine and theirs) and mine[-1] in (theirs[-1], theirs[0])


def names_person(name: str) -> bool:
    """A gold speaker naming a person: 2-4 capitalised words, none an institution word."""
    words = name.replace("'s", "").split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    return not any(w.lower().strip(".,") in _ORG_WORDS for w in words)


def _actor_ok(system: Any, golds: list[Any], strict: bool) -> bool:
    s = key_parts(system)
    if s is None:
        return False
    for g in golds:
        gp = key_parts(g)
        if gp and s[0] == gp[0] and (not strict or not gp[1] or s[1] == gp[1]):
            return True
    return False


# ---------------------------------------------------------------- scoring


@dataclass
class Tally:
    """Counts for one output kind: matched system items, system items, matched gold items, gold items."""

    sys_ok: int = 0
    sys_n: int = 0
    gold_ok: int = 0
    gold_n: int = 0

    def add(self, other: "Tally") -> None:
        self.sys_ok += other.sys_ok
        self.sys_n += other.sys_n
        self.gold_ok += other.gold_ok
        self.gold_n += other.gold_n

    def prf(self) -> dict[str, float | int]:
        p = self.sys_ok / self.sys_n if self.sys_n else 0.0
        r = self.gold_ok / self.gold_n if self.gold_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": p, "r": r, "f1": f, "gold": self.gold_n, "system": self.sys_n}


# lower edges of the confidence bands ``tidings evaluate`` reports precision for
CONFIDENCE_BANDS: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8)
# what the top band must hold (issue 16): at least this share of the events, at least this precision
TOP_SHARE, TOP_PRECISION = 0.25, 0.8


@dataclass
class EventScore:
    loose: Tally = field(default_factory=Tally)
    strict: Tally = field(default_factory=Tally)
    in_boilerplate: int = 0
    by_root: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    by_band: list[list[int]] = field(default_factory=lambda: [[0, 0] for _ in CONFIDENCE_BANDS])  # system n, correct



def _band(confidence: Any) -> int:
    c = float(confidence) if isinstance(confidence, (int, float)) else 0.0
    return max(i for i, lo in enumerate(CONFIDENCE_BANDS) if c >= lo or i == 0)


def _event_matches(se: dict[str, Any], g: dict[str, Any], where: tuple[int, int] | None, text: str, strict: bool) -> bool:
    if where is None or not where[0] <= _start_of(se.get("trigger"), text) < where[1]:
        return False
    if not _actor_ok(se.get("source"), [g["source"], *g.get("alt_sources", [])], strict):
        return False
    if g.get("target") is not None and not _actor_ok(se.get("target"), [g["target"], *g.get("alt_targets", [])], strict):
        return False
    return cameo_root(se.get("cameo")) in {cameo_root(g["cameo"]), *g.get("alt_cameo_roots", [])}


def _find(text: str, piece: str) -> tuple[int, int] | None:
    i = text.find(piece)
    return (i, i + len(piece)) if i >= 0 else None


def score_events(gold: dict[str, Any], system: dict[str, Any], text: str, into: EventScore) -> None:
    gevs = gold.get("events", [])
    sevs = system.get("events", [])
    where = [_find(text, g["sentence"]) for g in gevs]
    clutter = [w for w in (_find(text, s) for s in gold.get("no_events_in", [])) if w]
    for strict, tally in ((False, into.loose), (True, into.strict)):
        tally.sys_n += len(sevs)
        tally.gold_n += len(gevs)
        tally.sys_ok += sum(any(_event_matches(se, g, w, text, strict) for g, w in zip(gevs, where)) for se in sevs)
        tally.gold_ok += sum(any(_event_matches(se, g, w, text, strict) for se in sevs) for g, w in zip(gevs, where))
    for se in sevs:
        into.by_root[cameo_root(se.get("cameo"))][2] += 1
        band = into.by_band[_band(se.get("confidence"))]
        band[0] += 1
        band[1] += any(_event_matches(se, g, w, text, False) for g, w in zip(gevs, where))
        st = _start_of(se.get("trigger"), text)
        into.in_boilerplate += any(a <= st < b for a, b in clutter)
    for g, w in zip(gevs, where):
        row = into.by_root[cameo_root(g["cameo"])]
        row[0] += 1
        row[1] += any(_event_matches(se, g, w, text, False) for se in sevs)


def _speaker_ok(s: dict[str, Any], g: dict[str, Any]) -> bool:
    sp = s.get("speaker") or {}
    mine, theirs = key_parts(sp), key_parts(g["speaker_actor"])
    if mine is None or theirs is None or mine[0] != theirs[0]:
        return False
    if names_person(g.get("speaker", "")):
        name = sp.get("name") if isinstance(sp, dict) else None
        return isinstance(name, str) and same_person(name, g["speaker"])
    return True


def _statement_matches(s: dict[str, Any], g: dict[str, Any]) -> bool:
    return token_overlap(_text_of(s.get("content")), g["content"]) >= 0.5 and _speaker_ok(s, g)


def _is_indirect_speaker(s: dict[str, Any]) -> bool:
    """The speaker mention is a pronoun or a description ("she", "the official")."""
    sp = s.get("speaker") or {}
    words = (sp.get("text") or "").split() if isinstance(sp, dict) else []
    return bool(words) and (words[0].lower() in PRONOUNS or words[0].lower() in {"the", "a", "an", "this", "that"})


def score_statements(gold: dict[str, Any], system: dict[str, Any], tally: Tally, resolution: Tally) -> None:
    gst, sst = gold.get("statements", []), system.get("statements", [])
    tally.sys_n += len(sst)
    tally.gold_n += len(gst)
    tally.sys_ok += sum(any(_statement_matches(s, g) for g in gst) for s in sst)
    tally.gold_ok += sum(any(_statement_matches(s, g) for s in sst) for g in gst)
    # speaker resolution: system statements with pronoun/description speakers whose content is gold's
    for s in sst:
        if not _is_indirect_speaker(s):
            continue
        same_content = [g for g in gst if token_overlap(_text_of(s.get("content")), g["content"]) >= 0.5]
        if same_content:
            resolution.gold_n += 1
            resolution.gold_ok += any(_speaker_ok(s, g) for g in same_content)


def _claim_triples(claims: Iterable[dict[str, Any]], *, gold: bool) -> list[tuple[Any, ...]]:
    out = []
    for c in claims:
        p = c.get("proposition", {})
        src, tgt = key_parts(p.get("source")), key_parts(p.get("target"))
        for st in c.get("stances", []):
            h = key_parts(st.get("holder"))
            out.append((src[0] if src else None, tgt[0] if tgt else None, cameo_root(p.get("cameo")),
                        str(p.get("plover") or "").upper(), h[0] if h else None, st.get("stance")))
    return list(dict.fromkeys(out))  # a repeated (proposition, holder, stance) counts once


def _same_claim(g: tuple[Any, ...], s: tuple[Any, ...]) -> bool:
    same_kind = g[2] == s[2] or (bool(g[3]) and g[3] == s[3])
    return g[0] == s[0] and (g[1] is None or g[1] == s[1]) and same_kind and g[4] == s[4] and g[5] == s[5]


def score_claims(gold: dict[str, Any], system: dict[str, Any], tally: Tally) -> None:
    gt = _claim_triples(gold.get("claims", []), gold=True)
    st = _claim_triples(system.get("claims", []), gold=False)
    tally.gold_n += len(gt)
    tally.sys_n += len(st)
    tally.gold_ok += sum(any(_same_claim(g, s) for s in st) for g in gt)
    tally.sys_ok += sum(any(_same_claim(g, s) for g in gt) for s in st)


def score(pairs: Iterable[tuple[dict[str, Any], dict[str, Any], str]]) -> dict[str, Any]:
    """Score (gold, system record, text) triples; the result is a JSON-ready dict."""
    ev = EventScore()
    st, res, cl = Tally(), Tally(), Tally()
    n = 0
    for gold, system, text in pairs:
        n += 1
        score_events(gold, system, text, ev)
        score_statements(gold, system, st, res)
        score_claims(gold, system, cl)
    events = ev.loose.prf()
    events["in_boilerplate"] = ev.in_boilerplate
    return {
        "articles": n,
        "events": events,
        "events_strict": {k: v for k, v in ev.strict.prf().items() if k in ("p", "r", "f1")},
        "statements": st.prf(),
        "speaker_resolution": {"accuracy": res.gold_ok / res.gold_n if res.gold_n else None, "n": res.gold_n},
        "claims": cl.prf(),
        "events_by_root": {r: {"gold": a, "recalled": b, "system": c} for r, (a, b, c) in sorted(ev.by_root.items())},
        "events_by_confidence": [
            {"from": lo, "to": CONFIDENCE_BANDS[i + 1] if i + 1 < len(CONFIDENCE_BANDS) else 1.0, "system": n,
             "correct": ok, "p": ok / n if n else None}
            for i, (lo, (n, ok)) in enumerate(zip(CONFIDENCE_BANDS, ev.by_band))],
    }


def evaluate(gold_path: Path, *, corpus: Path | None = None, workers: int = 1,
             save: Path | None = None, only: Iterable[str] | None = None) -> dict[str, Any]:
    """Run the pipeline on every gold article (or those whose id is in ``only``) and score it."""
    from .exchange import to_record
    from .pipeline import analyze_documents

    golds = load_gold(gold_path, corpus)
    if only is not None:
        wanted = set(only)
        golds = [(g, d) for g, d in golds if d.id in wanted]
    by_id = {d.id: g for g, d in golds}

    def triples() -> Iterator[tuple[dict[str, Any], dict[str, Any], str]]:
        out = save.open("w", encoding="utf-8") if save else None
        try:
            for analysis in analyze_documents((d for _, d in golds), workers=workers):
                rec = to_record(analysis)
                if out:
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                yield by_id[analysis.document.id], rec, analysis.document.text
        finally:
            if out:
                out.close()

    return score(triples())


def format_report(result: dict[str, Any]) -> str:
    """Plain-text report, one figure a line."""
    lines = [f"articles {result['articles']}"]
    for name in ("events", "events_strict", "statements", "claims"):
        d = result[name]
        extra = f"  gold {d['gold']} system {d['system']}" if "gold" in d else ""
        lines.append(f"{name:14s} P {d['p']:.3f} R {d['r']:.3f} F1 {d['f1']:.3f}{extra}")
    lines.append(f"events in boilerplate lines: {result['events']['in_boilerplate']}")
    sr = result["speaker_resolution"]
    acc = "n/a" if sr["accuracy"] is None else f"{sr['accuracy']:.3f}"
    lines.append(f"speaker resolution (pronoun/description speakers): {acc} of {sr['n']}")
    lines.append("events by confidence (precision of the system's events in each band):")
    total = sum(b["system"] for b in result["events_by_confidence"]) or 1
    for b in result["events_by_confidence"]:
        p = "  n/a" if b["p"] is None else f"{b['p']:.3f}"
        lines.append(f"  {b['from']:.1f}-{b['to']:.1f}  events {b['system']:4d} ({b['system'] / total:4.0%})  P {p}")
    top = result["events_by_confidence"][-1]
    share, ok = top["system"] / total, top["p"] is not None and top["p"] >= TOP_PRECISION
    verdict = "met" if ok and share >= TOP_SHARE else "not met"
    lines.append(f"  top band: {share:.0%} of events at P {top['p'] or 0.0:.3f} (goal: >= {TOP_SHARE:.0%} of events "
                 f"at P >= {TOP_PRECISION:.2f}: {verdict})")
    lines.append("events by CAMEO root:")
    for r, d in result["events_by_root"].items():
        rec = d["recalled"] / d["gold"] if d["gold"] else 0.0
        lines.append(f"  root {r or '??':3s} gold {d['gold']:3d} recalled {d['recalled']:3d} ({rec:.2f}) system {d['system']:3d}")
    return "\n".join(lines)
