"""Variants of the request-negativity gate, compared by repeated stratified cross-validation on the
tune appeals only (``report`` is never read here).

    python bench/request_gate_variants.py [--splits tune,tune2,tune3] [--repeats 5]

Every variant is a rule "the nightly head calls it negative *and* the gate's P(negative) ≥ t" scored on all
tune appeals (out-of-fold, per repeat): average precision of the rule's score, the best recall at negative
precision ≥ 0.85 (threshold chosen on the same out-of-fold scores, so optimistic alike for every variant) and
the best F0.5. Variants: the shipped interpretable gate; a request-text logistic regression (TF-IDF word +
char, navec mean vector) trained on the labelled appeals; the two stacked.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.analyse.request_gate import gate_features, load_request_gate_rules  # noqa: E402
from pipeline.analyse.sentiment import load_sentiment_model  # noqa: E402
from pipeline.analyse.sentiment_cues import NEGATIVE  # noqa: E402
from pipeline.training.request_margin import load_request_set  # noqa: E402


def rule_scores(called, p):
    s = np.where(called, p, 0.0)
    return s


def summary(called, score, gold, target=0.85):
    from sklearn.metrics import average_precision_score

    ap = average_precision_score(gold, score)
    best_r, best_f, best_at = 0.0, 0.0, None
    for t in np.round(np.arange(0.05, 0.96, 0.01), 2):
        c = called & (score >= t)
        n, hit = int(c.sum()), int((c & gold).sum())
        if not n:
            continue
        p, r = hit / n, hit / gold.sum()
        f = 0 if p + r == 0 else 1.25 * p * r / (0.25 * p + r)
        if p >= target and r > best_r:
            best_r, best_at = r, (t, p, r, n)
        best_f = max(best_f, f)
    return ap, best_r, best_f, best_at


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--splits", default="tune,tune2,tune3,tune4")
    parser.add_argument("--labels", default=None)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--only", default="")
    parser.add_argument("--kinds", default="tfidf+navec,tfidf+navec+gx0.3,tfidf+navec+gx1,navec+gx0.3")
    parser.add_argument("--C", default="1,3,10")
    parser.add_argument("--called-only", action="store_true", help="fit the text LR on head-negative rows only")
    args = parser.parse_args()
    splits = tuple(args.splits.split(","))
    assert "report" not in splits, "report chooses nothing"
    sets = [load_request_set(sp_, labels_csv=args.labels) for sp_ in splits]
    model = load_sentiment_model()
    texts = [t for rs in sets for t in rs.texts]
    gold = np.concatenate([rs.labels for rs in sets]) == "negative"
    split_of = np.concatenate([[rs.split] * len(rs.texts) for rs in sets])
    fresh = np.isin(split_of, ("tune3", "tune4"))  # drawn after the cue words were written
    d = model.russian.decision_function(texts)
    called = d.argmax(axis=1) == NEGATIVE
    T = model.russian.temperature
    rules = load_request_gate_rules()
    gx = gate_features(texts, d, T, rules, model.cues)
    print(f"{len(texts)} appeals, {gold.sum()} negative; head calls {called.sum()} ({(called & gold).sum()} right)"
          f"; load {os.getloadavg()[0]:.1f}")

    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import RepeatedStratifiedKFold, StratifiedKFold
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    import scipy.sparse as sp

    from pipeline.analyse.text_features import TextTfidf
    from pipeline.analyse.word_vectors import word_vector_features
    from pipeline.analyse.text_features import normalise_text

    nav = word_vector_features("navec", [normalise_text(t) for t in texts])

    def gate_lr(C):
        return make_pipeline(StandardScaler(), LogisticRegression(C=C, class_weight="balanced", max_iter=3000))

    def text_model(kind, C, tr, te, rows_tr=None):
        """P(negative) of the request-text LR fitted on rows tr (all labelled rows, or only called ones)."""
        rows_tr = tr if rows_tr is None else rows_tr
        y = gold[rows_tr]
        blocks_tr, blocks_te = [], []
        if "tfidf" in kind:
            tf = TextTfidf(word_ngrams=(1, 2), char_ngrams=(2, 5), min_df=1, char_min_df=2)
            tf.fit([texts[i] for i in rows_tr])
            blocks_tr.append(tf.transform([texts[i] for i in rows_tr]))
            blocks_te.append(tf.transform([texts[i] for i in te]))
        if "navec" in kind:
            wn = float(kind.split("navec")[1].split("+")[0] or 1.0)
            blocks_tr.append(sp.csr_matrix(nav[rows_tr] * wn))
            blocks_te.append(sp.csr_matrix(nav[te] * wn))
        if "gx" in kind:
            sc = StandardScaler().fit(gx[rows_tr])
            w = float(kind.split("gx")[1] or 0.3)
            blocks_tr.append(sp.csr_matrix(sc.transform(gx[rows_tr]) * w))
            blocks_te.append(sp.csr_matrix(sc.transform(gx[te]) * w))
        xtr, xte = sp.hstack(blocks_tr).tocsr(), sp.hstack(blocks_te).tocsr()
        lr = LogisticRegression(C=C, class_weight="balanced", max_iter=3000).fit(xtr, y)
        return lr.predict_proba(xte)[:, 1]

    def variant(name, fn):
        if args.only and args.only not in name:
            return
        t0 = time.perf_counter()
        res, fr = [], []
        for r in range(args.repeats):
            skf = StratifiedKFold(args.folds, shuffle=True, random_state=100 + r)
            p = np.zeros(len(gold))
            for tr, te in skf.split(texts, gold):
                p[te] = fn(tr, te)
            res.append(summary(called, rule_scores(called, p), gold))
            fr.append(summary(called[fresh], rule_scores(called, p)[fresh], gold[fresh]))
        ap, rr, ff = (np.mean([x[k] for x in res]) for k in range(3))
        fap, frr, fff = (np.mean([x[k] for x in fr]) for k in range(3))
        print(f"{name:48s} all: AP {ap:.3f} R@P.85 {rr:.3f} F0.5 {ff:.3f} | tune3+4: AP {fap:.3f} R@P.85 {frr:.3f}"
              f" F0.5 {fff:.3f} ({time.perf_counter() - t0:.0f}s)", flush=True)

    def shipped(C):
        def fn(tr, te):
            trc = tr[called[tr]]
            return gate_lr(C).fit(gx[trc], gold[trc]).predict_proba(gx[te])[:, 1]
        return fn

    def text_only(kind, C, called_only=False):
        def fn(tr, te):
            return text_model(kind, C, tr, te, tr[called[tr]] if called_only else None)
        return fn

    def stacked(kind, Ct, Cg, called_only=False):
        """gate features + the text LR's probability (inner out-of-fold on the training rows)."""
        def fn(tr, te):
            rows = tr[called[tr]] if called_only else tr
            inner = np.zeros(len(gold))
            skf = StratifiedKFold(5, shuffle=True, random_state=7)
            for a, b in skf.split(rows, gold[rows]):
                inner[rows[b]] = text_model(kind, Ct, rows[a], rows[b])
            inner[te] = text_model(kind, Ct, rows, te)
            x = np.column_stack([gx, np.log(np.clip(inner, 1e-4, 1)) - np.log(np.clip(1 - inner, 1e-4, 1))])
            trc = tr[called[tr]]
            return gate_lr(Cg).fit(x[trc], gold[trc]).predict_proba(x[te])[:, 1]
        return fn

    for C in (0.03, 0.1):
        variant(f"shipped gate features, C={C}", shipped(C))
    for kind in args.kinds.split(","):
        for C in [float(c) for c in args.C.split(",")]:
            variant(f"text LR {kind}, C={C}", text_only(kind, C, args.called_only))


if __name__ == "__main__":
    main()
