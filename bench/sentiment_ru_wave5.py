"""Wave-5 Russian nightly sentiment head variants, measured on the validation slice only.

    python bench/sentiment_ru_wave5.py [--data DATA_DIR] [--variants 0,3,...]
    python bench/sentiment_ru_wave5.py rolling [--data DATA_DIR] [--variants 0,3,...]

Same protocol as ``bench/sentiment_ru_variants.py``: the dated SentiRuEval-2016 train tweets ordered by
time; the latest 20 % (the later-period test slice) is never read. Of the earliest 80 %, the first 80 %
fit each variant, the rest is the validation slice, cut in two halves by time: the class offsets are tuned
on one half and F1(pos,neg) scored on the other, both ways round (``val``, mean of the two); ``argmax`` is
F1(pos,neg) of the plain argmax on the whole slice. ``rolling`` scores two time-ordered folds inside the
earliest 80 % (fit 48 % → validate 48–64 %, fit 64 % → validate 64–80 %) and prints their mean: one slice's
halves differ by 4–8 points for the same model. Figures: docs/SIGNALS.md, wave 5 (nothing of it shipped: the
lemma + surface variant, best here by cross-halves, lost 0.4 points on the later-period split; the fold-mean
argmax figure is the one that tracked the later period).
"""

from __future__ import annotations

import argparse
import functools
import re
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from bench_siblings import load_sibling
from pipeline.analyse.text_features import TextTfidf
from pipeline.analyse.word_vectors import navec_mean, words
from pipeline.training.sentiment import load_training_data
from pipeline.training.sentiment_calibration import CLASSES, f1_pos_neg_index


ROOT = Path(__file__).resolve().parents[1]
_VARIANTS = load_sibling("sentiment_ru_variants")
cross_halves, validation_rows = _VARIANTS.cross_halves, _VARIANTS.validation_rows


@functools.lru_cache(maxsize=None)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    if not re.search("[а-я]", word):
        return word
    return _morph().parse(word)[0].normal_form.replace("ё", "е")


def lemmatise(text: str) -> str:
    return " ".join(lemma(w) for w in words(text))


