"""Emerging complaint themes: what customers complain about that no configured topic names yet.

Public surface:
- :func:`run_themes` — discover one night's themes from the warehouse and store them (the flow's step);
- :func:`discover` — the pure algorithm over documents and vectors (used by evaluation scripts);
- :class:`ThemeConfig` / :func:`load_theme_config` — ``rules/themes.yaml``.

Modules:

- ``capped``  Theme discovery over a window larger than ``max_clustered``: memory bounded by the cap, not the window.
- ``clean``  The text a contact is embedded from: its redacted customer text without what is not its problem.
- ``cluster``  Clustering of the window's customer texts: PCA to a few dimensions, then HDBSCAN (scikit-learn).
- ``config``  Settings of theme discovery (``rules/themes.yaml``).
- ``describe``  What a theme is about: c-TF-IDF keywords over lemmas (Russian lemmatised) and representative examples.
- ``discover``  Theme discovery for one night's window, as a pure function of the window's contacts and vectors.
- ``emerging``  Which themes are emerging: not covered by any configured topic, or growing beyond chance.
- ``merge``  One theme per problem: clusters that HDBSCAN split apart are merged, members far from their theme let go.
- ``model``  Typed records of theme discovery: the contacts clustered, yesterday's themes, and the themes found.
- ``nightly``  The nightly step: read the window from the warehouse, embed (cached), discover, store.
- ``promote``  Promote a discovered theme to a configured topic: a seed-phrase entry in the taxonomy YAML, for review.
- ``residual``  Themes among the contacts no configured topic covers well, clustered on their own.
- ``space``  A topic-aware space for the clustering: sentence vectors joined to their projection on the directions that separate the configured topics (``space: topic_aware`` in ``rules/themes.yaml``).
- ``store``  Warehouse side of theme discovery: read the window's contacts (whole, or in chunks), earlier themes; write a night's themes.
- ``tracking``  Stable theme ids across nights: yesterday's id goes to today's theme with a close centroid or the same contacts.
"""

from pipeline.themes.config import ThemeConfig, load_theme_config
from pipeline.themes.discover import discover
from pipeline.themes.model import KnownTheme, Theme, ThemeDoc, ThemeNight
from pipeline.themes.nightly import run_themes

__all__ = ["KnownTheme", "Theme", "ThemeConfig", "ThemeDoc", "ThemeNight", "discover", "load_theme_config",
           "run_themes"]
