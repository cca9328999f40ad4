"""Theme discovery for one night's window, as a pure function of the window's contacts and vectors.

Steps: with ``space: topic_aware``, the vectors joined to their projection on the directions that
separate the confidently filed topics, for the next two steps only (``space.py``) → cluster
(``cluster.py``) → merge clusters of one problem, keep members close to their theme
(``merge.py``) → the poorly covered contacts clustered again on their own (``residual.py``) → contacts
in no theme attached to yesterday's themes that no cluster matched, ids carried over from earlier
nights (``tracking.py``) → keywords and
examples (``describe.py``) → covered by a configured topic or not, and growth against the rest of the
window (``emerging.py``). The warehouse side (reading the window, writing ``fct_theme``) is ``store.py``.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Sequence

import numpy as np

from pipeline.themes import cluster as clustering
from pipeline.themes.config import ThemeConfig
from pipeline.themes.describe import excerpt, keywords
from pipeline.themes.emerging import mark_emerging
from pipeline.themes.merge import merge_clusters
from pipeline.themes.model import KnownTheme, Theme, ThemeDoc, ThemeNight
from pipeline.themes.residual import add_residual_themes
from pipeline.themes.space import fit_labels, topic_aware
from pipeline.themes.tracking import assign_ids, attach_to_known

KEYWORD_SAMPLE = 200  # members closest to the centroid that keywords are computed from


def discover(docs: Sequence[ThemeDoc], vectors: np.ndarray, night: date, config: ThemeConfig,
             known: Sequence[KnownTheme] = (), labels: np.ndarray | None = None, describe: bool = True
             ) -> ThemeNight:
    """Themes of the window ``docs`` (one unit vector per doc) ending with ``night``.

    ``labels`` (theme per doc from :func:`find_clusters`, -1 for none) skips clustering when an
    evaluation has them already; ``describe=False`` skips keywords and examples.
    """
    window_from = night - timedelta(days=config.window_days - 1)
    if labels is None:
        labels = find_clusters([d.text for d in docs], vectors, config, fit_labels(docs, config))
    if config.residual_clustering and len(docs):
        labels = add_residual_themes(docs, vectors, labels, config)
    carried: dict[int, KnownTheme] = {}
    if config.carry_known_themes and known and len(docs):
        labels, carried = attach_to_known(vectors, labels, known, config.match_similarity,
                                          config.absorb_similarity, config.residual_min_cluster_size)
    keys = sorted(set(labels.tolist()) - {-1})
    groups = [np.flatnonzero(labels == k) for k in keys]
    centroids = [clustering.centroid(vectors[g]) for g in groups]
    members = [frozenset(docs[int(i)].interaction_id for i in g) for g in groups]
    # a carried theme has its id already; the other groups match the other known themes
    free = [n for n, k in enumerate(keys) if k not in carried]
    carried_ids = {c.theme_id for c in carried.values()}
    matched = iter(assign_ids([centroids[n] for n in free], [k for k in known if k.theme_id not in carried_ids],
                              night, config.match_similarity, [members[n] for n in free], config.match_overlap))
    ids = [(carried[k].theme_id, carried[k].first_seen) if k in carried else next(matched) for k in keys]
    recent_from = night - timedelta(days=config.recent_days - 1)
    themes = [_theme(docs, vectors, g, c, theme_id, first_seen, recent_from)
              for g, c, (theme_id, first_seen) in zip(groups, centroids, ids)]
    if describe:
        _describe(themes, docs, config)
    mark_emerging(themes, docs, vectors, recent_from, config)
    themes.sort(key=lambda t: (not t.is_emerging, t.q_value, -t.size, t.theme_id))
    return ThemeNight(night=night, window_from=window_from, n_docs=len(docs), themes=themes,
                      n_noise=int((labels == -1).sum()))


def find_clusters(texts: Sequence[str], vectors: np.ndarray, config: ThemeConfig,
                  topics: Sequence[str | None] | None = None) -> np.ndarray:
    """Theme label per text (-1: in no theme): HDBSCAN clusters, merged and tightened.

    With ``space: topic_aware`` and ``topics`` (the confidently filed topic per text, None for none;
    :func:`pipeline.themes.space.fit_labels`), all three steps work in the topic-aware space."""
    if not len(texts):
        return np.array([], dtype=int)
    if config.space == "topic_aware" and topics is not None:
        vectors = topic_aware(vectors, topics, config)
    return merge_clusters(texts, vectors, clustering.cluster(vectors, config), config)


def _theme(docs: Sequence[ThemeDoc], vectors: np.ndarray, members: np.ndarray, center: np.ndarray,
           theme_id: str, first_seen: date, recent_from: date) -> Theme:
    scores = vectors[members] @ center
    order = np.argsort(-scores)
    members, scores = members[order], scores[order]
    picked = [docs[i] for i in members]
    n = len(picked)
    return Theme(
        theme_id=theme_id, members=members.tolist(), scores=[round(float(s), 4) for s in scores],
        centroid=center, first_seen=first_seen, size=n,
        n_recent=sum(d.day >= recent_from for d in picked),
        daily_counts=dict(sorted(Counter(d.day.isoformat() for d in picked).items())),
        channels=dict(Counter(d.channel for d in picked).most_common()),
        queues=dict(Counter(d.queue or "" for d in picked).most_common()),
        repeat_share=round(sum(d.is_repeat for d in picked) / n, 4),
        negative_end_share=round(sum(d.negative_end for d in picked) / n, 4),
    )


def _describe(themes: list[Theme], docs: Sequence[ThemeDoc], config: ThemeConfig) -> None:
    texts = {t.theme_id: [docs[i].text for i in t.members[:KEYWORD_SAMPLE]] for t in themes}
    words = keywords(texts, config.n_keywords)
    for t in themes:
        t.keywords = words.get(t.theme_id, [])
        t.examples = [{"interaction_id": docs[i].interaction_id, "text": excerpt(docs[i].text, config.example_chars)}
                      for i in t.members[: config.n_examples]]
