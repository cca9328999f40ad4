"""Clustering of the window's customer texts: PCA to a few dimensions, then HDBSCAN (scikit-learn).

HDBSCAN's cost grows faster than linearly, so a large window is clustered on a fixed-size random
sample (``max_cluster_points``); every other contact then joins the cluster whose sampled members it
is nearest to (its nearest sampled neighbour's cluster), when it lies at least as close to that
cluster's centre as the cluster's own least typical member; otherwise it stays in no theme.
"""

from __future__ import annotations

import numpy as np
from sklearn.cluster import HDBSCAN
from sklearn.decomposition import PCA
from sklearn.neighbors import NearestNeighbors

from pipeline.themes.config import ThemeConfig


def reduce(vectors: np.ndarray, dims: int) -> np.ndarray:
    """PCA to ``dims`` (fewer when there are fewer points), rows L2-normalised again."""
    dims = max(1, min(dims, vectors.shape[0] - 1, vectors.shape[1]))
    reduced = PCA(n_components=dims, random_state=0).fit_transform(vectors)
    return reduced / np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-12)


def cluster(vectors: np.ndarray, config: ThemeConfig) -> np.ndarray:
    """A cluster label per row (-1: noise, in no theme)."""
    n = vectors.shape[0]
    if n < max(config.min_cluster_size, 3):
        return np.full(n, -1, dtype=int)
    points = reduce(vectors, config.pca_dims)
    if n <= config.max_cluster_points:
        return _hdbscan(points, config)
    sample = np.sort(np.random.default_rng(0).choice(n, config.max_cluster_points, replace=False))
    labels = np.full(n, -1, dtype=int)
    labels[sample] = _hdbscan(points[sample], config)
    rest = np.setdiff1d(np.arange(n), sample)
    labels[rest] = _assign(points[sample], labels[sample], points[rest])
    return labels


def _hdbscan(points: np.ndarray, config: ThemeConfig) -> np.ndarray:
    model = HDBSCAN(min_cluster_size=config.min_cluster_size, min_samples=config.min_samples,
                    cluster_selection_method=config.cluster_selection, copy=True)
    return model.fit_predict(points).astype(int)


def _assign(sample: np.ndarray, sample_labels: np.ndarray, rest: np.ndarray) -> np.ndarray:
    clustered = sample_labels >= 0
    if not clustered.any():
        return np.full(len(rest), -1, dtype=int)
    members, member_labels = sample[clustered], sample_labels[clustered]
    nearest = NearestNeighbors(n_neighbors=1).fit(members).kneighbors(rest, return_distance=False)[:, 0]
    guess = member_labels[nearest]
    keys = np.unique(member_labels)
    centres = np.vstack([centroid(members[member_labels == k]) for k in keys])
    floor = np.array([float((members[member_labels == k] @ centres[i]).min()) for i, k in enumerate(keys)])
    slot = np.searchsorted(keys, guess)
    close = np.einsum("ij,ij->i", rest, centres[slot]) >= floor[slot]
    return np.where(close, guess, -1)


def centroid(vectors: np.ndarray) -> np.ndarray:
    """The unit-length mean direction of (unit) vectors."""
    mean = vectors.mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)
