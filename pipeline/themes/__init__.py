"""Emerging complaint themes: what customers complain about that no configured topic names yet.

Public surface:
- :func:`run_themes` — discover one night's themes from the warehouse and store them (the flow's step);
- :func:`discover` — the pure algorithm over documents and vectors (used by evaluation scripts);
- :class:`ThemeConfig` / :func:`load_theme_config` — ``rules/themes.yaml``.
"""

from pipeline.themes.config import ThemeConfig, load_theme_config
from pipeline.themes.discover import discover
from pipeline.themes.model import KnownTheme, Theme, ThemeDoc, ThemeNight
from pipeline.themes.nightly import run_themes

__all__ = ["KnownTheme", "Theme", "ThemeConfig", "ThemeDoc", "ThemeNight", "discover", "load_theme_config",
           "run_themes"]
