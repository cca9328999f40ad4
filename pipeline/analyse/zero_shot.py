"""Zero-shot topics: a new deployment with a taxonomy but no labelled contacts.

Each topic of a :class:`~pipeline.analyse.taxonomy.Taxonomy` becomes a set of *prototypes*: its
name read as a phrase (``card_arrival`` → "card arrival"), its description and its seed phrases
(any number, none needed). A text is scored against each topic by three parts, each optional:

* **dense**: cosine similarity of sentence vectors (multilingual-e5-small by default; Russian and
  English share one space), ``max_weight`` × the closest prototype + the rest × the mean over the
  topic's prototypes (over its ``mean_top`` closest ones when set: a topic with 60 reason names is
  not diluted by the 55 that have nothing to do with the text). With ``prototype_prefix="passage"`` the prototypes are embedded with e5's
  ``passage: `` prefix and the texts with ``query: `` (the retrieval use e5 was trained for);
* **lexical** (``lexical_weight`` > 0): TF-IDF cosine of the text to the topic's prototypes joined
  into one document (word uni/bigrams), for names and seeds that share rare words with the text;
* **per-topic normalisation** (``normalise``): some topics attract every text (a broad description, a
  generic seed). Each topic's mean score over a background batch of *unlabelled* texts is subtracted
  (``"center"``), or the score is also divided by that topic's spread (``"zscore"``). The background is
  the night's own texts (:meth:`ZeroShotTopics.fit_background`), or the scored batch itself when none
  was fitted and it holds at least ``min_background`` texts.

Dense and lexical parts are put on one scale (each divided by its overall spread on the background)
and brought back to cosine units before the softmax of temperature ``temperature`` that gives
confidences. Figures and the choices made on a dev set: docs/SIGNALS.md and
``bench/zero_shot_topics_bench.py``.

Encoder-bound (tens of texts per second on 2 cores; vectors are cached; the lexical part and the
normalisation cost next to nothing): for the first nights of a deployment and for re-scoring, until
labelled data trains a topic head.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Sequence

import numpy as np

from pipeline.analyse.linear_text import softmax
from pipeline.analyse.taxonomy import Taxonomy

Normalise = Literal["none", "center", "zscore"]
MAX_CHARS = 1000  # texts are cut to this many characters before embedding


def topic_phrase(topic_id: str) -> str:
    """``card_payment_wrong_exchange_rate`` → ``card payment wrong exchange rate``."""
    return topic_id.replace("_", " ").strip()


@dataclass
class _Background:
    """Per-topic mean and spread of each score part over unlabelled texts, and each part's overall spread."""

    dense_mean: np.ndarray
    dense_std: np.ndarray
    dense_scale: float
    lexical_mean: np.ndarray | None = None
    lexical_std: np.ndarray | None = None
    lexical_scale: float = 1.0


