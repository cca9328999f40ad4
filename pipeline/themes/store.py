"""Warehouse side of theme discovery: read the window's contacts, earlier themes; write a night's themes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

import numpy as np

from pipeline.themes.config import ThemeConfig
from pipeline.themes.model import KnownTheme, ThemeDoc, ThemeNight
from pipeline.warehouse.backend import Warehouse

NEGATIVE_END = -0.5  # customer_sentiment_end below this counts as a negative ending (as the flag does)

_WINDOW_SQL = """
WITH win AS (
    SELECT interaction_id, channel, queue, CAST(started_at AS DATE) AS day, is_repeat, customer_sentiment_end
    FROM fct_interaction
    WHERE CAST(started_at AS DATE) BETWEEN ? AND ? AND (is_complaint OR NOT ?)
),
txt AS (
    SELECT t.interaction_id, string_agg(t.text, ' ' ORDER BY t.turn_index) AS text
    FROM fct_turn t JOIN win w ON w.interaction_id = t.interaction_id
    WHERE t.speaker = 'customer' AND t.text IS NOT NULL
    GROUP BY t.interaction_id
),
top AS (
    SELECT p.interaction_id, p.topic, p.confidence
    FROM fct_topic p JOIN win w ON w.interaction_id = p.interaction_id
    WHERE p.taxonomy = ? AND p.rank = 1
)
SELECT w.interaction_id, w.day, x.text, w.channel, w.queue, top.topic, top.confidence, w.is_repeat,
       w.customer_sentiment_end
FROM win w JOIN txt x ON x.interaction_id = w.interaction_id
LEFT JOIN top ON top.interaction_id = w.interaction_id
ORDER BY w.day, w.interaction_id
"""

THEME_COLUMNS = ["night", "theme_id", "label", "size", "n_recent", "keywords", "examples", "is_emerging",
                 "emerging_reason", "matched_topic", "topic_coverage", "topic_similarity", "p_value", "q_value",
                 "first_seen", "window_from", "daily_counts", "channels", "queues", "repeat_share",
                 "negative_end_share", "centroid", "run_id"]


def window_docs(wh: Warehouse, night: date, config: ThemeConfig, taxonomy: str) -> list[ThemeDoc]:
    start = night - timedelta(days=config.window_days - 1)
    rows = wh.query(_WINDOW_SQL, [start, night, config.complaints_only, taxonomy])
    return [ThemeDoc(interaction_id=r[0], day=_as_date(r[1]), text=(r[2] or "")[: config.max_chars],
                     channel=r[3] or "", queue=r[4], topic=r[5], topic_confidence=float(r[6] or 0.0),
                     is_repeat=bool(r[7]), negative_end=r[8] is not None and r[8] < NEGATIVE_END)
            for r in rows]


def known_themes(wh: Warehouse, night: date) -> list[KnownTheme]:
    """The themes of the latest night before ``night``."""
    rows = wh.query("""SELECT theme_id, centroid, first_seen, night FROM fct_theme
                       WHERE night = (SELECT max(night) FROM fct_theme WHERE night < ?)""", [night])
    if not rows:
        return []
    members: dict[str, set[str]] = {}
    for theme_id, interaction_id in wh.query(
            "SELECT theme_id, interaction_id FROM fct_interaction_theme WHERE night = ?", [rows[0][3]]):
        members.setdefault(theme_id, set()).add(interaction_id)
    return [KnownTheme(r[0], np.asarray(json.loads(r[1]), dtype=np.float32), _as_date(r[2]),
                       frozenset(members.get(r[0], ()))) for r in rows]


def write_night(wh: Warehouse, result: ThemeNight, docs: list[ThemeDoc], run_id: str | None) -> int:
    """Replace the night's rows in ``fct_theme`` and ``fct_interaction_theme``; returns themes written."""
    wh.execute("DELETE FROM fct_theme WHERE night = ?", [result.night])
    wh.execute("DELETE FROM fct_interaction_theme WHERE night = ?", [result.night])
    wh.insert_rows("fct_theme", THEME_COLUMNS, [_theme_row(result, t, run_id) for t in result.themes])
    wh.insert_rows("fct_interaction_theme", ["night", "interaction_id", "theme_id", "score"],
                   [(result.night, docs[i].interaction_id, t.theme_id, s)
                    for t in result.themes for i, s in zip(t.members, t.scores)])
    return len(result.themes)


def _theme_row(result: ThemeNight, t: Any, run_id: str | None) -> tuple:
    dump = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
    return (result.night, t.theme_id, t.label, t.size, t.n_recent, dump(t.keywords), dump(t.examples),
            t.is_emerging, t.emerging_reason or None, t.matched_topic, t.topic_coverage, t.topic_similarity,
            t.p_value, t.q_value, t.first_seen, result.window_from, dump(t.daily_counts), dump(t.channels),
            dump(t.queues), t.repeat_share, t.negative_end_share,
            dump([round(float(x), 5) for x in t.centroid]), run_id)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) and not hasattr(value, "hour") else date.fromisoformat(str(value)[:10])
