"""One theme per problem: clusters that HDBSCAN split apart are merged, members far from their theme let go.

HDBSCAN's leaf clusters are small and tight, so one problem (one contact reason) often comes out as
several clusters that differ in wording only. Two clusters are merged when their centres are close
(cosine ``merge_similarity``) *and* they share at least ``merge_shared_terms`` of their top c-TF-IDF
terms; merging goes best pair first and a pair is merged only while the two merged groups' centres are
still that close, so a chain of small steps cannot glue two different problems together.

Then each theme keeps only the contacts that lie close to its (merged) centre: a member below
``min_member_similarity`` leaves the theme (purity), and a contact in no cluster joins its nearest theme
when it lies at least ``absorb_similarity`` from that theme's centre (recall). Everything else stays in
no theme.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from pipeline.themes.cluster import centroid
from pipeline.themes.config import ThemeConfig
from pipeline.themes.describe import keywords

TERM_SAMPLE = 40  # members closest to a cluster's centre whose terms describe it for merging


def merge_clusters(texts: Sequence[str], vectors: np.ndarray, labels: np.ndarray, config: ThemeConfig
                   ) -> np.ndarray:
    """New labels (0..k-1, -1 for none): similar clusters merged, far members dropped, near loose ones added."""
    keys = sorted(set(labels.tolist()) - {-1})
    if not keys:
        return labels.copy()
    groups = [np.flatnonzero(labels == k) for k in keys]
    centres = np.vstack([centroid(vectors[g]) for g in groups])
    terms = _top_terms(texts, vectors, groups, centres, config.merge_top_terms)
    parent = _merge(groups, vectors, centres, terms, config)
    merged = np.full(len(labels), -1, dtype=int)
    roots = sorted(set(parent))
    for g, root in zip(groups, parent):
        merged[g] = roots.index(root)
    return _tighten(vectors, merged, config)


def _top_terms(texts: Sequence[str], vectors: np.ndarray, groups: list[np.ndarray], centres: np.ndarray,
               n: int) -> list[set[str]]:
    sample = {}
    for k, (g, c) in enumerate(zip(groups, centres)):
        closest = g[np.argsort(-(vectors[g] @ c))[:TERM_SAMPLE]]
        sample[str(k)] = [texts[i] for i in closest]
    words = keywords(sample, n)
    return [set(words.get(str(k), [])) for k in range(len(groups))]


def _merge(groups: list[np.ndarray], vectors: np.ndarray, centres: np.ndarray, terms: list[set[str]],
           config: ThemeConfig) -> list[int]:
    """Union-find root per cluster: best pairs first, while the merged groups stay close."""
    parent = list(range(len(groups)))
    members = {k: g for k, g in enumerate(groups)}
    centre = {k: centres[k] for k in range(len(groups))}

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    sims = centres @ centres.T
    pairs = np.argwhere(np.triu(sims, 1) >= config.merge_similarity)
    order = np.argsort(-sims[pairs[:, 0], pairs[:, 1]]) if len(pairs) else np.array([], dtype=int)
    for i, j in (pairs[o] for o in order):
        if len(terms[i] & terms[j]) < config.merge_shared_terms:
            continue
        a, b = root(int(i)), root(int(j))
        if a == b or float(centre[a] @ centre[b]) < config.merge_similarity:
            continue
        parent[b] = a
        members[a] = np.concatenate([members[a], members.pop(b)])
        centre[a] = centroid(vectors[members[a]])
    return [root(k) for k in range(len(groups))]


def _tighten(vectors: np.ndarray, labels: np.ndarray, config: ThemeConfig) -> np.ndarray:
    keys = sorted(set(labels.tolist()) - {-1})
    if not keys:
        return labels
    centres = np.vstack([centroid(vectors[labels == k]) for k in keys])
    sims = vectors @ centres.T
    best = sims.argmax(axis=1)
    best_sim = sims[np.arange(len(labels)), best]
    out = labels.copy()
    clustered = out >= 0
    own = np.where(clustered, sims[np.arange(len(labels)), np.maximum(out, 0)], 0.0)
    out[clustered & (own < config.min_member_similarity)] = -1
    loose = ~clustered & (best_sim >= config.absorb_similarity)
    out[loose] = np.asarray(keys)[best[loose]]
    sizes = np.bincount(out[out >= 0], minlength=len(keys))
    small = np.flatnonzero(sizes < config.min_cluster_size)
    out[np.isin(out, small)] = -1
    remaining = sorted(set(out.tolist()) - {-1})
    renumber = {k: i for i, k in enumerate(remaining)}
    return np.array([renumber.get(v, -1) for v in out.tolist()], dtype=int)
