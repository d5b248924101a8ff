#!/usr/bin/env python3
"""Fit the event-confidence model (src/tidings/data/event_confidence.json) on development keys.

    python -m pip install -e '.[train]'
    python tools/train_confidence.py ../shared --write          # fit on `look`, report on both halves

Each system event of the development articles is labelled correct when it matches a gold event
(GUIDE section 3, the rule ``tidings evaluate`` applies); a logistic regression over the
features of ``tidings.events.confidence`` is fitted on the ``look`` half, leaving out facts naming
which rule fired (``--drop``).

The look half flatters any model: the rules were written on it, so its events are right far more
often than on articles nobody tuned for, and a model calibrated there puts most unseen events above
0.8. Training therefore anticipates the shift instead of fitting it:

- the regularisation and the share of events the top band (>= 0.8) holds are chosen leaving one
  development SET out at a time (its look articles scored by a model fitted on the two other sets):
  C by the log-loss pooled over the held-out sets, the share as the smallest whose WORST held-out
  set (its cut taken from the two other sets' out-of-fold scores) still holds >= 25% + a margin
  (look cannot show how precision rises as the band narrows, unseen text does);
- scores are Platt-scaled on out-of-fold scores (folds by article), then shifted down (never up) so
  that the top band holds the chosen share of the look events out of fold: on unseen text the share
  falls and the band keeps only the events found the surest way.

Precision per confidence band is printed for the look half scored out of fold, and with ``--judge``
for the ``judge`` half too (the final check only: nothing is chosen on it), ending with a table of
the top band per set and half against the goal of issue 16. ``--write`` stores the weights (plain
numbers: tidings needs no scikit-learn at run time).
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


# inverse regularisation strengths (chosen by leave-one-set-out log-loss) and top-band shares (the
# smallest whose worst held-out set keeps >= TOP_SHARE + SHARE_MARGIN of its events) tried
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
SHARE_GRID = (0.35, 0.4, 0.45, 0.5)
SHARE_MARGIN = 0.05
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


def lowered_shift(scale: float, shift: float, scores: list[float], share: float) -> float:
    """The Platt shift lowered (never raised) so that about ``share`` of the (out-of-fold) scores, and
    no more (ties apart), reach the top band: 1 / (1 + exp(-(scale * score + shift))) >= TOP."""
    if not scores:
        return shift
    cut = sorted(scores)[min(len(scores) - 1, int(len(scores) * (1 - share)))]
    return shift + min(0.0, math.log(TOP / (1 - TOP)) - (scale * cut + shift))


def held_out_log_loss(x: Any, y: Any, groups: list[str], c: float) -> float:
    """Log-loss over every look event, each scored by a model fitted on the two other sets."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import log_loss

    names = np.array([g.split(":", 1)[0] for g in groups])
    labels = np.asarray(y)
    probs = np.full(len(labels), float(labels.mean()))
    for name in SETS:
        held = names == name
        if held.any() and not held.all():
            probs[held] = LogisticRegression(C=c, max_iter=5000).fit(x[~held], labels[~held]).predict_proba(x[held])[:, 1]
    return float(log_loss(labels, probs, labels=[False, True]))


