"""English sentiment head variants, scored on the validation slice only (issue 11, round 2).

    python bench/sentiment_en_variants.py [--data ../shared/data/tweeteval_sentiment_en]

The split is the one of ``train_english`` (pipeline/training/sentiment_calibration.py): the held-out 20 % of
train.csv and val.csv are not read. The fit part (the rest minus 15 %) trains each variant; the 15 %
validation slice gives F1(pos,neg) with class offsets tuned on the whole slice, and "cross-halves": offsets
tuned on one half, scored on the other, both ways round (mean). Variants: the shipped head (SVM over word +
char TF-IDF + VADER features, negation marking, C = 0.3), + style features (emoticons, emoji, elongated words
«sooo», shouting, ! and ?), class weights, and an ensemble of separate logistic-regression heads on the word
block and on the char block (mean log-probabilities; also without the style features, and two SVMs), one LR over all blocks.
Prints one line per variant.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.svm import LinearSVC

from pipeline.analyse.linear_text import lexicon_features
from pipeline.analyse.text_features import TextTfidf
from pipeline.training.calibration import tune_class_bias
from pipeline.training.sentiment_calibration import CLASSES, SEED, f1_pos_neg_index

ROOT = Path(__file__).resolve().parents[1]


# style features tried here (emoticons, emoji, elongation, shouting, !/?); none was shipped
_POS_EMOTICON = re.compile(r"(?:[:;=]-?[)\]dDpP*]|\(-?[:;=]|<3|\^_?\^)")
_NEG_EMOTICON = re.compile(r"(?:[:;=]'?-?[(\[/\\|]|\)-?[:;=]|D-?:)")
_POS_EMOJI = re.compile("[\U0001F600-\U0001F60D\U0001F617-\U0001F61D\U0001F642\U0001F917\U0001F60E\U0001F970"
                        "\U0001F44D\U0001F44F\U0001F64C\U0001F389\u2728\u2764\u263A\u2665\U0001F495-\U0001F49F\U0001F4AF]")
_NEG_EMOJI = re.compile("[\U0001F612-\U0001F616\U0001F61E-\U0001F62B\U0001F62D\U0001F630-\U0001F631\U0001F641"
                        "\u2639\U0001F44E\U0001F494\U0001F92C\U0001F922\U0001F92E\U0001F620\U0001F621]")
_ELONGATED = re.compile(r"\b\w*(\w)\1{2,}\w*")
_CAPS_WORD = re.compile(r"\b[A-ZА-ЯЁ]{3,}\b")
STYLE_FEATURES = ("positive_emoticons", "negative_emoticons", "positive_emoji", "negative_emoji",
                  "elongated_words", "shouted_words", "exclamations", "questions")


def style_features(texts: Sequence[str]) -> np.ndarray:
    """Dense style features per text (:data:`STYLE_FEATURES`), each a count capped at 3 and divided by 3:
    emoticons and emoji by polarity, elongated words («sooo», «нууу»), shouted words, ``!`` and ``?``
    (counted in the raw text, before normalisation squashes the repeats)."""
    rows = []
    for text in texts:
        text = text or ""
        counts = (len(_POS_EMOTICON.findall(text)), len(_NEG_EMOTICON.findall(text)), len(_POS_EMOJI.findall(text)),
                  len(_NEG_EMOJI.findall(text)), len(_ELONGATED.findall(text)), len(_CAPS_WORD.findall(text)),
                  text.count("!"), text.count("?"))
        rows.append([min(3, c) / 3 for c in counts])
    return np.asarray(rows, dtype=np.float32).reshape(len(rows), len(STYLE_FEATURES))


def scores(d: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    yi = np.searchsorted(CLASSES, y)
    _, whole = tune_class_bias(d, yi, f1_pos_neg_index, free=[0, 2])
    half = len(y) // 2
    a, b = np.arange(half), np.arange(half, len(y))
    cross = []
    for tr, te in ((a, b), (b, a)):
        bias, _ = tune_class_bias(d[tr], yi[tr], f1_pos_neg_index, free=[0, 2])
        cross.append(f1_pos_neg_index(yi[te], (d[te] + bias).argmax(axis=1)))
    return whole, float(np.mean(cross))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "tweeteval_sentiment_en"))
    args = ap.parse_args()
    frame = pd.read_csv(Path(args.data) / "train.csv", dtype=str, keep_default_na=False)
    frame = frame[(frame["text"].str.strip() != "") & frame["label"].isin(CLASSES)]
    rest, _held = train_test_split(frame, test_size=0.2, random_state=SEED, stratify=frame["label"])
    fit_part, val_part = train_test_split(rest, test_size=0.15, random_state=SEED, stratify=rest["label"])
    tr, va = fit_part["text"].tolist(), val_part["text"].tolist()
    ytr, yva = fit_part["label"].values, val_part["label"].values
    t0 = time.perf_counter()
    full = TextTfidf(negation=True).fit(tr)
    lex_tr, lex_va = lexicon_features("vader", tr), lexicon_features("vader", va)
    sty_tr, sty_va = style_features(tr), style_features(va)
    x_tr, x_va = full.transform(tr), full.transform(va)
    nw = len(full.word_.vocabulary_)
    root2 = np.float32(np.sqrt(2))
    blocks = {"word": (x_tr[:, :nw] * root2, x_va[:, :nw] * root2), "char": (x_tr[:, nw:] * root2, x_va[:, nw:] * root2)}
    print(f"features: {time.perf_counter() - t0:.0f} s; fit {len(tr)}, validation {len(va)}")

    def stack(*blocks):
        return sp.hstack([sp.csr_matrix(b) for b in blocks]).tocsr()

    rows = {}
    base_tr, base_va = stack(x_tr, lex_tr), stack(x_va, lex_va)
    for c in (0.3,):
        d = LinearSVC(C=c, class_weight="balanced").fit(base_tr, ytr).decision_function(base_va)
        rows[f"shipped: SVM C={c}, balanced"] = scores(d, yva)
    d = LinearSVC(C=0.3).fit(base_tr, ytr).decision_function(base_va)
    rows["SVM C=0.3, no class weight"] = scores(d, yva)
    d = LinearSVC(C=0.3, class_weight={"negative": 1.5, "neutral": 0.7, "positive": 1.0}).fit(
        base_tr, ytr).decision_function(base_va)
    rows["SVM C=0.3, weights neg 1.5 / neu 0.7 / pos 1"] = scores(d, yva)
    for w in (0.5, 1.0):
        a, b = stack(x_tr, lex_tr, sty_tr * w), stack(x_va, lex_va, sty_va * w)
        d = LinearSVC(C=0.3, class_weight="balanced").fit(a, ytr).decision_function(b)
        rows[f"+ style features x{w}, SVM C=0.3, balanced"] = scores(d, yva)
    for c in (3.0, 10.0):
        parts = []
        for b_tr, b_va in blocks.values():
            a, b = stack(b_tr, lex_tr, sty_tr), stack(b_va, lex_va, sty_va)
            lr = LogisticRegression(C=c, class_weight="balanced", max_iter=3000).fit(a, ytr)
            parts.append(lr.predict_log_proba(b))
        rows[f"ensemble: LR word + LR char (+VADER, style), C={c}, mean log-proba"] = scores(np.mean(parts, axis=0), yva)
    parts = []
    for b_tr, b_va in blocks.values():
        lr = LogisticRegression(C=3.0, class_weight="balanced", max_iter=3000).fit(stack(b_tr, lex_tr), ytr)
        parts.append(lr.predict_log_proba(stack(b_va, lex_va)))
    rows["ensemble: LR word + LR char (+VADER, no style), C=3, mean log-proba"] = scores(np.mean(parts, axis=0), yva)
    parts = [LinearSVC(C=0.3, class_weight="balanced").fit(stack(b_tr, lex_tr), ytr).decision_function(
        stack(b_va, lex_va)) for b_tr, b_va in blocks.values()]
    rows["ensemble: SVM word + SVM char (+VADER), C=0.3, mean decision"] = scores(np.mean(parts, axis=0), yva)
    lr = LogisticRegression(C=3.0, class_weight="balanced", max_iter=3000).fit(base_tr, ytr)
    rows["one LR over word + char + VADER, C=3"] = scores(lr.predict_log_proba(base_va), yva)
    for name, (whole, cross) in rows.items():
        print(f"{name:70s} F1(pos,neg) {whole:.4f}  cross-halves {cross:.4f}")


if __name__ == "__main__":
    main()
