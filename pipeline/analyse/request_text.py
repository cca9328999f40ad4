"""Request-domain model of the request gate: a logistic regression trained on labelled *requests*.

The nightly head learnt "negative" from tweets and is very sure about many plain problem reports. The gate's
model reads the text itself, as the hand-labelled SPb appeals taught it (neutral report vs negative appeal):
word (1–2) + char_wb (2–5) TF-IDF of the normalised text (:class:`pipeline.analyse.text_features.TextTfidf`) and
the mean navec word vector (:mod:`pipeline.analyse.word_vectors`), stacked with the gate's interpretable
features (:func:`pipeline.analyse.request_gate.gate_features`: the head's outputs, cue groups, punctuation),
standardised and scaled by ``features_weight`` so that one L2-regularised logistic regression (balanced classes)
weighs both. Settings: the ``text`` block of ``rules/request_gate.yaml``. Runs only on the texts the head calls
negative: one sparse transform and a dot product.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np
from pydantic import Field

from pipeline.config import RulesModel


class RequestTextRules(RulesModel):
    """The ``text`` block of ``rules/request_gate.yaml``: the request-domain features and their weights."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    char_min_df: int = Field(2, ge=1)
    navec_weight: float = Field(1.0, ge=0)  # 0 = no word-vector block
    features_weight: float = Field(0.3, gt=0)  # scale of the standardised interpretable features


@dataclass
class RequestTextModel:
    """TF-IDF + navec + weighted interpretable features → logistic regression; :meth:`fit` then
    :meth:`predict_proba` (column 1 = P(negative))."""

    rules: RequestTextRules
    C: float = 10.0
    tfidf: Any = None  # fitted TextTfidf
    scaler: Any = None  # fitted StandardScaler of the interpretable features
    lr: Any = None  # fitted LogisticRegression
    n_text_columns: int = 0
    extra: dict = field(default_factory=dict)

    def _navec(self, texts: Sequence[str]) -> np.ndarray | None:
        if self.rules.navec_weight <= 0:
            return None
        from pipeline.analyse.text_features import normalise_text
        from pipeline.analyse.word_vectors import word_vector_features

        return word_vector_features("navec", [normalise_text(t) for t in texts]) * np.float32(self.rules.navec_weight)

    def matrix(self, texts: Sequence[str], features: np.ndarray):
        """The design matrix of ``texts`` (with their interpretable ``features``) for the fitted blocks."""
        import scipy.sparse as sp

        blocks = [self.tfidf.transform(texts)]
        vec = self._navec(texts)
        if vec is not None:
            blocks.append(sp.csr_matrix(vec))
        scaled = self.scaler.transform(np.asarray(features, dtype=np.float64)) * self.rules.features_weight
        blocks.append(sp.csr_matrix(scaled))
        return sp.hstack(blocks).tocsr()

    def fit_blocks(self, texts: Sequence[str], features: np.ndarray):
        """Fit the TF-IDF and the scaler on ``texts`` / ``features``; returns their design matrix."""
        from sklearn.preprocessing import StandardScaler

        from pipeline.analyse.text_features import TextTfidf

        r = self.rules
        self.tfidf = TextTfidf(word_ngrams=r.word_ngrams, char_ngrams=r.char_ngrams, char_min_df=r.char_min_df)
        self.tfidf.fit(texts)
        self.scaler = StandardScaler().fit(np.asarray(features, dtype=np.float64))
        x = self.matrix(texts, features)
        self.n_text_columns = x.shape[1] - np.asarray(features).shape[1]
        return x

    def fit_lr(self, x, y: np.ndarray, C: float | None = None) -> RequestTextModel:
        """Fit the logistic regression on a design matrix of :meth:`fit_blocks` (``C`` replaces ``self.C``)."""
        from sklearn.linear_model import LogisticRegression

        self.C = self.C if C is None else C
        self.lr = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000).fit(x, np.asarray(y, dtype=bool))
        return self

    def fit(self, texts: Sequence[str], features: np.ndarray, y: np.ndarray) -> RequestTextModel:
        return self.fit_lr(self.fit_blocks(texts, features), y)

    def predict_proba(self, texts: Sequence[str], features: np.ndarray) -> np.ndarray:
        """Rows of [P(not negative), P(negative)]."""
        return self.lr.predict_proba(self.matrix(texts, features))

    def feature_weights(self) -> np.ndarray:
        """The logistic-regression weights of the interpretable features, per standardised unit."""
        return self.lr.coef_[0, self.n_text_columns:] * self.rules.features_weight

    def top_terms(self, k: int = 12) -> dict[str, list[str]]:
        """The word n-grams with the largest positive (negative appeal) and negative (plain report) weights."""
        words = self.tfidf.word_.get_feature_names_out()
        w = self.lr.coef_[0, : len(words)]
        order = np.argsort(w)
        return {"negative": [str(words[i]) for i in order[::-1][:k]], "neutral": [str(words[i]) for i in order[:k]]}
