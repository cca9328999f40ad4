"""Theme discovery over a window larger than ``max_clustered``: memory bounded by the cap, not the window.

Such a window is never held whole. Its contacts are read ``chunk_size`` at a time
(:func:`store.window_chunks`, interaction-id order). A deterministic random sample of ``max_clustered``
of them (positions drawn with a fixed seed) is discovered as a window of its own (:func:`discover`:
clusters, merging, stable ids, keywords and examples). Then the window is read again, chunk by chunk: a
sampled contact keeps what discovery gave it; every other contact joins the theme whose centre is
nearest when it lies at least as close to that centre as the theme's least typical sampled member
(``cluster.py``'s rule beyond ``max_cluster_points``) or at least ``absorb_similarity`` (``merge.py``'s
rule for a loose contact); else it stays in no theme. The floor alone left too many out: a sampled
member's own vector is part of its theme's centre, so sampled members lie closer to it than the others
(bench/themes_bench.py --warehouse, 3,000 contacts capped at 1,000: adjusted Rand index 0.76 with the
floor alone, against 1.0 uncapped). Each chunk's members
are written as they are assigned; each theme's counts (size, recent contacts, days, channels, queues,
shares), its coverage by a configured topic and the growth test are computed over the whole window from
running totals. A theme's ``members`` and ``examples`` are those of the sample.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Sequence

import numpy as np

from pipeline.nlp.embeddings import Encoder
from pipeline.themes.cluster import centroid
from pipeline.themes.clean import embedding_texts
from pipeline.themes.config import ThemeConfig
from pipeline.themes.discover import discover
from pipeline.themes.emerging import MIN_TOPIC_OTHERS, confident_topic, decide, growth, set_coverage
from pipeline.themes.model import KnownTheme, Theme, ThemeDoc, ThemeNight
from pipeline.themes.store import clear_night, window_chunks, write_members, write_themes
from pipeline.warehouse.backend import Warehouse

SEED = 0


def sample_positions(n: int, size: int) -> np.ndarray:
    """Sorted positions (in the window's interaction-id order) of the contacts discovery clusters."""
    return np.sort(np.random.default_rng(SEED).choice(n, size, replace=False))


@dataclass
class _Totals:
    """One theme's running totals over the whole window."""

    size: int = 0
    n_recent: int = 0
    repeats: int = 0
    negative: int = 0
    days: Counter = field(default_factory=Counter)
    channels: Counter = field(default_factory=Counter)
    queues: Counter = field(default_factory=Counter)
    topics: Counter = field(default_factory=Counter)  # members' confident configured topics
    topic_sums: dict[str, np.ndarray] = field(default_factory=dict)  # their vectors summed, per topic

    def add(self, doc: ThemeDoc, vector: np.ndarray, topic: str | None, recent: bool) -> None:
        self.size += 1
        self.n_recent += recent
        self.repeats += doc.is_repeat
        self.negative += doc.negative_end
        self.days[doc.day.isoformat()] += 1
        self.channels[doc.channel] += 1
        self.queues[doc.queue or ""] += 1
        if topic:
            self.topics[topic] += 1
            _accumulate(self.topic_sums, topic, vector)

    def apply(self, theme: Theme) -> None:
        theme.size, theme.n_recent = self.size, self.n_recent
        theme.daily_counts = dict(sorted(self.days.items()))
        theme.channels = dict(self.channels.most_common())
        theme.queues = dict(self.queues.most_common())
        theme.repeat_share = round(self.repeats / max(self.size, 1), 4)
        theme.negative_end_share = round(self.negative / max(self.size, 1), 4)


def discover_capped(wh: Warehouse, night: date, config: ThemeConfig, taxonomy: str, encoder: Encoder,
                    n_window: int, known: Sequence[KnownTheme] = (), run_id: str | None = None) -> ThemeNight:
    """Discover the themes of a window of ``n_window`` (> ``max_clustered``) contacts and write them."""
    sample = _read_sample(wh, night, config, taxonomy, sample_positions(n_window, config.max_clustered))
    result = discover(sample, _encode(encoder, sample, config), night, config, known)
    themes = result.themes
    member_of = {sample[i].interaction_id: (k, s) for k, t in enumerate(themes) for i, s in zip(t.members, t.scores)}
    sampled = {d.interaction_id for d in sample}
    del sample
    centres = np.vstack([t.centroid for t in themes]).astype(np.float32) if themes else None
    # a contact joins its nearest theme when it lies as close as the theme's least typical sampled member,
    # or within absorb_similarity (as a loose contact joins a theme in merge._tighten)
    floors = np.minimum(np.array([t.scores[-1] for t in themes], dtype=float), config.absorb_similarity)
    totals = [_Totals() for _ in themes]
    topic_sums: dict[str, np.ndarray] = {}  # every confidently filed contact of the window, per topic
    topic_counts: Counter = Counter()
    recent_from = night - timedelta(days=config.recent_days - 1)
    n_docs = n_recent = 0
    wh.execute("BEGIN")
    try:
        clear_night(wh, night)
        for chunk in window_chunks(wh, night, config, taxonomy):
            vectors = _encode(encoder, chunk, config)
            best, best_sim = np.zeros(len(chunk), dtype=int), np.full(len(chunk), -np.inf)
            if centres is not None:
                sims = vectors @ centres.T
                best = sims.argmax(axis=1)
                best_sim = sims[np.arange(len(chunk)), best]
            rows = []
            for j, doc in enumerate(chunk):
                n_docs += 1
                recent = doc.day >= recent_from
                n_recent += recent
                topic = confident_topic(doc, config)
                if topic:
                    topic_counts[topic] += 1
                    _accumulate(topic_sums, topic, vectors[j])
                if doc.interaction_id in member_of:
                    k, score = member_of[doc.interaction_id]
                elif doc.interaction_id in sampled or not themes or best_sim[j] < floors[best[j]]:
                    continue
                else:
                    k, score = int(best[j]), round(float(best_sim[j]), 4)
                totals[k].add(doc, vectors[j], topic, recent)
                rows.append((doc.interaction_id, themes[k].theme_id, score))
            write_members(wh, night, rows)
        for theme, total in zip(themes, totals):
            total.apply(theme)
            _coverage(theme, total, topic_counts, topic_sums, config)
        growth(themes, n_recent, n_docs, config)
        decide(themes, config)
        themes.sort(key=lambda t: (not t.is_emerging, t.q_value, -t.size, t.theme_id))  # as discover sorts
        out = ThemeNight(night=night, window_from=result.window_from, n_docs=n_docs, themes=themes,
                         n_noise=n_docs - sum(t.size for t in themes))
        write_themes(wh, out, run_id)
        wh.execute("COMMIT")
    except BaseException:
        wh.execute("ROLLBACK")
        raise
    return out


def _read_sample(wh: Warehouse, night: date, config: ThemeConfig, taxonomy: str, positions: np.ndarray
                 ) -> list[ThemeDoc]:
    """The sampled contacts, in the order :func:`store.window_docs` gives a whole window (day, id)."""
    picked: list[ThemeDoc] = []
    offset = 0
    for chunk in window_chunks(wh, night, config, taxonomy):
        lo, hi = np.searchsorted(positions, [offset, offset + len(chunk)])
        picked.extend(chunk[int(p) - offset] for p in positions[lo:hi])
        offset += len(chunk)
    picked.sort(key=lambda d: (d.day, d.interaction_id))
    return picked


def _encode(encoder: Encoder, docs: Sequence[ThemeDoc], config: ThemeConfig) -> np.ndarray:
    texts = embedding_texts([d.text for d in docs], config)  # cleaned as rules/themes.yaml says
    vectors = encoder.encode(texts) if docs else np.zeros((0, 1), dtype=np.float32)
    encoder.cache.release()
    return vectors


def _coverage(theme: Theme, total: _Totals, topic_counts: Counter, topic_sums: dict[str, np.ndarray],
              config: ThemeConfig) -> None:
    """``emerging._coverage`` over the whole window from the running totals."""
    theme.matched_topic, theme.topic_coverage, theme.topic_similarity, theme.is_covered = None, 0.0, None, False
    if not total.topics:
        return
    topic, count = total.topics.most_common(1)[0]
    similarity = None
    if topic_counts[topic] - count >= MIN_TOPIC_OTHERS:
        similarity = float(centroid((topic_sums[topic] - total.topic_sums[topic])[None, :]) @ theme.centroid)
    set_coverage(theme, topic, count, similarity, config)


def _accumulate(sums: dict[str, np.ndarray], key: str, vector: np.ndarray) -> None:
    if key not in sums:
        sums[key] = np.zeros(vector.shape[0], dtype=np.float64)
    sums[key] += vector
