"""Clustering of the window's customer texts: PCA to a few dimensions, then HDBSCAN (scikit-learn)."""

from __future__ import annotations

import numpy as np
from sklearn.cluster import HDBSCAN
from sklearn.decomposition import PCA

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
    model = HDBSCAN(min_cluster_size=config.min_cluster_size, min_samples=config.min_samples,
                    cluster_selection_method="leaf", copy=True)
    return model.fit_predict(points).astype(int)


def centroid(vectors: np.ndarray) -> np.ndarray:
    """The unit-length mean direction of (unit) vectors."""
    mean = vectors.mean(axis=0)
    return mean / max(float(np.linalg.norm(mean)), 1e-12)
