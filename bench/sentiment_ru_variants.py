"""Russian nightly sentiment head variants, measured on the validation slice only.

    python bench/sentiment_ru_variants.py [--data DATA_DIR] [--variants base,navec1,...]

The dated SentiRuEval-2016 train tweets are ordered by time; the latest 20 % (the later-period test
slice of the model card) is never read here. Of the earliest 80 %, the first 80 % fit each variant and
the rest is the validation slice, cut in two halves by time: the class offsets are tuned on one half and
F1(pos,neg) is scored on the other, both ways round; the mean of the two is printed (``val``), with the
two halves' figures beside it to show the noise.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.svm import LinearSVC

from pipeline.analyse.text_features import TextTfidf, normalise_text
from pipeline.analyse.word_vectors import word_vector_features
from pipeline.training.calibration import tune_class_bias
from pipeline.training.sentiment import load_training_data
from pipeline.training.sentiment_calibration import CLASSES, f1_pos_neg_index

ROOT = Path(__file__).resolve().parents[1]


def validation_rows(dates: list) -> tuple[list[int], list[int]]:
    dated = sorted((i for i, d in enumerate(dates) if d is not None), key=lambda i: dates[i])
    train = dated[: int(len(dated) * 0.8)]
    cut = int(len(train) * 0.8)
    return train[:cut], train[cut:]


def cross_halves(d: np.ndarray, y_idx: np.ndarray) -> tuple[float, float, float]:
    """Offsets tuned on one half of the validation slice, F1(pos,neg) on the other; both ways."""
    h = len(y_idx) // 2
    a, b = slice(0, h), slice(h, None)
    scores = []
    for tune, score in ((a, b), (b, a)):
        bias, _ = tune_class_bias(d[tune], y_idx[tune], f1_pos_neg_index, free=[0, 2])
        scores.append(f1_pos_neg_index(y_idx[score], (d[score] + bias).argmax(axis=1)))
    return float(np.mean(scores)), scores[0], scores[1]


def validation_split(data: str) -> tuple[list[str], list[str], np.ndarray, np.ndarray]:
    """Texts and class indices of the fit part and the validation slice (the latest part of the earliest 80 %,
    by time); the later-period test slice is never read."""
    texts, labels, _, dates = load_training_data(data, with_dates=True)
    fit_i, val_i = validation_rows(dates)
    y = np.searchsorted(CLASSES, np.asarray(labels))
    print(f"fit {len(fit_i)} tweets, validation {len(val_i)} (two halves by time); test slice not read", flush=True)
    return [texts[i] for i in fit_i], [texts[i] for i in val_i], y[fit_i], y[val_i]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    ap.add_argument("--variants", default="all")
    args = ap.parse_args()
    tf, tv, yf, yv = validation_split(args.data)
    t0 = time.perf_counter()
    tfidf = TextTfidf().fit(tf)
    xf, xv = tfidf.transform(tf), tfidf.transform(tv)
    neg = TextTfidf(negation=True).fit(tf)
    nf, nv = neg.transform(tf), neg.transform(tv)
    vf = word_vector_features("navec", [normalise_text(t) for t in tf])
    vv = word_vector_features("navec", [normalise_text(t) for t in tv])
    print(f"features in {time.perf_counter() - t0:.1f} s")

    def svm(a, b, c=0.3):
        return LinearSVC(C=c, class_weight="balanced").fit(a, yf).decision_function(b)

    def lr_proba(a, b, c=1.0):
        m = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(a, yf)
        return m.predict_log_proba(b)

    def dense(w):
        return sp.csr_matrix(vf * np.float32(w)), sp.csr_matrix(vv * np.float32(w))

    def with_vectors(a, b, w, c=0.3):
        df, dv = dense(w)
        return svm(sp.hstack([a, df]).tocsr(), sp.hstack([b, dv]).tocsr(), c)

    variants = {
        "base: TF-IDF, SVM C=0.3": lambda: svm(xf, xv),
        "negation marking": lambda: svm(nf, nv),
        "navec mean only, SVM C=1": lambda: svm(vf, vv, 1.0),
        "TF-IDF + navec w=0.5": lambda: with_vectors(xf, xv, 0.5),
        "TF-IDF + navec w=1": lambda: with_vectors(xf, xv, 1.0),
        "TF-IDF + navec w=2": lambda: with_vectors(xf, xv, 2.0),
        "TF-IDF + navec w=1, C=0.5": lambda: with_vectors(xf, xv, 1.0, 0.5),
        "negation + navec w=1": lambda: with_vectors(nf, nv, 1.0),
        "ensemble: LR TF-IDF + LR navec (mean log-proba)": lambda: 0.5 * (lr_proba(xf, xv, 10) + lr_proba(vf, vv, 3)),
    }
    wanted = None if args.variants == "all" else set(args.variants.split(","))
    for i, (name, run) in enumerate(variants.items()):
        if wanted and str(i) not in wanted:
            continue
        t0 = time.perf_counter()
        mean, a, b = cross_halves(run(), yv)
        print(f"[{i}] {name}: val F1(pos,neg) {mean:.4f} (halves {a:.4f} / {b:.4f}; {time.perf_counter() - t0:.0f} s)",
              flush=True)


if __name__ == "__main__":
    main()