def pooled(texts: list[str], idf: dict[str, float] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(max-pooled, idf-weighted mean) navec vectors, each L2-normalised."""
    nm = navec_mean()
    mx = np.zeros((len(texts), 300), dtype=np.float32)
    wm = np.zeros((len(texts), 300), dtype=np.float32)
    for row, text in enumerate(texts):
        ws = [w for w in words(text)]
        ids, wts = [], []
        for w in ws:
            i = nm.word_id(w)
            if i is not None:
                ids.append(i)
                wts.append((idf or {}).get(w, 1.0))
        if not ids:
            continue
        vecs = nm._codes[nm._parts, nm._indexes[ids]].reshape(len(ids), 300)
        m = vecs.max(axis=0)
        mx[row] = m / max(float(np.linalg.norm(m)), 1e-9)
        a = (vecs * np.asarray(wts, dtype=np.float32)[:, None]).sum(axis=0)
        wm[row] = a / max(float(np.linalg.norm(a)), 1e-9)
    return mx, wm


_BANK = re.compile(r"\b(?:сбер\w*|втб\w*|газпромбанк\w*|альфа\w*|райф+айзен\w*|уралсиб\w*|россельхозбанк\w*|рсхб|банк\w*"
                   r"|кредит\w*|вклад\w*|ипотек\w*|карт\w*)")


def meta_features(raw: list[str], norm: list[str]) -> np.ndarray:
    rows = []
    for r, n in zip(raw, norm):
        low = r.lower()
        toks = n.split()
        rows.append([
            min(toks.count("company"), 3) / 3,
            min(toks.count("ment"), 3) / 3,
            float(n.startswith("ment")),
            float("url" in toks),
            float(low.lstrip().startswith("rt")),
            float(bool(_BANK.search(low))),
            min(r.count("!"), 3) / 3,
            min(r.count("?"), 3) / 3,
            np.log1p(len(toks)) / 4,
            float("«" in r or "&amp;laquo;" in r),
        ])
    return np.asarray(rows, dtype=np.float32)


def nb_ratio(x: sp.csr_matrix, y: np.ndarray, cls: int, alpha: float = 1.0) -> np.ndarray:
    p = alpha + np.asarray(x[y == cls].sum(axis=0)).ravel()
    q = alpha + np.asarray(x[y != cls].sum(axis=0)).ravel()
    return np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)


@functools.lru_cache(maxsize=1)
def navec_clusters(k: int = 512, top: int = 100_000) -> dict[str, int]:
    """Word → k-means cluster of its navec vector (the ``top`` most frequent words)."""
    from sklearn.cluster import MiniBatchKMeans

    nm = navec_mean()
    ids = sorted((i, w) for w, i in nm._ids.items() if i not in nm._unk)[:top]
    vecs = nm._codes[nm._parts, nm._indexes[[i for i, _ in ids]]].reshape(len(ids), 300)
    vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    km = MiniBatchKMeans(k, random_state=13, batch_size=4096, n_init=1).fit(vecs)
    return {w: int(c) for (_, w), c in zip(ids, km.labels_)}


def cluster_text(text: str) -> str:
    cl = navec_clusters()
    return " ".join(f"c{cl[w]}" for w in words(text) if w in cl)


def fold_blocks(texts, fit_i, val_i, with_use=False):
    tf = [texts[i] for i in fit_i]
    tv = [texts[i] for i in val_i]
    tfidf = TextTfidf().fit(tf)
    nf, nv = tfidf.prepare(tf), tfidf.prepare(tv)
    s = np.float32(1 / np.sqrt(2))
    out = {"word": (tfidf.word_.transform(nf) * s, tfidf.word_.transform(nv) * s),
           "char": (tfidf.char_.transform(nf) * s, tfidf.char_.transform(nv) * s),
           "navec": (navec_mean().transform(nf), navec_mean().transform(nv))}
    lf, lv = [lemmatise(t) for t in nf], [lemmatise(t) for t in nv]
    lem1 = TfidfVectorizer(sublinear_tf=True, token_pattern=r"(?u)\b\w+\b", dtype=np.float32).fit(lf)
    out["lemma"] = (lem1.transform(lf) * s, lem1.transform(lv) * s)
    out["meta"] = (meta_features(tf, nf), meta_features(tv, nv))
    if with_use:
        from pipeline.nlp.embeddings import DEFAULT_CACHE_PATH, get_encoder

        enc = get_encoder("use", cache_path=DEFAULT_CACHE_PATH, batch_size=256)
        out["use"] = (enc.encode(nf), enc.encode(nv))  # the full head's block (cached; evaluation only)
    cf, cv = [cluster_text(t) for t in nf], [cluster_text(t) for t in nv]
    clu = TfidfVectorizer(sublinear_tf=True, token_pattern=r"c\d+", dtype=np.float32).fit(cf)
    out["clusters"] = (clu.transform(cf) * s, clu.transform(cv) * s)
    return out


def rolling(argv=None) -> None:
    """Two time-ordered folds inside the earliest 80 %: fit on the first 48 % → validate on 48–64 %, fit on
    the first 64 % → validate on 64–80 % (the second is the slice of :func:`main`). The later 20 % is not read."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    ap.add_argument("--variants", default="all")
    args = ap.parse_args(argv)
    texts, labels, _, dates = load_training_data(args.data, with_dates=True)
    dated = sorted((i for i, d in enumerate(dates) if d is not None), key=lambda i: dates[i])
    n = len(dated)
    folds = [(dated[: int(n * 0.48)], dated[int(n * 0.48): int(n * 0.64)]),
             (dated[: int(n * 0.64)], dated[int(n * 0.64): int(n * 0.8)])]
    y = np.searchsorted(CLASSES, np.asarray(labels))
    t_all = np.asarray([dates[i] or 0.0 for i in range(len(texts))])

    def cat(*blocks):
        return sp.hstack([sp.csr_matrix(bl) for bl in blocks]).tocsr()

    from pipeline.training.sentiment import dedup_group

    group = np.asarray([dedup_group(t) for t in texts])

    def spec(blocks, c=0.5, half_life_days=None, copies=None):
        def run(b, fit_i, yf):
            a = cat(*(b[k][0] * np.float32(w) for k, w in blocks))
            v = cat(*(b[k][1] * np.float32(w) for k, w in blocks))
            sw = None
            if half_life_days:
                tf = t_all[fit_i]
                sw = 0.5 ** ((tf.max() - tf) / (86400 * half_life_days))
                sw = sw / sw.mean()
            if copies:  # retweets and copies of one text (same dedup group): "first" keeps one, "weight" 1/n each
                g = group[fit_i]
                _, first, inverse, counts = np.unique(g, return_index=True, return_inverse=True, return_counts=True)
                if copies == "first":
                    keep = np.sort(first)
                    return LinearSVC(C=c, class_weight="balanced").fit(a[keep], yf[keep]).decision_function(v)
                sw = 1.0 / counts[inverse]
                sw = sw / sw.mean()
            return LinearSVC(C=c, class_weight="balanced").fit(a, yf, sample_weight=sw).decision_function(v)
        return run

    base = [("word", 1), ("char", 1), ("navec", 1)]
    variants = {
        "shipped": spec(base),
        "+ lemma 1": spec(base + [("lemma", 1)]),
        "+ meta": spec(base + [("meta", 1)]),
        "+ lemma 1 + meta": spec(base + [("lemma", 1), ("meta", 1)]),
        "+ navec clusters": spec(base + [("clusters", 1)]),
        "+ navec clusters 0.5": spec(base + [("clusters", 0.5)]),
        "recency weight, half-life 7 days": spec(base, half_life_days=7),
        "recency weight, half-life 30 days": spec(base, half_life_days=30),
        "+ lemma 1 + meta, C=0.35": spec(base + [("lemma", 1), ("meta", 1)], c=0.35),
        "full head for comparison: word + char TF-IDF + USE, C=0.3 (encoder-bound, not nightly)":
            spec([("word", 1), ("char", 1), ("use", 1)], c=0.3),
        "copies: one per dedup group": spec(base, copies="first"),
        "copies: weight 1/n per dedup group": spec(base, copies="weight"),
    }
    wanted = None if args.variants == "all" else set(args.variants.split(","))
    chosen = [(i, k, v) for i, (k, v) in enumerate(variants.items()) if not wanted or str(i) in wanted]
    res: dict[int, list] = {i: [] for i, _, _ in chosen}
    for f, (fit_i, val_i) in enumerate(folds):
        t0 = time.perf_counter()
        b = fold_blocks(texts, fit_i, val_i, with_use=any("USE" in name for _, name, _ in chosen))
        print(f"fold {f}: fit {len(fit_i)}, validate {len(val_i)}; features {time.perf_counter() - t0:.0f} s", flush=True)
        yv = y[val_i]
        for i, name, run in chosen:
            d = run(b, np.asarray(fit_i), y[fit_i])
            mean, _, _ = cross_halves(d, yv)
            am = f1_pos_neg_index(yv, d.argmax(axis=1))
            res[i].append((mean, am))
            print(f"  fold {f} [{i}] {name}: cross-halves {mean:.4f}, argmax {am:.4f}", flush=True)
    for i, name, _ in chosen:
        r = np.asarray(res[i])
        print(f"[{i}] {name}: mean over folds cross-halves {r[:, 0].mean():.4f}, argmax {r[:, 1].mean():.4f} "
              f"(folds: {', '.join(f'{a:.4f}/{b:.4f}' for a, b in r)})", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    ap.add_argument("--variants", default="all")
    args = ap.parse_args()
    tf, tv, yf, yv = _VARIANTS.validation_split(args.data)
    t0 = time.perf_counter()
    tfidf = TextTfidf().fit(tf)
    nf, nv = tfidf.prepare(tf), tfidf.prepare(tv)
    s = np.float32(1 / np.sqrt(2))
    wf, wv = tfidf.word_.transform(nf) * s, tfidf.word_.transform(nv) * s
    cf, cv = tfidf.char_.transform(nf) * s, tfidf.char_.transform(nv) * s
    vf, vv = navec_mean().transform(nf), navec_mean().transform(nv)
    print(f"base features in {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    lf, lv = [lemmatise(t) for t in nf], [lemmatise(t) for t in nv]
    lem = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b", dtype=np.float32).fit(lf)
    lwf, lwv = lem.transform(lf) * s, lem.transform(lv) * s
    lem1 = TfidfVectorizer(ngram_range=(1, 1), sublinear_tf=True, token_pattern=r"(?u)\b\w+\b", dtype=np.float32).fit(lf)
    l1f, l1v = lem1.transform(lf) * s, lem1.transform(lv) * s
    print(f"lemmas in {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    idf = dict(zip(tfidf.word_.get_feature_names_out(), tfidf.word_.idf_))
    mxf, imf = pooled(nf, idf)
    mxv, imv = pooled(nv, idf)
    mf, mv = meta_features(tf, nf), meta_features(tv, nv)
    print(f"pooled vectors + meta in {time.perf_counter() - t0:.1f} s", flush=True)

    def svm(a, b, c=0.5):
        return LinearSVC(C=c, class_weight="balanced").fit(a, yf).decision_function(b)

    def cat(*blocks):
        return sp.hstack([sp.csr_matrix(bl) for bl in blocks]).tocsr()

    base_f, base_v = [wf, cf, vf], [wv, cv, vv]

    def plus(extra_f, extra_v, c=0.5):
        return svm(cat(*base_f, *extra_f), cat(*base_v, *extra_v), c)

    def nbsvm(c=0.5, alpha=1.0, with_rest=True):
        """One-vs-rest NB-SVM: the word block scaled by each class's log-count ratio."""
        bf = (wf > 0).astype(np.float32)
        out = np.zeros((len(yv), 3), dtype=np.float32)
        for k in range(3):
            r = nb_ratio(bf, yf, k, alpha)
            a = cat(wf.multiply(r), cf, vf) if with_rest else cat(wf.multiply(r))
            b = cat(wv.multiply(r), cv, vv) if with_rest else cat(wv.multiply(r))
            m = LinearSVC(C=c, class_weight="balanced").fit(a, (yf == k).astype(int))
            out[:, k] = m.decision_function(b)
        return out

    def weighted(ww, wc, wvec, c=0.5):
        return svm(cat(wf * ww, cf * wc, vf * wvec), cat(wv * ww, cv * wc, vv * wvec), c)

    variants = {
        "shipped: word+char TF-IDF + navec mean, C=0.5": lambda: svm(cat(*base_f), cat(*base_v)),
        "+ lemma word 1-2": lambda: plus([lwf], [lwv]),
        "+ lemma word 1": lambda: plus([l1f], [l1v]),
        "lemma 1-2 instead of word 1-2": lambda: svm(cat(lwf, cf, vf), cat(lwv, cv, vv)),
        "+ navec max-pooled": lambda: plus([mxf], [mxv]),
        "+ navec idf-weighted mean": lambda: plus([imf], [imv]),
        "+ navec max + idf mean (w 0.7 each)": lambda: plus([mxf * 0.7, imf * 0.7], [mxv * 0.7, imv * 0.7]),
        "+ meta features (entities, mentions, RT, bank words, !, ?, length)": lambda: plus([mf], [mv]),
        "NB-SVM word block (OvR) + char + navec": lambda: nbsvm(),
        "blocks: word 1.3, char 0.7, navec 1": lambda: weighted(1.3, 0.7, 1.0),
        "blocks: word 0.7, char 1.3, navec 1": lambda: weighted(0.7, 1.3, 1.0),
        "blocks: word 1, char 1, navec 1.5, C=0.3": lambda: weighted(1.0, 1.0, 1.5, 0.3),
        "C=0.7": lambda: svm(cat(*base_f), cat(*base_v), 0.7),
        "C=0.35": lambda: svm(cat(*base_f), cat(*base_v), 0.35),
    }
    wanted = None if args.variants == "all" else set(args.variants.split(","))
    for i, (name, run) in enumerate(variants.items()):
        if wanted and str(i) not in wanted:
            continue
        t0 = time.perf_counter()
        d = run()
        mean, a, b = cross_halves(d, yv)
        am = f1_pos_neg_index(yv, d.argmax(axis=1))
        print(f"[{i}] {name}: val {mean:.4f} (halves {a:.4f} / {b:.4f}), argmax {am:.4f}; "
              f"{time.perf_counter() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1 and sys.argv[1] == "rolling":
        rolling(sys.argv[2:])
    else:
        main()
