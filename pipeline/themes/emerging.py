"""Which themes are emerging: not covered by any configured topic, or growing beyond chance.

*Covered*: at least ``covered_share`` of the theme's contacts carry one configured topic (not a
catch-all) as their primary topic with ``min_topic_confidence``, and the theme's centroid lies close
(``covered_similarity``) to the other contacts filed under that topic with ``min_topic_confidence``,
when there are enough of them to say.
*Growing*: the theme's contacts of the last ``recent_days`` against the rest of the window, with the
trends report's test (conditional binomial, Benjamini-Hochberg over the night's themes).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Sequence

import numpy as np
import pandas as pd

from pipeline.themes.cluster import centroid
from pipeline.themes.config import ThemeConfig
from pipeline.themes.model import Theme, ThemeDoc
from pipeline.kpi.trends import score_topics

MIN_TOPIC_OTHERS = 5  # below this many other contacts of a topic, coverage is judged by share alone


def mark_emerging(themes: list[Theme], docs: Sequence[ThemeDoc], vectors: np.ndarray, recent_from: date,
                  config: ThemeConfig) -> None:
    # where a topic lies: its confidently filed contacts (a new problem filed under it at a low confidence
    # must not drag the topic's centre towards itself)
    topic_of = np.array([d.topic or "" if d.topic_confidence >= config.min_topic_confidence else ""
                         for d in docs], dtype=object)
    for theme in themes:
        _coverage(theme, docs, vectors, topic_of, config)
    growth(themes, sum(d.day >= recent_from for d in docs), len(docs), config)
    decide(themes, config)


def decide(themes: list[Theme], config: ThemeConfig) -> None:
    """Emerging or not, and why, from each theme's coverage and growth (set before)."""
    for theme in themes:
        reasons = []
        if not theme.is_covered:
            best = f"best {theme.matched_topic} {theme.topic_coverage:.0%}" if theme.matched_topic else "no topic"
            reasons.append(f"new: no configured topic covers it ({best})")
        if theme.is_rising:
            reasons.append(f"growing: {theme.n_recent} in the last {config.recent_days} days, q={theme.q_value:.2g}")
        theme.is_emerging = bool(reasons) and theme.n_recent >= config.min_recent
        theme.emerging_reason = "; ".join(reasons) if theme.is_emerging else ""


def confident_topic(doc: ThemeDoc, config: ThemeConfig) -> str | None:
    """The configured topic (not a catch-all) that ``doc`` carries with ``min_topic_confidence``, or None."""
    if doc.topic and doc.topic not in config.catch_all_topics and doc.topic_confidence >= config.min_topic_confidence:
        return doc.topic
    return None


def _coverage(theme: Theme, docs: Sequence[ThemeDoc], vectors: np.ndarray, topic_of: np.ndarray,
              config: ThemeConfig) -> None:
    topics = Counter(t for t in (confident_topic(docs[i], config) for i in theme.members) if t)
    if not topics:
        return
    topic, count = topics.most_common(1)[0]
    others = topic_of == topic
    others[theme.members] = False
    similarity = (float(centroid(vectors[others]) @ theme.centroid) if others.sum() >= MIN_TOPIC_OTHERS
                  else None)
    set_coverage(theme, topic, count, similarity, config)


def set_coverage(theme: Theme, topic: str, count: int, similarity: float | None, config: ThemeConfig) -> None:
    """Covered or not: ``count`` of the theme's contacts carry ``topic``; ``similarity``: the theme's centre
    against the topic's other confidently filed contacts (None: too few of them to say)."""
    theme.matched_topic, theme.topic_coverage = topic, round(count / theme.size, 4)
    if similarity is not None:
        theme.topic_similarity = round(similarity, 4)
    theme.is_covered = theme.topic_coverage >= config.covered_share and (
        theme.topic_similarity is None or theme.topic_similarity >= config.covered_similarity)


def growth(themes: list[Theme], n_recent: int, n_docs: int, config: ThemeConfig) -> None:
    """The growth test: each theme's contacts of the last ``recent_days`` against the window's
    (``n_recent`` of its ``n_docs`` contacts are recent)."""
    if not themes:
        return
    table = pd.DataFrame({"topic": [t.theme_id for t in themes], "n_current": [t.n_recent for t in themes],
                          "n_previous": [t.size - t.n_recent for t in themes]})
    scored = score_topics(table, {"current": n_recent, "previous": n_docs - n_recent},
                          config.alpha, config.min_recent).set_index("topic")
    for t in themes:
        row = scored.loc[t.theme_id]
        t.p_value, t.q_value, t.is_rising = float(row["p_value"]), float(row["q_value"]), bool(row["rising"])
