"""Variants of the request-negativity gate, compared by repeated stratified cross-validation on the tune appeals
only (``fit_splits`` of ``rules/request_gate.yaml``; ``report`` is never read here).

    python bench/request_gate_variants.py                       # the shipped settings + the round-2 gate
    python bench/request_gate_variants.py '{"text": {"navec_weight": 0}}' '{"C_grid": [1.0]}'

Each argument is a JSON override of the rules (one variant each). For every C of the variant: the out-of-fold
P(negative) of the same procedure ``servicelens train sentiment`` runs (:func:`pipeline.training.request_gate.out_of_fold`,
mean over the repeats), the threshold it would choose (best recall at the target precision), the figures of the
rule "head negative *and* gate ≥ threshold" on all tune appeals and per split, and the average precision of the
rule's score. ``tune3`` and ``tune4`` were drawn after the cue words of ``rules/sentiment_cues.yaml`` and the
pattern groups were written (from the tune / tune2 errors): their figures are the less optimistic ones.
``--round2`` adds the round-2 gate (a logistic regression over the interpretable features alone, fitted on the
appeals the head calls negative) under the same folds.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.analyse.request_gate import gate_features, load_request_gate_rules  # noqa: E402
from pipeline.analyse.sentiment import load_sentiment_model  # noqa: E402
from pipeline.analyse.sentiment_cues import NEGATIVE  # noqa: E402
from pipeline.training.request_gate import SEED, choose_threshold, out_of_fold  # noqa: E402
from pipeline.training.request_margin import call_figures, load_request_set  # noqa: E402

FRESH = ("tune3", "tune4")


def round2_out_of_fold(x: np.ndarray, gold: np.ndarray, called: np.ndarray, rules, C: float) -> np.ndarray:
    """The round-2 gate (standardised interpretable features → LR, fitted on head-negative rows), same folds."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import RepeatedStratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    total, seen = np.zeros(len(gold)), np.zeros(len(gold))
    for tr, te in RepeatedStratifiedKFold(n_splits=rules.folds, n_repeats=rules.repeats,
                                          random_state=SEED).split(x, gold):
        trc = tr[called[tr]]
        lr = make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=2000))
        total[te] += lr.fit(x[trc], gold[trc]).predict_proba(x[te])[:, 1]
        seen[te] += 1
    return total / np.maximum(seen, 1)


def show(name: str, proba: np.ndarray, called: np.ndarray, gold: np.ndarray, split_of: np.ndarray,
         target: float) -> None:
    from sklearn.metrics import average_precision_score

    thr, by_t = choose_threshold(called, proba, gold, target)
    f = by_t[thr]
    parts = []
    for group in [(s,) for s in dict.fromkeys(split_of)] + [FRESH]:
        k = np.isin(split_of, group)
        g = call_figures(called[k] & (proba[k] >= thr), gold[k])
        parts.append(f"{'+'.join(group)} {g['negative_precision']:.3f}/{g['negative_recall']:.3f} ({g['called_negative']})")
    fresh = np.isin(split_of, FRESH)
    ap = average_precision_score(gold, np.where(called, proba, 0))
    ap_fresh = average_precision_score(gold[fresh], np.where(called, proba, 0)[fresh])
    print(f"{name}: threshold {thr}, all P/R {f['negative_precision']:.3f}/{f['negative_recall']:.3f} "
          f"({f['called_negative']}), AP {ap:.3f}, AP tune3+4 {ap_fresh:.3f}\n    " + "; ".join(parts), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("overrides", nargs="*", help="JSON overrides of rules/request_gate.yaml, one per variant")
    parser.add_argument("--round2", action="store_true", help="also the round-2 gate (interpretable features only)")
    args = parser.parse_args()
    base = load_request_gate_rules()
    model = load_sentiment_model()
    assert "report" not in base.fit_splits
    sets = [load_request_set(s) for s in base.fit_splits]
    if any(s is None for s in sets):
        sys.exit("SPb appeals (../shared/data) absent")
    texts = [t for s in sets for t in s.texts]
    gold = np.concatenate([s.labels for s in sets]) == "negative"
    split_of = np.concatenate([[s.split] * len(s.texts) for s in sets])
    d = model.russian.decision_function(texts)
    called = d.argmax(axis=1) == NEGATIVE
    print(f"{len(texts)} appeals of {'+'.join(base.fit_splits)}, {gold.sum()} negative; the head calls "
          f"{called.sum()} ({(called & gold).sum()} right); load average {os.getloadavg()[0]:.1f}")
    x = gate_features(texts, d, model.russian.temperature, base, model.cues)
    if args.round2:
        for C in (0.03, 0.1):
            show(f"round-2 gate, C={C}", round2_out_of_fold(x, gold, called, base, C), called, gold, split_of,
                 base.target_precision)
    for override in args.overrides or ["{}"]:
        extra = json.loads(override)
        merged = base.model_dump()
        for key, value in extra.items():
            merged[key] = {**merged[key], **value} if isinstance(value, dict) else value
        rules = type(base).model_validate(merged)
        start = time.perf_counter()
        for C, proba in out_of_fold(texts, x, gold, rules).items():
            show(f"{override} C={C}", proba, called, gold, split_of, rules.target_precision)
        print(f"    ({time.perf_counter() - start:.0f} s, load average {os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
