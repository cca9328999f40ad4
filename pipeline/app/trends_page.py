"""Complaint trends as a page: the statistical test of ``servicelens trends`` with drill-down."""

from __future__ import annotations

from datetime import date, timedelta

from pipeline.app.reader import WarehouseReader
from pipeline.kpi.config import load_kpi_config
from pipeline.kpi.trends import find_trends


class _ReaderAsWarehouse:
    """The two read methods ``pipeline.kpi.trends`` needs, on the workspace's reader."""

    def __init__(self, reader: WarehouseReader):
        self.reader = reader

    def query(self, sql, params=None):
        return self.reader.query(sql, params)

    def query_df(self, sql, params=None):
        import pandas as pd

        rows = self.reader.query_dicts(sql, params)
        return pd.DataFrame.from_records(rows) if rows else pd.DataFrame(
            columns=["topic", "n_current", "n_previous", "example_ids", "day", "n"])


def trends_data(reader: WarehouseReader, date_from: str | None, date_to: str | None, topic: str | None,
                rules_dir: str | None) -> dict:
    last = reader.query("SELECT max(CAST(started_at AS DATE)) FROM fct_interaction")[0][0]
    end = date.fromisoformat(date_to) if date_to else (last or date.today())
    start = date.fromisoformat(date_from) if date_from else end - timedelta(days=6)
    config = load_kpi_config(rules_dir).trends
    result = find_trends(_ReaderAsWarehouse(reader), start, end, config)
    topics = result.topics.to_dict("records") if len(result.topics) else []
    examples = []
    if topic:
        examples = reader.query_dicts(
            "SELECT i.interaction_id, i.channel, i.started_at, i.agent_id, i.qa_score, i.subject "
            "FROM fct_interaction i JOIN fct_topic t ON t.interaction_id = i.interaction_id "
            "WHERE t.topic = ? AND t.rank = 1 AND i.started_at >= ? AND i.started_at < ? "
            "ORDER BY i.started_at DESC LIMIT 50", [topic, start, end + timedelta(days=1)])
    return {"from": start, "to": end, "topics": topics, "totals": result.totals, "topic": topic,
            "examples": examples, "complaints_only": result.complaints_only}
