#!/usr/bin/env python3
"""Fit the event-confidence model (src/tidings/data/event_confidence.json) on development keys.

    python -m pip install -e '.[train]'
    python tools/train_confidence.py ../shared --write          # fit on `look`, report on both halves

Each system event of the development articles is labelled correct when it matches a gold event
(GUIDE section 3, the rule ``tidings evaluate`` applies); a logistic regression over the
features of ``tidings.events.confidence`` is fitted on the ``look`` half (then Platt-scaled on out-of-fold scores, folds by article) and its precision per
confidence band is printed for both halves, so the ``judge`` half shows how it does on articles
it was not fitted on. ``--write`` stores the weights (plain numbers: tidings needs no
scikit-learn at run time).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

SETS = ("dev", "dev2", "dev3")
BANDS = (0.0, 0.2, 0.4, 0.6, 0.8)


def labelled(shared: Path, name: str) -> list[tuple[str, dict[str, float], bool]]:
    """(article id, features, correct) for every system event of one development set."""
    from tidings.evaluate import _event_matches, _find, load_gold
    from tidings.events.confidence import event_features
    from tidings.exchange import to_record
    from tidings.nlp import load_model
    from tidings.pipeline import analyze_parsed

    golds = load_gold(shared / "gold" / f"{name}.gold.jsonl", shared / "corpus" / f"{name}.jsonl")
    by_id = {d.id: g for g, d in golds}
    out = []
    for doc, document in load_model().pipe(((d.text, d) for _, d in golds), as_tuples=True):
        a = analyze_parsed(document, doc)
        gold, text = by_id[a.document.id], a.document.text
        where = [_find(text, g["sentence"]) for g in gold.get("events", [])]
        records = to_record(a)["events"]
        for rec, f in zip(records, event_features(a.events, a.sentences, a.statements, doc)):
            ok = any(_event_matches(rec, g, w, text, False) for g, w in zip(gold.get("events", []), where))
            out.append((a.document.id, f, ok))
    return out


def bands(probs: list[float], labels: list[bool]) -> str:
    rows = []
    for i, lo in enumerate(BANDS):
        hi = BANDS[i + 1] if i + 1 < len(BANDS) else 1.01
        sel = [y for p, y in zip(probs, labels) if lo <= p < hi]
        prec = f"{sum(sel) / len(sel):.3f}" if sel else "  n/a"
        rows.append(f"    {lo:.1f}+  n {len(sel):4d} ({len(sel) / max(1, len(labels)):4.0%})  P {prec}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", type=Path, help="the shared folder (corpus/, gold/, corpus/halves.json)")
    ap.add_argument("--write", action="store_true", help="write src/tidings/data/event_confidence.json")
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength (default 0.3)")
    ap.add_argument("--drop", default="root:",
                    help="comma-separated feature-name prefixes to leave out (default 'root:': the per-root weights "
                         "fit the look half's few examples of each root and did not hold on the judge half; '' keeps all)")
    args = ap.parse_args(argv)
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold, cross_val_predict
    except ImportError:
        print("train_confidence: scikit-learn is missing; run: python -m pip install -e '.[train]'", file=sys.stderr)
        return 2
    halves = json.loads((args.shared / "corpus" / "halves.json").read_text(encoding="utf-8"))
    rows: dict[str, list[tuple[dict[str, float], bool]]] = {"look": [], "judge": []}
    groups: list[str] = []  # the article of each look row (folds never split an article)
    per_set: dict[tuple[str, str], list[tuple[dict[str, float], bool]]] = {}
    for name in SETS:
        look = set(halves["look"][name])
        for doc_id, f, ok in labelled(args.shared, name):
            half = "look" if doc_id in look else "judge"
            rows[half].append((f, ok))
            if half == "look":
                groups.append(f"{name}:{doc_id}")
            per_set.setdefault((name, half), []).append((f, ok))
    drop = tuple(p for p in args.drop.split(",") if p)
    if drop:
        rows = {h: [({k: v for k, v in f.items() if not k.startswith(drop)}, y) for f, y in items]
                for h, items in rows.items()}
        per_set = {k: [({n: v for n, v in f.items() if not n.startswith(drop)}, y) for f, y in items]
                   for k, items in per_set.items()}
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in rows["look"]])
    y = [ok for _, ok in rows["look"]]
    clf = LogisticRegression(C=args.c, max_iter=2000).fit(x, y)
    # Platt scaling on out-of-fold scores (folds by article): a model fitted on few articles is
    # over-confident on the ones it saw; the scale and shift learnt here make its scores honest
    oof = cross_val_predict(LogisticRegression(C=args.c, max_iter=2000), x, y, groups=groups,
                            cv=GroupKFold(n_splits=5), method="decision_function")
    platt = LogisticRegression(C=1e6, max_iter=2000).fit(oof.reshape(-1, 1), y)
    scale, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
    clf.coef_ = clf.coef_ * scale
    clf.intercept_ = clf.intercept_ * scale + shift
    print(f"Platt scaling from out-of-fold scores: scale {scale:.3f}, shift {shift:+.3f}")

    def predict(items: list[tuple[dict[str, float], bool]]) -> list[float]:
        return [float(p) for p in clf.predict_proba(vec.transform([f for f, _ in items]))[:, 1]] if items else []

    for half in ("look", "judge"):
        print(f"{half} half, all sets: {len(rows[half])} events, precision {sum(y for _, y in rows[half]) / max(1, len(rows[half])):.3f}")
        print(bands(predict(rows[half]), [y for _, y in rows[half]]))
    for (name, half), items in sorted(per_set.items()):
        print(f"{name} {half}:")
        print(bands(predict(items), [y for _, y in items]))
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 1e-4}
    if args.write:
        out = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "event_confidence.json"
        old: dict[str, Any] = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        major, minor, _ = (str(old.get("version", "1.0.0")) + ".0.0").split(".")[:3]
        obj = {
            "version": f"{max(1, int(major))}.{int(minor) + 1}.0",
            "source": "tidings project: fitted by tools/train_confidence.py (scikit-learn LogisticRegression, "
                      f"C={args.c}) on the look half of the development keys, {date.today().isoformat()}",
            "description": "Logistic weights over the event features of events/confidence.py: "
                           "confidence = 1 / (1 + exp(-(intercept + sum(weight * value)))).",
            "intercept": round(float(clf.intercept_[0]), 4),
            "weights": dict(sorted(weights.items())),
        }
        out.write_text(json.dumps(obj, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(weights)} weights)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
