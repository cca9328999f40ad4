"""Warehouse side of theme discovery: read the window's contacts (whole, or in chunks), earlier themes;
write a night's themes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any, Iterator

import numpy as np

from pipeline.themes.config import ThemeConfig
from pipeline.themes.model import KnownTheme, ThemeDoc, ThemeNight
from pipeline.warehouse.backend import Warehouse

NEGATIVE_END = -0.5  # customer_sentiment_end below this counts as a negative ending (as the flag does)

# The customer text and top topic of each contact of the CTE ``win`` (shared by both readers below).
_TEXT_AND_TOPIC = """
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
"""

_WINDOW_SQL = """
WITH win AS (
    SELECT interaction_id, channel, queue, CAST(started_at AS DATE) AS day, is_repeat, customer_sentiment_end
    FROM fct_interaction
    WHERE CAST(started_at AS DATE) BETWEEN ? AND ? AND (is_complaint OR NOT ?)
),""" + _TEXT_AND_TOPIC + """ORDER BY w.day, w.interaction_id
"""

# The window in chunks, by interaction id (keyset): each query reads ``chunk_size`` contacts of the
# window, so neither this process nor the database holds the whole window's text at once.
_WINDOW_FILTER = """
    FROM fct_interaction i
    WHERE CAST(i.started_at AS DATE) BETWEEN ? AND ? AND (i.is_complaint OR NOT ?)
      AND EXISTS (SELECT 1 FROM fct_turn t WHERE t.interaction_id = i.interaction_id
                  AND t.speaker = 'customer' AND t.text IS NOT NULL)
"""

_CHUNK_SQL = """
WITH win AS (
    SELECT i.interaction_id, i.channel, i.queue, CAST(i.started_at AS DATE) AS day, i.is_repeat,
           i.customer_sentiment_end
""" + _WINDOW_FILTER + """      AND i.interaction_id > ?
    ORDER BY i.interaction_id
    LIMIT ?
),""" + _TEXT_AND_TOPIC + """ORDER BY w.interaction_id
"""

THEME_COLUMNS = ["night", "theme_id", "label", "size", "n_recent", "keywords", "examples", "is_emerging",
                 "emerging_reason", "matched_topic", "topic_coverage", "topic_similarity", "p_value", "q_value",
                 "first_seen", "window_from", "daily_counts", "channels", "queues", "repeat_share",
                 "negative_end_share", "centroid", "run_id"]


def window_docs(wh: Warehouse, night: date, config: ThemeConfig, taxonomy: str) -> list[ThemeDoc]:
    start = night - timedelta(days=config.window_days - 1)
    rows = wh.query(_WINDOW_SQL, [start, night, config.complaints_only, taxonomy])
    return [_doc(r, config) for r in rows]


def window_size(wh: Warehouse, night: date, config: ThemeConfig) -> int:
    """How many contacts the window ending with ``night`` holds (those :func:`window_docs` returns)."""
    start = night - timedelta(days=config.window_days - 1)
    return int(wh.query("SELECT count(*)" + _WINDOW_FILTER, [start, night, config.complaints_only])[0][0])


def window_chunks(wh: Warehouse, night: date, config: ThemeConfig, taxonomy: str) -> Iterator[list[ThemeDoc]]:
    """The window's contacts in chunks of ``config.chunk_size``, in interaction-id order."""
    start = night - timedelta(days=config.window_days - 1)
    after = ""
    while True:
        rows = wh.query(_CHUNK_SQL, [start, night, config.complaints_only, after, config.chunk_size, taxonomy])
        if not rows:
            return
        yield [_doc(r, config) for r in rows]
        after = rows[-1][0]
        if len(rows) < config.chunk_size:
            return


def _doc(r: tuple, config: ThemeConfig) -> ThemeDoc:
    return ThemeDoc(interaction_id=r[0], day=_as_date(r[1]), text=(r[2] or "")[: config.max_chars],
                    channel=r[3] or "", queue=r[4], topic=r[5], topic_confidence=float(r[6] or 0.0),
                    is_repeat=bool(r[7]), negative_end=r[8] is not None and r[8] < NEGATIVE_END)


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
    clear_night(wh, result.night)
    write_themes(wh, result, run_id)
    write_members(wh, result.night, [(docs[i].interaction_id, t.theme_id, s)
                                     for t in result.themes for i, s in zip(t.members, t.scores)])
    return len(result.themes)


def clear_night(wh: Warehouse, night: date) -> None:
    wh.execute("DELETE FROM fct_theme WHERE night = ?", [night])
    wh.execute("DELETE FROM fct_interaction_theme WHERE night = ?", [night])


def write_themes(wh: Warehouse, result: ThemeNight, run_id: str | None) -> None:
    wh.insert_rows("fct_theme", THEME_COLUMNS, [_theme_row(result, t, run_id) for t in result.themes])


def write_members(wh: Warehouse, night: date, members: list[tuple[str, str, float]]) -> None:
    """``(interaction_id, theme_id, score)`` rows of the night's theme members."""
    wh.insert_rows("fct_interaction_theme", ["night", "interaction_id", "theme_id", "score"],
                   [(night, *m) for m in members])


def _theme_row(result: ThemeNight, t: Any, run_id: str | None) -> tuple:
    dump = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
    return (result.night, t.theme_id, t.label, t.size, t.n_recent, dump(t.keywords), dump(t.examples),
            t.is_emerging, t.emerging_reason or None, t.matched_topic, t.topic_coverage, t.topic_similarity,
            t.p_value, t.q_value, t.first_seen, result.window_from, dump(t.daily_counts), dump(t.channels),
            dump(t.queues), t.repeat_share, t.negative_end_share,
            dump([round(float(x), 5) for x in t.centroid]), run_id)


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) and not hasattr(value, "hour") else date.fromisoformat(str(value)[:10])
