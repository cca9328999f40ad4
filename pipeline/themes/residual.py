"""Themes among the contacts no configured topic covers well, clustered on their own.

A problem nobody configured lands under whatever topic the classifier likes least badly, with a low
confidence, or under a catch-all. In the whole window those contacts are a thin layer between large
known themes, so HDBSCAN at the window's ``min_cluster_size`` often leaves a small new problem in no
cluster or inside a known theme. Here the *poorly covered* contacts (no topic, a catch-all topic, or a
primary topic below ``residual_max_confidence``) are clustered again, alone, with the smaller
``residual_min_cluster_size``:

* a residual cluster that repeats a window theme adds nothing: the window theme stays. It repeats it
  when at least half of it lies in that theme and it either makes up at least half of the theme or its
  centre lies at least ``merge_similarity`` from the theme's (the low-confidence share of a known
  theme, not a different problem lumped into it);
* otherwise its members leave whatever window theme they were in and form a theme of their own;
  window themes left below ``min_cluster_size`` dissolve;
* then a contact in no theme joins its nearest residual theme when it lies at least
  ``absorb_similarity`` from that theme's centre (recall: the reason's contacts the classifier was
  confident about, wrongly, but that no other theme holds).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from pipeline.themes.cluster import centroid
from pipeline.themes.config import ThemeConfig
from pipeline.themes.model import ThemeDoc

CORE_SHARE = 0.5  # a residual cluster is a window theme's core when it shares this much of both


def poorly_covered(docs: Sequence[ThemeDoc], config: ThemeConfig) -> np.ndarray:
    """Mask of contacts with no configured topic, a catch-all one, or a low-confidence primary topic."""
    return np.array([not d.topic or d.topic in config.catch_all_topics
                     or d.topic_confidence < config.residual_max_confidence for d in docs], dtype=bool)


def add_residual_themes(docs: Sequence[ThemeDoc], vectors: np.ndarray, labels: np.ndarray,
                        config: ThemeConfig) -> np.ndarray:
    """``labels`` (0..k-1, -1 for none) with the residual themes added (renumbered 0..m-1)."""
    from pipeline.themes.discover import find_clusters  # the same cluster → merge → tighten steps

    idx = np.flatnonzero(poorly_covered(docs, config))
    if len(idx) < config.residual_min_cluster_size:
        return labels
    small = config.model_copy(update={"min_cluster_size": config.residual_min_cluster_size,
                                      "min_samples": min(config.min_samples, config.residual_min_cluster_size)})
    sub = find_clusters([docs[int(i)].text for i in idx], vectors[idx], small)
    out = labels.copy()
    sizes = np.bincount(labels[labels >= 0], minlength=1) if (labels >= 0).any() else np.zeros(1, dtype=int)
    next_label = int(labels.max()) + 1 if len(labels) else 0
    added = []
    for k in sorted(set(sub.tolist()) - {-1}):
        members = idx[sub == k]
        if _repeats_a_theme(vectors, labels, members, sizes, config.merge_similarity):
            continue
        out[members] = next_label
        added.append(next_label)
        next_label += 1
    if not added:
        return labels
    out = _absorb(vectors, out, added, config)
    return _drop_small(out, set(added), config)


def _repeats_a_theme(vectors: np.ndarray, labels: np.ndarray, members: np.ndarray, sizes: np.ndarray,
                     same_place: float) -> bool:
    main_labels = labels[members]
    inside = main_labels[main_labels >= 0]
    if not len(inside):
        return False
    counts = np.bincount(inside)
    theme = int(counts.argmax())
    shared = int(counts[theme])
    if shared < CORE_SHARE * len(members):
        return False
    if shared >= CORE_SHARE * int(sizes[theme]):
        return True
    return float(centroid(vectors[members]) @ centroid(vectors[labels == theme])) >= same_place


def _absorb(vectors: np.ndarray, labels: np.ndarray, added: list[int], config: ThemeConfig) -> np.ndarray:
    loose = np.flatnonzero(labels == -1)
    if not len(loose):
        return labels
    centres = np.vstack([centroid(vectors[labels == k]) for k in added])
    sims = vectors[loose] @ centres.T
    best = sims.argmax(axis=1)
    near = sims[np.arange(len(loose)), best] >= config.absorb_similarity
    out = labels.copy()
    out[loose[near]] = np.asarray(added)[best[near]]
    return out


def _drop_small(labels: np.ndarray, residual: set[int], config: ThemeConfig) -> np.ndarray:
    """Window themes below ``min_cluster_size`` (after losing members) dissolve; renumber 0..m-1."""
    keep = []
    for k in sorted(set(labels.tolist()) - {-1}):
        floor = config.residual_min_cluster_size if k in residual else config.min_cluster_size
        if int((labels == k).sum()) >= floor:
            keep.append(k)
    renumber = {k: i for i, k in enumerate(keep)}
    return np.array([renumber.get(v, -1) for v in labels.tolist()], dtype=int)
