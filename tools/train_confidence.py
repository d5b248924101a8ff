#!/usr/bin/env python3
"""Fit the event-confidence model (src/tidings/data/event_confidence.json) on development keys.

    python -m pip install -e '.[train]'
    python tools/train_confidence.py ../shared --write          # fit on `look`, report on both halves

Each system event of the development articles is labelled correct when it matches a gold event
(GUIDE section 3, the rule ``tidings evaluate`` applies); a logistic regression over the
features of ``tidings.events.confidence`` is fitted on the ``look`` half: its regularisation is
chosen by out-of-fold log-loss (folds by article), its scores are Platt-scaled on out-of-fold
scores, and facts naming which rule fired are left out (``--drop``). Its precision per confidence
band is printed for the look half scored out of fold and for the ``judge`` half, ending with a
table of the top band (confidence >= 0.8) per set and half against the goal of issue 16. ``--write`` stores the weights (plain numbers: tidings needs no
scikit-learn at run time).
"""

from __future__ import annotations

import argparse
import json
import math
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


# inverse regularisation strengths tried; the one with the best out-of-fold log-loss on `look` is kept
C_GRID = (0.01, 0.03, 0.05, 0.1, 0.2, 0.3, 1.0)
# facts that name WHICH rule found an event (its CAMEO root, its trigger rule, the actor-resolution
# rule and the kind it gave) rather than how the event sits in its text: the rules were written on the
# look half, so their look precision is inflated and weights on them did not hold on the judge half;
# and the dependency path of each argument (some 40 labels, most seen a few times in the look
# articles: leaving them out lowers the out-of-fold log-loss; distances and the trigger's own place
# in the parse stay)
DROP = "root:,rule:,src:by:,tgt:by:,src:kind:,tgt:kind:,src:path:,tgt:path:"
TOP = 0.8  # the top band: issue 16 asks P >= 0.8 there, holding at least a quarter of the events
TOP_SHARE = 0.25


