"""A linear text classifier (TF-IDF + optional sentence embedding → linear SVM) with calibrated
confidences, and its cross-validation. Shared by the topic and sentiment models."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold
from sklearn.svm import LinearSVC

from pipeline.analyse.text_features import TextTfidf


def softmax(scores: np.ndarray, temperature: float) -> np.ndarray:
    z = scores / max(temperature, 1e-6)
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(decisions: np.ndarray, y_index: np.ndarray) -> float:
    """Temperature minimising the log-loss of softmax(decisions / T) (grid search)."""
    best_t, best_loss = 1.0, np.inf
    rows = np.arange(len(y_index))
    for t in np.geomspace(0.02, 2.0, 41):
        p = softmax(decisions, t)[rows, y_index]
        loss = -np.mean(np.log(np.clip(p, 1e-12, 1.0)))
        if loss < best_loss:
            best_t, best_loss = float(t), loss
    return best_t


_VADER = None


def lexicon_features(name: str, texts: Sequence[str]) -> np.ndarray:
    """Dense lexicon features per text. ``vader``: VADER's compound, positive, negative and neutral
    shares (English; thousands of texts per second)."""
    global _VADER
    if name != "vader":
        raise ValueError(f"unknown lexicon {name!r}; expected 'vader'")
    if _VADER is None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _VADER = SentimentIntensityAnalyzer()
    rows = [_VADER.polarity_scores(t or "") for t in texts]
    return np.array([[r["compound"], r["pos"], r["neg"], r["neu"]] for r in rows], dtype=np.float32).reshape(-1, 4)


class LinearTextClassifier(BaseEstimator, ClassifierMixin):
    """TF-IDF (+ optional sentence embedding) → linear SVM; scikit-learn estimator API.

    ``word_vectors`` = ``"navec"`` appends the mean word vector of the normalised text
    (:mod:`pipeline.analyse.word_vectors`, scaled by ``word_vector_weight``; no encoder call);
    ``negation`` binds a negation to the next word in the word TF-IDF block («не не_нравится»).

    ``encoder`` = ``None`` (fast), ``"use"`` or ``"e5"``; ``encoder_weight`` scales the embedding
    block against the unit-norm TF-IDF block; ``encoder_normalise`` embeds the normalised text
    (placeholders for URLs, mentions, companies). Embeddings are cached in ``cache_path``
    (default ``outputs/cache/embeddings.sqlite``). ``temperature`` turns decision values into
    confidences (set by :func:`fit_with_cv` from out-of-fold decisions).
    """

    def __init__(
        self,
        encoder: str | None = None,
        encoder_weight: float = 1.0,
        C: float = 1.0,
        word_ngrams: tuple[int, int] = (1, 2),
        char_ngrams: tuple[int, int] = (2, 5),
        class_weight: str | None = None,
        temperature: float = 0.3,
        encoder_max_chars: int = 1000,
        cache_path: str | None = None,
        encoder_normalise: bool = False,
        lexicon: str | None = None,
        word_vectors: str | None = None,
        word_vector_weight: float = 1.0,
        negation: bool = False,
    ):
        self.encoder = encoder
        self.encoder_weight = encoder_weight
        self.C = C
        self.word_ngrams = word_ngrams
        self.char_ngrams = char_ngrams
        self.class_weight = class_weight
        self.temperature = temperature
        self.encoder_max_chars = encoder_max_chars
        self.cache_path = cache_path
        self.encoder_normalise = encoder_normalise
        self.lexicon = lexicon
        self.word_vectors = word_vectors
        self.word_vector_weight = word_vector_weight
        self.negation = negation

    def _embed(self, texts: Sequence[str]) -> np.ndarray:
        from pipeline.analyse.text_features import normalise_text
        from pipeline.nlp.embeddings import default_cache_path, get_encoder

        if self.encoder is None:
            raise ValueError("this classifier has no sentence encoder")
        enc = get_encoder(self.encoder, cache_path=self.cache_path or default_cache_path(), batch_size=256,
                          show_progress=len(texts) > 2000)
        if getattr(self, "encoder_normalise", False):  # absent in artifacts pickled before it existed
            texts = [normalise_text(t) for t in texts]
        return enc.encode([(t or "")[: self.encoder_max_chars] for t in texts])

    def _features(self, texts: Sequence[str], fit: bool = False):
        if fit:
            self.tfidf_ = TextTfidf(word_ngrams=self.word_ngrams, char_ngrams=self.char_ngrams,
                                    negation=getattr(self, "negation", False)).fit(texts)
        prepped = self.tfidf_.prepare(texts)
        x = self.tfidf_.transform_prepared(prepped)
        lexicon = getattr(self, "lexicon", None)  # absent in artifacts pickled before it existed
        if lexicon:
            x = sp.hstack([x, sp.csr_matrix(lexicon_features(lexicon, texts))]).tocsr()
        vectors = getattr(self, "word_vectors", None)  # absent in artifacts pickled before it existed
        if vectors:
            from pipeline.analyse.text_features import normalise_text
            from pipeline.analyse.word_vectors import word_vector_features

            normalised = prepped if self.tfidf_.normalise else [normalise_text(t) for t in texts]
            dense = word_vector_features(vectors, normalised)  # the TF-IDF block's normalised texts, once
            x = sp.hstack([x, sp.csr_matrix(dense * np.float32(self.word_vector_weight))]).tocsr()
        if self.encoder:
            emb = self._embed(texts) * np.float32(self.encoder_weight)
            x = sp.hstack([x, sp.csr_matrix(emb)]).tocsr()
        return x

    def fit(self, texts: Sequence[str], y: Sequence[str] | np.ndarray):
        texts = list(texts)
        x = self._features(texts, fit=True)
        self.svm_ = LinearSVC(C=self.C, class_weight=self.class_weight).fit(x, list(y))
        self.svm_.coef_ = self.svm_.coef_.astype(np.float32)  # half the artifact size, same predictions
        self.classes_ = self.svm_.classes_
        return self

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        d = self.svm_.decision_function(self._features(list(texts)))
        if d.ndim == 1:  # two classes: LinearSVC returns one column
            d = np.column_stack([-d, d])
        bias = getattr(self, "class_bias_", None)  # tuned on a validation slice (calibration.tune_class_bias)
        return d if bias is None else d + bias

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return softmax(self.decision_function(texts), self.temperature)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classes_[np.argmax(self.decision_function(texts), axis=1)]


@dataclass
class CVReport:
    """Out-of-fold predictions of a cross-validation, with the figures of the model card."""

    folds: int
    accuracy: float
    macro_f1: float
    seconds: float
    predictions: list[str] = field(repr=False, default_factory=list)


def fit_with_cv(model: "LinearTextClassifier", texts: list[str], labels: list[str], folds: int = 5, seed: int = 13,
                progress=None, groups: Sequence | None = None) -> tuple["LinearTextClassifier", CVReport | None]:
    """Cross-validate ``model`` (stratified k-fold), fit its temperature on the out-of-fold
    decisions, then fit it on all the data. Classes with fewer than ``folds`` examples reduce the
    number of folds; with fewer than 2 per class no CV is done. ``groups`` (e.g. a hash of the
    normalised text) keeps near-duplicates in the same fold."""
    from sklearn.base import clone
    from sklearn.metrics import accuracy_score, f1_score

    start = time.perf_counter()
    y = np.asarray(labels)
    _, counts = np.unique(y, return_counts=True)
    k = int(min(folds, counts.min()))
    report = None
    if k >= 2:
        classes = np.unique(y)
        decisions = np.zeros((len(y), len(classes)), dtype=np.float32)
        splitter = (StratifiedKFold(k, shuffle=True, random_state=seed) if groups is None
                    else StratifiedGroupKFold(k, shuffle=True, random_state=seed))
        for tr, te in splitter.split(texts, y, groups):
            m = clone(model).fit([texts[i] for i in tr], y[tr])
            decisions[te] = m.decision_function([texts[i] for i in te])
            if progress is not None:
                progress()
        model.temperature = fit_temperature(decisions, np.searchsorted(classes, y))
        pred = classes[decisions.argmax(axis=1)]
        report = CVReport(k, float(accuracy_score(y, pred)), float(f1_score(y, pred, average="macro")),
                          time.perf_counter() - start, list(pred))
    model.fit(texts, y)
    return model, report