@dataclass
class ZeroShotTopics:
    """Topic scorer built from a taxonomy's names, descriptions and seeds (no labelled data)."""

    topics: list[str]
    prototypes: list[list[str]]
    encoder: str = "e5"
    # defaults: the setting picked on BANKING77-train and SPb dev sets (bench/zero_shot_topics_tune.py)
    max_weight: float = 0.3  # dense = max_weight · max cosine + (1 − max_weight) · mean cosine
    mean_top: int | None = 5  # the mean is over this many closest prototypes (None: all of them)
    temperature: float = 0.05
    cache_path: str | None = None
    prototype_prefix: Literal["query", "passage"] = "query"  # e5 only: how prototypes are embedded
    normalise: Normalise = "none"
    lexical_weight: float = 0.25
    min_background: int = 50
    _proto_vecs: list[np.ndarray] | None = field(default=None, repr=False)
    _lexical: Any = field(default=None, repr=False)
    _background: _Background | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.normalise not in ("none", "center", "zscore"):
            raise ValueError(f"normalise must be none, center or zscore, not {self.normalise!r}")
        if self.prototype_prefix == "passage" and self.encoder != "e5":
            raise ValueError("prototype_prefix='passage' needs the e5 encoder")
        if self.lexical_weight < 0:
            raise ValueError("lexical_weight must be ≥ 0")
        if self.mean_top is not None and self.mean_top < 1:
            raise ValueError("mean_top must be ≥ 1 (or None for all prototypes)")

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy, use_names: bool = True, use_descriptions: bool = True,
                      use_seeds: bool = True, **kwargs) -> "ZeroShotTopics":
        topics, protos = [], []
        for topic, spec in taxonomy.topics.items():
            texts = ([topic_phrase(topic)] if use_names else []) + ([spec.description] if use_descriptions else [])
            texts += spec.all_seeds() if use_seeds else []
            texts = list(dict.fromkeys(t for t in texts if t.strip()))
            if not texts:
                raise ValueError(f"topic {topic!r} has no name, description or seed to compare with")
            topics.append(topic)
            protos.append(texts)
        return cls(topics, protos, **kwargs)

    # -- parts -----------------------------------------------------------------------------------
    def _encode(self, texts: Sequence[str], encoder: str | None = None) -> np.ndarray:
        from pipeline.nlp.embeddings import default_cache_path, get_encoder

        enc = get_encoder(encoder or self.encoder, cache_path=self.cache_path or default_cache_path(),
                          batch_size=64, show_progress=len(texts) > 2000)
        return enc.encode(list(texts))

    def _prototype_vectors(self) -> list[np.ndarray]:
        if self._proto_vecs is None:
            flat = [t for texts in self.prototypes for t in texts]
            vecs = self._encode(flat, "e5-passage" if self.prototype_prefix == "passage" else None)
            out, start = [], 0
            for texts in self.prototypes:
                out.append(vecs[start : start + len(texts)])
                start += len(texts)
            self._proto_vecs = out
        return self._proto_vecs

    def dense_scores(self, vectors: np.ndarray) -> np.ndarray:
        """Raw embedding similarity (texts × topics) of unit-norm text ``vectors``."""
        cols = []
        for protos in self._prototype_vectors():
            sims = vectors @ protos.T
            if self.mean_top is not None and self.mean_top < sims.shape[1]:
                closest = np.partition(sims, sims.shape[1] - self.mean_top, axis=1)[:, -self.mean_top:]
                mean = closest.mean(axis=1)
            else:
                mean = sims.mean(axis=1)
            cols.append(self.max_weight * sims.max(axis=1) + (1 - self.max_weight) * mean)
        return np.column_stack(cols)

    def lexical_scores(self, texts: Sequence[str]) -> np.ndarray:
        """TF-IDF cosine (texts × topics) of ``texts`` to each topic's prototypes joined into one document."""
        if self._lexical is None:
            from sklearn.feature_extraction.text import TfidfVectorizer

            vec = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)
            docs = vec.fit_transform([" . ".join(p) for p in self.prototypes])
            self._lexical = (vec, docs)
        vec, docs = self._lexical
        return np.asarray((vec.transform([t or "" for t in texts]) @ docs.T).todense(), dtype=np.float64)

    # -- background (unlabelled texts) -----------------------------------------------------------
    def _stats(self, texts: Sequence[str] | None, vectors: np.ndarray) -> _Background:
        dense = self.dense_scores(vectors)
        bg = _Background(dense.mean(axis=0), dense.std(axis=0) + 1e-6, float(dense.std()) + 1e-6)
        if self.lexical_weight > 0:
            if texts is None:
                raise ValueError("the lexical score needs the texts, not only their vectors")
            lex = self.lexical_scores(texts)
            bg.lexical_mean, bg.lexical_std = lex.mean(axis=0), lex.std(axis=0) + 1e-6
            bg.lexical_scale = float(lex.std()) + 1e-6
        return bg

    def fit_background(self, texts: Sequence[str] | None = None, vectors: np.ndarray | None = None) -> "ZeroShotTopics":
        """Per-topic score statistics over unlabelled texts (e.g. the night's), used by ``normalise``
        and to put the dense and lexical parts on one scale."""
        texts = [(t or "")[:MAX_CHARS] for t in texts] if texts is not None else None
        x = vectors if vectors is not None else self._encode(texts or [])
        self._background = self._stats(texts, x)
        return self

    # -- scoring ---------------------------------------------------------------------------------
    def similarities(self, texts: Sequence[str] | None = None, vectors: np.ndarray | None = None) -> np.ndarray:
        """Topic scores (texts × topics), in cosine units, from ``texts`` and/or their unit-norm ``vectors``."""
        cut = [(t or "")[:MAX_CHARS] for t in texts] if texts is not None else None
        x = vectors if vectors is not None else self._encode(cut or [])
        dense = self.dense_scores(x)
        if self.normalise == "none" and self.lexical_weight == 0:
            return dense
        bg = self._background
        if bg is None:
            if len(x) < self.min_background and self.lexical_weight == 0:
                return dense  # too few texts to learn each topic's bias from: raw similarity
            bg = self._stats(cut, x)
        out = self._normalised(dense, bg.dense_mean, bg.dense_std, bg.dense_scale, len(x))
        if self.lexical_weight > 0:
            if cut is None:
                raise ValueError("the lexical score needs the texts, not only their vectors")
            assert bg.lexical_mean is not None and bg.lexical_std is not None
            lex = self._normalised(self.lexical_scores(cut), bg.lexical_mean, bg.lexical_std,
                                   bg.lexical_scale, len(x))
            out = out + self.lexical_weight * lex
        return out * bg.dense_scale  # back to cosine units, so ``temperature`` keeps its meaning

    def _normalised(self, s: np.ndarray, mean: np.ndarray, std: np.ndarray, scale: float, n: int) -> np.ndarray:
        """One score part on a unit scale; centred (and scaled) per topic where ``normalise`` asks for it."""
        use_topic_stats = self.normalise != "none" and (self._background is not None or n >= self.min_background)
        if not use_topic_stats:
            return s / scale
        if self.normalise == "center":
            return (s - mean) / scale
        return (s - mean) / std * (float(np.mean(std)) / scale)

    def predict_proba(self, texts: Sequence[str] | None = None, vectors: np.ndarray | None = None) -> np.ndarray:
        return softmax(self.similarities(texts, vectors), self.temperature)

    def top_k(self, texts: Sequence[str] | None = None, k: int = 3, vectors: np.ndarray | None = None) -> list[list[str]]:
        """The ``k`` best topics of each text, best first."""
        order = np.argsort(-self.similarities(texts, vectors), axis=1)[:, :k]
        return [[self.topics[j] for j in row] for row in order]


def top_k_accuracy(gold: Sequence[str], ranked: Sequence[Sequence[str]], k: int) -> float:
    """Share of texts whose gold topic is among the first ``k`` ranked ones."""
    if not gold:
        return 0.0
    return float(np.mean([g in list(r)[:k] for g, r in zip(gold, ranked)]))
