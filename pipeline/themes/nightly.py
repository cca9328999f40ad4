"""The nightly step: read the window from the warehouse, embed (cached), discover, store.

A window of at most ``max_clustered`` contacts is read and discovered whole; a larger one goes through
:mod:`pipeline.themes.capped` (a sample discovered, the rest assigned chunk by chunk), so the step's
memory is bounded by the cap, not by the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np

from pipeline.config import DEFAULT_OUTPUTS_DIR
from pipeline.nlp.embeddings import get_encoder
from pipeline.kpi.config import load_kpi_config
from pipeline.themes.clean import embedding_texts
from pipeline.themes.config import ThemeConfig, load_theme_config
from pipeline.themes.discover import discover
from pipeline.themes.model import ThemeNight
from pipeline.themes.capped import discover_capped
from pipeline.themes.store import known_themes, window_docs, window_size, write_night
from pipeline.warehouse.backend import Warehouse

EMBEDDING_CACHE = DEFAULT_OUTPUTS_DIR / "cache" / "embeddings.sqlite"


def run_themes(wh: Warehouse, night: date | str, rules_dir: str | Path | None = None, run_id: str | None = None,
               config: ThemeConfig | None = None, cache_path: str | Path | None = EMBEDDING_CACHE
               ) -> ThemeNight | None:
    """Discover and store the themes of the window ending with ``night``; None when disabled."""
    config = config or load_theme_config(rules_dir)
    if not config.enabled:
        return None
    night = date.fromisoformat(night) if isinstance(night, str) else night
    taxonomy = load_kpi_config(rules_dir).trends.taxonomy
    encoder = get_encoder(config.encoder, cache_path=cache_path)
    try:
        n_window = window_size(wh, night, config)
        if n_window > config.max_clustered:
            return discover_capped(wh, night, config, taxonomy, encoder, n_window, known_themes(wh, night), run_id)
        docs = window_docs(wh, night, config, taxonomy)
        texts = embedding_texts([d.text for d in docs], config)  # cleaned as rules/themes.yaml says
        vectors = encoder.encode(texts) if docs else np.zeros((0, 1), dtype=np.float32)
        result = discover(docs, vectors, night, config, known_themes(wh, night))
        write_night(wh, result, docs, run_id)
        return result
    finally:
        encoder.cache.release()  # the vectors stay in the cache file, not in this long-lived process
