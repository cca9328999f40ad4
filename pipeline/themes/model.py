"""Typed records of theme discovery: the contacts clustered, yesterday's themes, and the themes found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np


@dataclass(frozen=True)
class ThemeDoc:
    """One contact of the window: its redacted customer text and what the night already knows of it."""

    interaction_id: str
    day: date
    text: str
    channel: str = ""
    queue: str | None = None
    topic: str | None = None  # primary configured topic
    topic_confidence: float = 0.0
    is_repeat: bool = False
    negative_end: bool = False


@dataclass(frozen=True)
class KnownTheme:
    """A theme of an earlier night, for stable ids."""

    theme_id: str
    centroid: np.ndarray
    first_seen: date
    members: frozenset[str] = frozenset()  # interaction ids (empty: match by centroid only)


@dataclass
class Theme:
    theme_id: str
    members: list[int]  # indices into the window's docs
    scores: list[float]  # cosine of each member to the centroid
    centroid: np.ndarray
    first_seen: date
    size: int
    n_recent: int
    keywords: list[str] = field(default_factory=list)
    examples: list[dict] = field(default_factory=list)
    matched_topic: str | None = None
    topic_coverage: float = 0.0
    topic_similarity: float | None = None
    is_covered: bool = False
    p_value: float = 1.0
    q_value: float = 1.0
    is_rising: bool = False
    is_emerging: bool = False
    emerging_reason: str = ""
    daily_counts: dict[str, int] = field(default_factory=dict)
    channels: dict[str, int] = field(default_factory=dict)
    queues: dict[str, int] = field(default_factory=dict)
    repeat_share: float = 0.0
    negative_end_share: float = 0.0

    @property
    def label(self) -> str:
        return " · ".join(self.keywords[:3])


@dataclass
class ThemeNight:
    """Everything discovery found for one night's window."""

    night: date
    window_from: date
    n_docs: int
    themes: list[Theme]
    n_noise: int

    @property
    def emerging(self) -> list[Theme]:
        return [t for t in self.themes if t.is_emerging]
