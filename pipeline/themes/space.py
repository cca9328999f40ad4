"""A topic-aware space for the clustering: sentence vectors joined to their projection on the directions
that separate the configured topics (``space: topic_aware`` in ``rules/themes.yaml``).

The sentence encoder places two wordings of one problem far apart when they share few words. The window
already knows, for many of its contacts, which problem they are: the taxonomy classifier's confident
topics. A linear discriminant analysis (scikit-learn, ``solver="eigen"`` with shrinkage) fitted on those
contacts gives the directions along which known problems differ and, within-class whitened, along which
wordings of one problem do not. Directions that separate known problems often separate new ones too, so
the window is clustered in

    z = [sqrt(1 - w) * v, sqrt(w) * p(v)]       (both parts unit length, so z is unit length)

with ``v`` the sentence vector, ``p(v)`` its first ``space_dims`` discriminant coordinates (centred on the
confidently filed contacts, L2-normalised) and ``w = space_weight``: a cosine in ``z`` is ``(1 - w)`` times
the sentence cosine plus ``w`` times the topic-aware one, so the cosine thresholds keep their meaning at a
small ``w``. The projection is fitted per window (a 512×512 eigenproblem: ~6 s for 50,000 contacts) and is
used only to find the clusters; themes' centres, coverage and ids stay in the sentence space.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

from pipeline.themes.config import ThemeConfig
from pipeline.themes.model import ThemeDoc


def fit_labels(docs: Sequence[ThemeDoc], config: ThemeConfig) -> list[str | None]:
    """The topic each contact teaches the projection: its primary configured topic (not a catch-all) when
    filed with at least ``space_min_confidence``, else None."""
    return [d.topic if d.topic and d.topic not in config.catch_all_topics
            and d.topic_confidence >= config.space_min_confidence else None for d in docs]


def topic_aware(vectors: np.ndarray, labels: Sequence[str | None], config: ThemeConfig) -> np.ndarray:
    """``vectors`` (unit rows) joined to their discriminant projection; ``vectors`` unchanged when fewer
    than two topics have ``space_min_per_topic`` confidently filed contacts."""
    lab = np.array([x or "" for x in labels], dtype=object)
    names, counts = np.unique(lab[lab != ""], return_counts=True)
    kept = set(names[counts >= config.space_min_per_topic].tolist())
    mask = np.array([x in kept for x in lab], dtype=bool)
    if len(kept) < 2 or config.space_weight <= 0:
        return vectors
    dims = min(config.space_dims, len(kept) - 1, vectors.shape[1])
    shrinkage: float | str = "auto" if config.space_shrinkage < 0 else config.space_shrinkage
    lda = LinearDiscriminantAnalysis(solver="eigen", shrinkage=shrinkage)
    lda.fit(vectors[mask].astype(np.float64), lab[mask].astype(str))
    proj = vectors.astype(np.float64) @ lda.scalings_[:, :dims]
    proj -= proj[mask].mean(axis=0)
    proj /= np.maximum(np.linalg.norm(proj, axis=1, keepdims=True), 1e-12)
    w = config.space_weight
    joined = np.hstack([np.sqrt(1 - w) * vectors.astype(np.float64), np.sqrt(w) * proj])
    joined /= np.maximum(np.linalg.norm(joined, axis=1, keepdims=True), 1e-12)
    return joined.astype(np.float32)
