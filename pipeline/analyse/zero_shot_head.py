"""The zero-shot matcher as a topic head of the night, and its distillation into the fast head.

A taxonomy's ``scorer`` (``rules/topics/<name>.yaml``) picks what scores it while no labelled data
trains a model:

* ``zero_shot``: :class:`ZeroShotHead` wraps :class:`~pipeline.analyse.zero_shot.ZeroShotTopics` in the
  ``classes_`` / ``predict_proba`` interface of the other heads, so :class:`~pipeline.analyse.topics.TopicClassifier`
  applies the same ``min_confidence``, ``max_topics`` and fallback topic. One encoder call per
  interaction (its customer text), vectors cached in the embedding cache: tens of interactions/s on 2 cores.
* ``distilled``: :func:`distil_matcher` lets the matcher label a pool of unlabelled in-domain texts and
  trains the fast TF-IDF head on the taxonomy's own phrases (names, descriptions, seeds) plus the
  confident pseudo-labels. The night then runs at the fast head's speed without the encoder.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from pipeline.analyse.linear_text import LinearTextClassifier, fit_with_cv, softmax
from pipeline.analyse.taxonomy import Taxonomy
from pipeline.analyse.zero_shot import ZeroShotTopics, topic_phrase

SEED_REPEAT = 3  # the taxonomy's own phrases outweigh the pseudo-labels


def matcher_for(tax: Taxonomy, cache_path: str | None = None) -> ZeroShotTopics:
    """The zero-shot matcher of a taxonomy, with its ``zero_shot`` settings (dev-picked defaults otherwise)."""
    return ZeroShotTopics.from_taxonomy(tax, encoder=tax.zero_shot.encoder, temperature=tax.zero_shot.temperature,
                                        cache_path=cache_path)


@dataclass
class ZeroShotHead:
    """A :class:`ZeroShotTopics` matcher behind the ``classes_`` / ``predict_proba`` interface of a topic head."""

    matcher: ZeroShotTopics

    @property
    def classes_(self) -> np.ndarray:
        return np.asarray(self.matcher.topics, dtype=object)

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.matcher.predict_proba(list(texts))

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classes_[np.argmax(self.predict_proba(texts), axis=1)]


def taxonomy_phrases(tax: Taxonomy, use_names: bool = True) -> tuple[list[str], list[str]]:
    """(texts, topics) of every name phrase, description and seed: the labelled part of a distillation."""
    texts, labels = [], []
    for topic, spec in tax.topics.items():
        name = [topic_phrase(topic)] if use_names else []
        for text in dict.fromkeys([*name, spec.description, *spec.all_seeds()]):
            if text.strip():
                texts.append(text)
                labels.append(topic)
    return texts, labels


def pseudo_labels(proba: np.ndarray, topics: Sequence[str], min_confidence: float,
                  per_topic_cap: int) -> list[tuple[int, str]]:
    """(pool index, topic) of each pool text whose best topic has confidence ≥ ``min_confidence``,
    the ``per_topic_cap`` most confident per topic."""
    best, conf = proba.argmax(axis=1), proba.max(axis=1)
    out: list[tuple[int, str]] = []
    for j, topic in enumerate(topics):
        idx = np.where((best == j) & (conf >= min_confidence))[0]
        out += [(int(i), str(topic)) for i in idx[np.argsort(-conf[idx], kind="stable")][:per_topic_cap]]
    return sorted(out)


def _temperature_matching(head: LinearTextClassifier, seed_texts: list[str], seed_labels: list[str],
                          pool: list[str], pool_labels: list[str], teacher: np.ndarray, topics: list[str],
                          folds: int, seed: int = 13) -> float:
    """The student temperature whose out-of-fold confidences on the pool best match the teacher's
    (cross-entropy against the teacher's probabilities, grid search)."""
    from sklearn.base import clone
    from sklearn.model_selection import KFold

    classes = [str(c) for c in head.classes_]
    order = [topics.index(c) for c in classes]
    target = teacher[:, order]
    target = target / target.sum(axis=1, keepdims=True)
    decisions = np.zeros((len(pool), len(classes)))
    for tr, te in KFold(folds, shuffle=True, random_state=seed).split(pool):
        m = clone(head).fit(seed_texts + [pool[i] for i in tr], seed_labels + [pool_labels[i] for i in tr])
        d = m.decision_function([pool[i] for i in te])
        full = np.full((len(te), len(classes)), float(d.min()) - 10.0)
        full[:, [classes.index(str(c)) for c in m.classes_]] = d
        decisions[te] = full
    grid = np.exp(np.linspace(np.log(0.01), np.log(3.0), 60))
    losses = [-(target * np.log(softmax(decisions, t) + 1e-12)).sum(axis=1).mean() for t in grid]
    return float(grid[int(np.argmin(losses))])


def distil_matcher(tax: Taxonomy, pool: Sequence[str], matcher: ZeroShotTopics | None = None,
                   cache_path: str | None = None, folds: int = 3, use_names: bool = True) -> tuple[LinearTextClassifier, dict[str, Any]]:
    """The fast head trained on the taxonomy's phrases + the matcher's confident labels of ``pool``.

    Returns the head (its confidence temperature chosen so that its out-of-fold confidences on the pool
    match the matcher's, when ``folds`` ≥ 2) and a JSON record of the distillation for the model card.
    """
    if not pool:
        raise ValueError("distillation needs unlabelled in-domain texts (the pool is empty)")
    matcher = matcher or matcher_for(tax, cache_path)
    pool = [t or "" for t in pool]
    proba = softmax(matcher.similarities(pool), tax.zero_shot.temperature)  # the night's (calibrated) confidences
    picked = pseudo_labels(proba, matcher.topics, tax.zero_shot.pseudo_label_confidence, tax.zero_shot.per_topic_cap)
    seed_texts, seed_labels = taxonomy_phrases(tax, use_names)
    texts = seed_texts * SEED_REPEAT + [pool[i] for i, _ in picked]
    labels = seed_labels * SEED_REPEAT + [t for _, t in picked]
    # repeated phrases stay in one fold, so the out-of-fold temperature is not fitted on copies of the training rows
    head, _report = fit_with_cv(LinearTextClassifier(encoder=None, C=1.0), texts, labels, folds=folds, groups=texts)
    if folds >= 2 and len(picked) >= folds:
        # the out-of-fold temperature above is fitted on pseudo-labels the head agrees with (over-confident on
        # real labels); match the teacher's calibrated confidences on the pool instead
        head.temperature = _temperature_matching(head, seed_texts * SEED_REPEAT, seed_labels * SEED_REPEAT,
                                                 [pool[i] for i, _ in picked], [t for _, t in picked],
                                                 proba[[i for i, _ in picked]], list(matcher.topics), folds)
    per_topic = {t: 0 for t in tax.topics}
    for _, t in picked:
        per_topic[t] += 1
    record = {"teacher": "zero_shot", "encoder": matcher.encoder, "pool_texts": len(pool),
              "pseudo_labelled": len(picked), "pseudo_label_confidence": tax.zero_shot.pseudo_label_confidence,
              "per_topic_cap": tax.zero_shot.per_topic_cap, "taxonomy_phrases": len(seed_texts),
              "temperature": head.temperature,
              "topics_without_pseudo_labels": sorted(t for t, n in per_topic.items() if n == 0)}
    return head, record