def held_out_top_bands(x: Any, y: Any, groups: list[str], c: float) -> dict[float, list[tuple[float, float]]]:
    """For each top-band share of SHARE_GRID, the (share, precision) the band gets on each development
    set's look articles when the model is fitted on the two other sets and the band's cut is taken
    at that share of their out-of-fold scores (folds by article): what a set nobody trained on gets."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    names = np.array([g.split(":", 1)[0] for g in groups])
    labels = np.asarray(y)
    out: dict[float, list[tuple[float, float]]] = {q: [] for q in SHARE_GRID}
    for name in SETS:
        train = names != name
        if train.all() or not train.any():
            continue
        inner = cross_val_predict(LogisticRegression(C=c, max_iter=5000), x[train], labels[train],
                                  groups=[g for g, t in zip(groups, train) if t], cv=GroupKFold(n_splits=4),
                                  method="decision_function")
        held = LogisticRegression(C=c, max_iter=5000).fit(x[train], labels[train]).decision_function(x[~train])
        for q in SHARE_GRID:
            sel = held >= np.quantile(inner, 1 - q)
            out[q].append((float(sel.mean()), float(labels[~train][sel].mean()) if sel.any() else 0.0))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shared", type=Path, help="the shared folder (corpus/, gold/, corpus/halves.json)")
    ap.add_argument("--write", action="store_true", help="write src/tidings/data/event_confidence.json")
    ap.add_argument("--c", type=float, default=None,
                    help="inverse regularisation strength (default: chosen from "
                         f"{', '.join(map(str, C_GRID))} leaving one set out, with --share)")
    ap.add_argument("--share", type=float, default=None,
                    help="share of the look events (out of fold) the top band holds (default: chosen from "
                         f"{', '.join(map(str, SHARE_GRID))} leaving one set out)")
    ap.add_argument("--judge", action="store_true",
                    help="also print the judge half (the final check of a procedure: choose nothing on it)")
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
        # C by log-loss pooled over the three sets, each scored by a model fitted on the two others (a
        # proper score over every look event: the top band of one held-out set is too few events to choose on)
        losses = {c: held_out_log_loss(x, y, groups, c) for c in C_GRID}
        print("leave-one-set-out log-loss on look by C: " + "  ".join(f"{c}: {v:.4f}" for c, v in losses.items()))
        args.c = min(losses, key=lambda c: losses[c])
    if args.share is None:
        # the narrowest top band whose worst held-out set still holds TOP_SHARE + SHARE_MARGIN of its
        # events: on look the band's precision hardly falls as it widens (the rules were written there),
        # on unseen text it does, so the share is kept as small as the goal safely allows
        per_share = held_out_top_bands(x, y, groups, args.c)
        for q, per_set in per_share.items():
            print(f"  held-out sets, top-band share {q:.2f}: " + "  ".join(
                f"{n} {sh:.0%} P {pr:.3f}" for n, (sh, pr) in zip(SETS, per_set)))
        safe = [q for q, per_set in per_share.items() if min(sh for sh, _ in per_set) >= TOP_SHARE + SHARE_MARGIN]
        args.share = min(safe) if safe else max(SHARE_GRID)
    clf = LogisticRegression(C=args.c, max_iter=5000).fit(x, y)
    # Platt scaling on out-of-fold scores (folds by article): a model fitted on few articles is
    # over-confident on the ones it saw; the scale and shift learnt here make its scores honest on look
    oof = out_of_fold(args.c, "decision_function")
    platt = LogisticRegression(C=1e6, max_iter=2000).fit(oof.reshape(-1, 1), y)
    scale, shift = float(platt.coef_[0][0]), float(platt.intercept_[0])
    shift = lowered_shift(scale, shift, [float(d) for d in oof], args.share)
    clf.coef_ = clf.coef_ * scale
    clf.intercept_ = clf.intercept_ * scale + shift
    print(f"C {args.c}, top-band share {args.share}; Platt scaling from out-of-fold scores, lowered to that share: "
          f"scale {scale:.3f}, shift {shift:+.3f}")
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
    shown = ("look", "judge") if args.judge else ("look",)
    for half, what in (("look", "out-of-fold"), ("judge", "not fitted on"))[:len(shown)]:
        probs = [p for name in SETS for p in scored[(name, half)][0]]
        labels = [ok for name in SETS for ok in scored[(name, half)][1]]
        print(f"{half} half ({what}), all sets: {len(labels)} events, precision {sum(labels) / max(1, len(labels)):.3f}")
        print(bands(probs, labels))
    for name in SETS:
        for half in shown:
            print(f"{name} {half}:")
            print(bands(*scored[(name, half)]))
    print(f"top band (confidence >= {TOP}): events, share, precision (goal: >= {TOP_SHARE:.0%} of events at P >= {TOP})")
    print(f"  {'set':5s}  {'look, out-of-fold':22s}  {'judge' if args.judge else '':22s}")
    for name in SETS:
        print(f"  {name:5s}  {top_band(*scored[(name, 'look')])}  "
              f"{top_band(*scored[(name, 'judge')]) if args.judge else ''}")
    # a proper score beside the threshold table: log-loss against a model giving every event the look precision
    prior = sum(y) / len(y)
    for half in shown:
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
                      f"C={args.c}, Platt-scaled out of fold and lowered to a top-band share of {args.share}, both chosen "
                      "leaving one set out) on the look half of the development keys, "
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
