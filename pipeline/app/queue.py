"""The review queue as a web page: filters from the URL, sorting and paging over ``qa_review_queue``."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal
from urllib.parse import urlencode

from pydantic import BaseModel, Field, field_validator

from pipeline.app.reader import WarehouseReader
from pipeline.warehouse.identifiers import sql_fragment, table_name

SORTS = {
    "priority": "q.priority, q.qa_score NULLS LAST, q.started_at, q.interaction_id",
    "qa_score": "q.qa_score NULLS LAST, q.interaction_id",
    "started_at": "q.started_at, q.interaction_id",
    "channel": "q.channel, q.started_at, q.interaction_id",
    "agent": "q.agent_id NULLS LAST, q.started_at, q.interaction_id",
}


class QueueFilter(BaseModel):
    """Every filter of the queue page; the query string of its URL, so links can be shared."""

    night: date | None = None
    date_from: date | None = None
    date_to: date | None = None
    channel: str | None = None
    language: str | None = None
    queue: str | None = None
    team: str | None = None
    agent: str | None = None
    flag: str | None = None
    failed: str | None = Field(None, description="a criterion that failed")
    topic: str | None = None
    score_min: float | None = None
    score_max: float | None = None
    reviewed: Literal["yes", "no"] | None = None
    sort: Literal["priority", "qa_score", "started_at", "channel", "agent"] = "priority"
    desc: bool = False
    page: int = Field(1, ge=1)
    per_page: int = Field(50, ge=1, le=200)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_none(cls, value):
        return None if isinstance(value, str) and value.strip() == "" else value

    def query_string(self, **changes) -> str:
        data = self.model_dump(exclude_defaults=True) | changes
        return urlencode({k: (v.isoformat() if isinstance(v, date) else ("1" if v is True else v))
                          for k, v in data.items() if v not in (None, False)})


# The queue of a snapshot, materialised once per snapshot with everything the filters need, so a page
# reads one table of queue size instead of joining the facts (100k interactions: see bench/app_bench.py).
MATERIALIZE = """
CREATE OR REPLACE TABLE app_queue AS
WITH fl AS (SELECT interaction_id, ',' || string_agg(DISTINCT flag, ',') || ',' AS flag_set
            FROM fct_flag GROUP BY interaction_id),
     fc AS (SELECT interaction_id, ',' || string_agg(criterion_id, ',') || ',' AS failed_set
            FROM fct_criterion WHERE result = 'fail' GROUP BY interaction_id),
     tp AS (SELECT interaction_id, ',' || string_agg(DISTINCT topic, ',') || ',' AS topic_set
            FROM fct_topic GROUP BY interaction_id)
SELECT q.interaction_id, q.channel, q.started_at, q.agent_id, q.queue, q.language, q.qa_score, q.queue_reason,
       q.priority, q.n_flags, q.flags, q.n_verdicts, i.run_date, i.subject, a.team,
       fl.flag_set, fc.failed_set, tp.topic_set
