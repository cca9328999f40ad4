"""PostgreSQL indexes for batched loads, the views and the QA queue (issue 12); DuckDB gets none."""

from __future__ import annotations

from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.schema import schema_files


def test_index_file_applies_to_postgresql_only():
    assert "indexes.postgresql.sql" in [p.name for p in schema_files("postgresql")]
    assert all("indexes" not in p.name for p in schema_files("duckdb"))


def test_postgres_schema_has_the_lookup_indexes(postgres_url: str):
    with Warehouse.connect(postgres_url) as wh:
        wh.execute("DROP DATABASE IF EXISTS sl_indexes")
        wh.execute("CREATE DATABASE sl_indexes")
    url = postgres_url.rsplit("/", 1)[0] + "/sl_indexes"
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        ensure_schema(wh)  # idempotent
        indexed = {(t, d.split("(", 1)[1].split(",")[0].rstrip(")")) for t, d in
                   wh.query("SELECT tablename, indexdef FROM pg_indexes WHERE indexname LIKE 'ix_%'")}
        wh.execute("SET enable_seqscan = off")
        plan = "\n".join(r[0] for r in wh.query(
            "EXPLAIN SELECT interaction_id, content_hash FROM fct_interaction WHERE interaction_id IN ('a', 'b')"))
    for table in ("fct_interaction", "fct_turn", "fct_topic", "fct_signal", "fct_criterion", "fct_flag",
                  "fct_call_metrics", "fct_interaction_identity", "fct_repeat_link", "fct_survey", "qa_review"):
        assert (table, "interaction_id") in indexed, table
    assert "ix_fct_interaction_id" in plan
