"""Rising complaint topics between two periods, by a statistical test rather than raw deltas.

The period ``[date_from, date_to]`` (whole UTC days) is compared with the period of the same length
just before it. For each topic, with ``c1`` / ``c0`` contacts carrying it in the current / previous
period and ``N1`` / ``N0`` contacts in all (complaints only by default), the null hypothesis "the
topic's share of contacts did not change" makes ``c1`` given ``c1 + c0`` binomial with
``p = N1 / (N1 + N0)`` (the conditional test for two Poisson rates). The one-sided p-value
``P(X >= c1)`` calls a topic rising; Benjamini-Hochberg q-values control the false-discovery rate
over all topics tested, and a topic is called out when ``q < alpha`` and ``c1 >= min_count``.
Counting is set-based in SQL; Python only sees one row per topic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Protocol, Sequence

import numpy as np
import pandas as pd
from scipy.stats import binomtest, false_discovery_control

from pipeline.kpi.config import TrendsConfig


class TrendsSource(Protocol):
    """The two reads the test needs: a ``Warehouse``, or the QA workspace's reader."""

    def query(self, sql: str, params: Sequence[Any] | None = None) -> list[tuple]: ...

    def query_df(self, sql: str, params: Sequence[Any] | None = None) -> pd.DataFrame: ...


@dataclass
class Periods:
    current_from: date
    current_to: date  # inclusive

    @property
    def days(self) -> int:
        return (self.current_to - self.current_from).days + 1

    @property
    def previous_from(self) -> date:
        return self.current_from - timedelta(days=self.days)

    @property
    def previous_to(self) -> date:
        return self.current_from - timedelta(days=1)

    def bounds(self) -> tuple[datetime, datetime, datetime]:
        """previous start, current start, current end (exclusive) as naive UTC timestamps."""
        as_dt = lambda d: datetime(d.year, d.month, d.day)  # noqa: E731
        return as_dt(self.previous_from), as_dt(self.current_from), as_dt(self.current_to + timedelta(days=1))


@dataclass
class TrendResult:
    periods: Periods
    taxonomy: str
    complaints_only: bool
    totals: dict[str, int]
    topics: pd.DataFrame  # one row per topic, sorted by q-value then rate ratio
    daily: pd.DataFrame  # day x topic counts over both periods
    rising: pd.DataFrame = field(init=False)

    def __post_init__(self) -> None:
        self.rising = self.topics[self.topics["rising"]].reset_index(drop=True)


_BASE = """
WITH base AS (
    SELECT interaction_id, started_at,
           CASE WHEN started_at >= ? THEN 'current' ELSE 'previous' END AS period
    FROM fct_interaction
    WHERE started_at >= ? AND started_at < ? AND (is_complaint OR ?)
)
"""


def _base_params(periods: Periods, complaints_only: bool) -> list:
    prev_start, cur_start, cur_end = periods.bounds()
    return [cur_start, prev_start, cur_end, not complaints_only]


def topic_counts(wh: TrendsSource, periods: Periods, taxonomy: str, complaints_only: bool, examples: int = 3):
    """(per-topic counts with example ids, totals per period, day x topic counts).

    Each contact counts once, under its primary (rank-1) topic, as in ``complaint_topic_trends``.
    """
    params = _base_params(periods, complaints_only)
    totals = dict(wh.query(_BASE + "SELECT period, count(*) FROM base GROUP BY period", params))
    topics = wh.query_df(_BASE + """
        , tagged AS (
            SELECT b.interaction_id, b.period, b.started_at, t.topic,
                   row_number() OVER (PARTITION BY t.topic, b.period ORDER BY b.started_at DESC, b.interaction_id) AS rn
            FROM base b JOIN fct_topic t ON t.interaction_id = b.interaction_id AND t.taxonomy = ? AND t.rank = 1
        )
        SELECT topic,
               count(*) FILTER (WHERE period = 'current')  AS n_current,
               count(*) FILTER (WHERE period = 'previous') AS n_previous,
               string_agg(CASE WHEN period = 'current' AND rn <= ? THEN interaction_id END, ',' ORDER BY rn) AS example_ids
        FROM tagged GROUP BY topic ORDER BY topic""", params + [taxonomy, examples])
    daily = wh.query_df(_BASE + """
        SELECT CAST(b.started_at AS DATE) AS day, t.topic, count(*) AS n
        FROM base b JOIN fct_topic t ON t.interaction_id = b.interaction_id AND t.taxonomy = ? AND t.rank = 1
        GROUP BY 1, 2 ORDER BY 1, 2""", params + [taxonomy])
    return topics, {"current": int(totals.get("current", 0)), "previous": int(totals.get("previous", 0))}, daily


def score_topics(topics: pd.DataFrame, totals: dict[str, int], alpha: float, min_count: int) -> pd.DataFrame:
    """Add shares, rate ratio, one-sided p-values (rising), BH q-values and the ``rising`` call."""
    df = topics.copy()
    n1, n0 = totals["current"], totals["previous"]
    df["share_current"] = df["n_current"] / n1 if n1 else np.nan
    df["share_previous"] = df["n_previous"] / n0 if n0 else np.nan
    # rate ratio with a 0.5 continuity correction so that new topics get a finite ratio
    df["rate_ratio"] = ((df["n_current"] + 0.5) / max(n1, 1)) / ((df["n_previous"] + 0.5) / max(n0, 1))
    if n1 and n0:
        p_cur = n1 / (n1 + n0)
        df["p_value"] = [binomtest(int(c), int(c + p), p_cur, alternative="greater").pvalue if c + p else 1.0
                         for c, p in zip(df["n_current"], df["n_previous"])]
    else:  # nothing to compare with
        df["p_value"] = 1.0
    df["q_value"] = false_discovery_control(df["p_value"].to_numpy(), method="bh") if len(df) else []
    df["rising"] = (df["q_value"] < alpha) & (df["n_current"] >= min_count) & (df["rate_ratio"] > 1)
    return df.sort_values(["rising", "q_value", "rate_ratio"], ascending=[False, True, False]).reset_index(drop=True)


def find_trends(wh: TrendsSource, date_from: date, date_to: date, config: TrendsConfig | None = None) -> TrendResult:
    config = config or TrendsConfig()
    if date_to < date_from:
        raise ValueError(f"--to {date_to} is before --from {date_from}")
    periods = Periods(date_from, date_to)
    topics, totals, daily = topic_counts(wh, periods, config.taxonomy, config.complaints_only, config.examples)
    tested = score_topics(topics, totals, config.alpha, config.min_count)
    return TrendResult(periods, config.taxonomy, config.complaints_only, totals, tested, daily)