FROM qa_review_queue q
JOIN fct_interaction i ON i.interaction_id = q.interaction_id
LEFT JOIN dim_agent a ON a.agent_id = q.agent_id
LEFT JOIN fl ON fl.interaction_id = q.interaction_id
LEFT JOIN fc ON fc.interaction_id = q.interaction_id
LEFT JOIN tp ON tp.interaction_id = q.interaction_id
ORDER BY q.priority, q.qa_score NULLS LAST, q.started_at, q.interaction_id
"""
# point look-ups of the interaction page
SNAPSHOT_INDEXES = [f"CREATE INDEX IF NOT EXISTS app_{table_name(t)}_id ON {table_name(t)} (interaction_id)"
                    for t in ("fct_interaction", "fct_turn", "fct_criterion", "fct_flag", "fct_topic", "fct_call_metrics")]


def prepare_snapshot(wh) -> None:
    """Materialise the queue and index the facts in a fresh (private) DuckDB snapshot."""
    wh.execute(MATERIALIZE)
    for statement in SNAPSHOT_INDEXES:
        wh.execute(statement)


def _where(f: QueueFilter, agent_only: str | None, reviewed_ids: list[str], dialect: str,
           materialized: bool = False) -> tuple[str, list]:
    clauses: list[str] = ["1 = 1"]
    params: list[Any] = []

    def add(sql: str, *values) -> None:
        clauses.append(sql)
        params.extend(values)

    if agent_only is not None:
        add("q.agent_id = ?", agent_only)
    if f.night:
        add("q.run_date = ?" if materialized else "i.run_date = ?", f.night)
    if f.date_from:
        add("q.started_at >= ?", f.date_from)
    if f.date_to:
        add("q.started_at < CAST(? AS DATE) + 1" if dialect == "duckdb" else "q.started_at < CAST(? AS DATE) + 1",
            f.date_to)
    for column, value in (("q.channel", f.channel), ("q.language", f.language), ("q.queue", f.queue),
                          ("q.agent_id", f.agent), ("q.team" if materialized else "a.team", f.team)):
        if value:
            add(f"{column} = ?", value)
    if materialized:
        for column, value in (("flag_set", f.flag), ("failed_set", f.failed), ("topic_set", f.topic)):
            if value:
                add(f"contains(q.{column}, ?)", f",{value},")
    elif f.flag:
        add("EXISTS (SELECT 1 FROM fct_flag x WHERE x.interaction_id = q.interaction_id AND x.flag = ?)", f.flag)
    if f.failed and not materialized:
        add("EXISTS (SELECT 1 FROM fct_criterion c WHERE c.interaction_id = q.interaction_id "
            "AND c.criterion_id = ? AND c.result = 'fail')", f.failed)
    if f.topic and not materialized:
        add("EXISTS (SELECT 1 FROM fct_topic t WHERE t.interaction_id = q.interaction_id AND t.topic = ?)", f.topic)
    if f.score_min is not None:
        add("q.qa_score >= ?", f.score_min)
    if f.score_max is not None:
        add("q.qa_score <= ?", f.score_max)
    if f.reviewed:
        in_store = "list_contains(?, q.interaction_id)" if dialect == "duckdb" else "q.interaction_id = ANY(?)"
        reviewed = f"(q.n_verdicts > 0 OR {in_store})"
        add(reviewed if f.reviewed == "yes" else f"NOT {reviewed}", reviewed_ids)
    return " AND ".join(clauses), params


FROM = ("FROM qa_review_queue q JOIN fct_interaction i ON i.interaction_id = q.interaction_id "
        "LEFT JOIN dim_agent a ON a.agent_id = q.agent_id")


def queue_page(reader: WarehouseReader, f: QueueFilter, agent_only: str | None,
               reviewed_ids: list[str]) -> tuple[list[dict], int]:
    """One page of the queue and the number of matching interactions."""
    materialized = reader.materialized
    where, params = _where(f, agent_only, reviewed_ids, reader.dialect, materialized)
    order = SORTS[f.sort]
    if f.desc:
        order = ", ".join(part + " DESC" if "NULLS" not in part else part.replace(" NULLS", " DESC NULLS")
                          for part in order.split(", "))
    source = "FROM app_queue q" if materialized else FROM
    team, subject, night = (("q.team AS team", "q.subject AS subject", "q.run_date AS run_date") if materialized
                            else ("a.team AS team", "i.subject AS subject", "i.run_date AS run_date"))
    columns = sql_fragment([team, subject, night], sep=", ")
    rows = reader.query_dicts(
        f"SELECT q.interaction_id, q.channel, q.started_at, q.agent_id, q.queue, q.language, "
        f"q.qa_score, q.queue_reason, q.priority, q.flags, q.n_verdicts, {columns} "
        f"{sql_fragment([source])} WHERE {sql_fragment([where])} ORDER BY {sql_fragment([order])} LIMIT ? OFFSET ?",
        params + [f.per_page, (f.page - 1) * f.per_page])
    total = reader.query(f"SELECT count(*) {sql_fragment([source])} WHERE {sql_fragment([where])}", params)[0][0]
    return rows, int(total)


def filter_choices(reader: WarehouseReader) -> dict[str, list[str]]:
    """Values for the filter drop-downs."""
    def values(sql: str) -> list[str]:
        return [str(r[0]) for r in reader.query(sql) if r[0] is not None]

    return {
        "channel": values("SELECT DISTINCT channel FROM fct_interaction ORDER BY 1"),
        "language": values("SELECT DISTINCT language FROM fct_interaction ORDER BY 1"),
        "queue": values("SELECT DISTINCT queue FROM fct_interaction ORDER BY 1"),
        "team": values("SELECT DISTINCT team FROM dim_agent ORDER BY 1"),
        "flag": values("SELECT DISTINCT flag FROM fct_flag ORDER BY 1"),
        "failed": values("SELECT DISTINCT criterion_id FROM fct_criterion ORDER BY 1"),
        "night": values("SELECT DISTINCT run_date FROM fct_interaction ORDER BY 1 DESC LIMIT 60"),
    }
