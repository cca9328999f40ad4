"""Zero-shot topics: a new deployment with a taxonomy but no labelled contacts.

Each topic of a :class:`~pipeline.analyse.taxonomy.Taxonomy` becomes a set of *prototypes*: its
name read as a phrase (``card_arrival`` → "card arrival"), its description and its seed phrases
(any number, none needed). A text is embedded with a multilingual sentence encoder
(multilingual-e5-small by default: 2–23 points better top-3 than USE-multilingual on BANKING77 and
the SPb categories, see docs/SIGNALS.md; Russian and English share one space) and each topic is scored by the
cosine similarity of the text to its closest prototype, plus a smaller share of the mean over
its prototypes (so a topic described several ways is not won by one lucky seed). Scores are
turned into confidences with a softmax of temperature ``temperature``.

Encoder-bound (tens of texts per second on 2 cores; vectors are cached): for the first nights of a
deployment and for re-scoring, until labelled data trains a topic head.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from pipeline.analyse.linear_text import softmax
from pipeline.analyse.taxonomy import Taxonomy


def topic_phrase(topic_id: str) -> str:
    """``card_payment_wrong_exchange_rate`` → ``card payment wrong exchange rate``."""
    return topic_id.replace("_", " ").strip()


@dataclass
class ZeroShotTopics:
    """Embedding-similarity topic scorer built from a taxonomy's names, descriptions and seeds."""

    topics: list[str]
    prototypes: list[list[str]]
    encoder: str = "e5"
    max_weight: float = 0.7  # score = max_weight · max cosine + (1 − max_weight) · mean cosine
    temperature: float = 0.05
    cache_path: str | None = None
    _proto_vecs: list[np.ndarray] | None = field(default=None, repr=False)

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

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        from pipeline.nlp.embeddings import default_cache_path, get_encoder

        enc = get_encoder(self.encoder, cache_path=self.cache_path or default_cache_path(), batch_size=64,
                          show_progress=len(texts) > 2000)
        return enc.encode(list(texts))

    def _prototype_vectors(self) -> list[np.ndarray]:
        if self._proto_vecs is None:
            flat = [t for texts in self.prototypes for t in texts]
            vecs = self._encode(flat)
            out, start = [], 0
            for texts in self.prototypes:
                out.append(vecs[start : start + len(texts)])
                start += len(texts)
            self._proto_vecs = out
        return self._proto_vecs

    def similarities(self, texts: Sequence[str] | None = None, vectors: np.ndarray | None = None) -> np.ndarray:
        """Topic scores (texts × topics) from ``texts`` or from their unit-norm ``vectors``."""
        x = vectors if vectors is not None else self._encode([(t or "")[:1000] for t in texts or []])
        cols = []
        for protos in self._prototype_vectors():
            sims = x @ protos.T
            cols.append(self.max_weight * sims.max(axis=1) + (1 - self.max_weight) * sims.mean(axis=1))
        return np.column_stack(cols)

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