def top_band(probs: list[float], labels: list[bool]) -> str:
    sel = [y for p, y in zip(probs, labels) if p >= TOP]
    if not labels:
        return f"{'-':>22s}"
    share, prec = len(sel) / len(labels), (sum(sel) / len(sel) if sel else 0.0)
    mark = "ok" if share >= TOP_SHARE and prec >= TOP else ("FEW" if share < TOP_SHARE else "LOW")
    return f"{len(sel):4d} {share:4.0%} P {prec:.3f} {mark:3s}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", type=Path, help="the shared folder (corpus/, gold/, corpus/halves.json)")
    ap.add_argument("--write", action="store_true", help="write src/tidings/data/event_confidence.json")
    ap.add_argument("--c", type=float, default=None,
                    help="inverse regularisation strength (default: chosen from "
                         f"{', '.join(map(str, C_GRID))} by out-of-fold log-loss over the look articles)")
    ap.add_argument("--drop", default=DROP,
                    help=f"comma-separated feature-name prefixes to leave out (default '{DROP}': facts naming which "
                         "rule fired, whose look precision the rules were tuned to; '' keeps all)")
    args = ap.parse_args(argv)
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.metrics import log_loss
        from sklearn.model_selection import GroupKFold, cross_val_predict
    except ImportError:
        print("train_confidence: scikit-learn is missing; run: python -m pip install -e '.[train]'", file=sys.stderr)
        return 2
    halves = json.loads((args.shared / "corpus" / "halves.json").read_text(encoding="utf-8"))
    drop = tuple(p for p in args.drop.split(",") if p)
    rows: dict[tuple[str, str], list[tuple[dict[str, float], bool]]] = {}
    groups: list[str] = []  # the article of each look row (folds never split an article)
    for name in SETS:
        look = set(halves["look"][name])
        for doc_id, f, ok in labelled(args.shared, name):
            half = "look" if doc_id in look else "judge"
            rows.setdefault((name, half), []).append(({k: v for k, v in f.items() if not k.startswith(drop)}, ok))
            if half == "look":
                groups.append(f"{name}:{doc_id}")
    fit_rows = [r for name in SETS for r in rows.get((name, "look"), [])]  # same order as groups
    vec = DictVectorizer()
    x = vec.fit_transform([f for f, _ in fit_rows])
    y = [ok for _, ok in fit_rows]
    folds = GroupKFold(n_splits=5)

    def out_of_fold(c: float, method: str) -> Any:
        return cross_val_predict(LogisticRegression(C=c, max_iter=5000), x, y, groups=groups, cv=folds, method=method)

    if args.c is None:
        losses = {c: log_loss(y, out_of_fold(c, "predict_proba")[:, 1]) for c in C_GRID}
        print("out-of-fold log-loss on look by C: " + "  ".join(f"{c}: {v:.4f}" for c, v in losses.items()))
        args.c = min(losses, key=lambda c: losses[c])
    clf = LogisticRegression(C=args.c, max_iter=5000).fit(x, y)
    # Platt scaling on out-of-fold scores (folds by article): a model fitted on few articles is
    # over-confident on the ones it saw; the scale and shift learnt here make its scores honest
    oof = out_of_fold(args.c, "decision_function")
    platt = LogisticRegression(C=1e6, max_iter=2000).fit(oof.reshape(-1, 1), y)
    scale, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
    clf.coef_ = clf.coef_ * scale
    clf.intercept_ = clf.intercept_ * scale + shift
    print(f"C {args.c}; Platt scaling from out-of-fold scores: scale {scale:.3f}, shift {shift:+.3f}")
    oof_probs = [1.0 / (1.0 + math.exp(-(scale * d + shift))) for d in oof]

    def predict(items: list[tuple[dict[str, float], bool]]) -> list[float]:
        return [float(p) for p in clf.predict_proba(vec.transform([f for f, _ in items]))[:, 1]] if items else []

    # look rows scored by models that did not see their article (what fitting cannot flatter), judge as is
    scored: dict[tuple[str, str], tuple[list[float], list[bool]]] = {}
    at = 0
    for name in SETS:
        items = rows.get((name, "look"), [])
        scored[(name, "look")] = (oof_probs[at:at + len(items)], [ok for _, ok in items])
        at += len(items)
        judge = rows.get((name, "judge"), [])
        scored[(name, "judge")] = (predict(judge), [ok for _, ok in judge])
    for half, what in (("look", "out-of-fold"), ("judge", "not fitted on")):
        probs = [p for name in SETS for p in scored[(name, half)][0]]
        labels = [ok for name in SETS for ok in scored[(name, half)][1]]
        print(f"{half} half ({what}), all sets: {len(labels)} events, precision {sum(labels) / max(1, len(labels)):.3f}")
        print(bands(probs, labels))
    for name in SETS:
        for half in ("look", "judge"):
            print(f"{name} {half}:")
            print(bands(*scored[(name, half)]))
    print(f"top band (confidence >= {TOP}): events, share, precision (goal: >= {TOP_SHARE:.0%} of events at P >= {TOP})")
    print(f"  {'set':5s}  {'look, out-of-fold':22s}  {'judge':22s}")
    for name in SETS:
        print(f"  {name:5s}  {top_band(*scored[(name, 'look')])}  {top_band(*scored[(name, 'judge')])}")
    # a proper score beside the threshold table: log-loss against a model giving every event the look precision
    prior = sum(y) / len(y)
    for half in ("look", "judge"):
        probs = [p for name in SETS for p in scored[(name, half)][0]]
        labels = [ok for name in SETS for ok in scored[(name, half)][1]]
        if labels and len(set(labels)) == 2:
            print(f"  log-loss {half:5s}: {log_loss(labels, probs):.4f} (every event at the look precision: "
                  f"{log_loss(labels, [prior] * len(labels)):.4f})")
    weights = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0]) if abs(w) >= 1e-4}
    if args.write:
        out = Path(__file__).resolve().parents[1] / "src" / "tidings" / "data" / "event_confidence.json"
        old: dict[str, Any] = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
        major, minor, _ = (str(old.get("version", "1.0.0")) + ".0.0").split(".")[:3]
        obj = {
            "version": f"{max(1, int(major))}.{int(minor) + 1}.0",
            "source": "tidings project: fitted by tools/train_confidence.py (scikit-learn LogisticRegression, "
                      f"C={args.c}, Platt-scaled out of fold) on the look half of the development keys, "
                      f"{date.today().isoformat()}",
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
