"""SQL transformation files (``pipeline/warehouse/sql/transforms``) and their loader."""

from __future__ import annotations

import pytest

from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.transforms import (
    TRANSFORMS_DIR, TransformError, load_transform, parse_transform, query_transform, row_count, run_transform,
    transform_names,
)

PIPELINE = TRANSFORMS_DIR.parents[2]


def test_every_transform_file_parses_with_a_header_and_one_statement():
    names = transform_names()
    assert len(names) >= 30
    assert {n.split("_")[0] for n in names} == {"repeat", "merge"}
    for name in names:
        transform = load_transform(name)
        assert transform.description, name
        assert transform.sql.split()[0].upper() in {"SELECT", "CREATE", "INSERT", "UPDATE", "DELETE", "WITH"}, name


def test_every_transform_file_is_used_by_the_python_that_orchestrates_it():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (PIPELINE / "customers").glob("*.py"))
    assert [n for n in transform_names() if f'"{n}"' not in sources] == []


def test_named_parameters_are_bound_in_order_and_lists_expand():
    transform = parse_transform("t", "-- test\n-- params: a, kinds\n"
                                     "SELECT 1 FROM t WHERE x = :a AND k IN (:kinds) AND y = :a")
    sql, values = transform.bind({"a": 5, "kinds": ["id", "phone"]})
    assert sql == "SELECT 1 FROM t WHERE x = ? AND k IN (?, ?) AND y = ?"
    assert values == [5, "id", "phone", 5]


def test_string_literals_and_casts_are_not_parameters():
    transform = parse_transform("t", "-- test\n-- params: b\n"
                                     "SELECT '{\"a\": 1}' || ':x', CAST(y AS TEXT)::TEXT, :b FROM t")
    sql, values = transform.bind({"b": "v"})
    assert sql == "SELECT '{\"a\": 1}' || ':x', CAST(y AS TEXT)::TEXT, ? FROM t" and values == ["v"]


def test_comments_inside_the_statement_are_dropped_literals_kept():
    transform = parse_transform("t", "-- test\n-- params: b\nSELECT '--x', :b -- don't bind :c here\nFROM t")
    assert transform.bind({"b": 1}) == ("SELECT '--x', ? \nFROM t", [1])


@pytest.mark.parametrize("text, message", [
    ("SELECT 1", "header comment"),
    ("-- x\n-- params:\nSELECT :a", "parameters used versus declared"),
    ("-- x\n-- params: a\nSELECT 1", "parameters used versus declared"),
    ("-- x\n-- params:\nSELECT 1; DELETE FROM t", "one statement per file"),
    ("-- x\n-- params:\nSELECT ?", "one statement per file"),
    ("-- x\n-- params:\n-- identifiers: table\nSELECT 1", "identifiers used versus declared"),
])
def test_malformed_files_are_refused(text: str, message: str):
    with pytest.raises(TransformError, match=message):
        parse_transform("t", text)


def test_wrong_parameters_or_identifiers_are_refused():
    with pytest.raises(TransformError, match="missing"):
        load_transform("repeat_links_insert").bind({})
    with pytest.raises(TransformError, match="unexpected"):
        load_transform("repeat_scope").bind({"x": 1})
    with pytest.raises(ValueError, match="no such table"):
        load_transform("merge_repoint_customer").bind({}, {"table": "fct_interaction; DROP TABLE etl_run"})
    with pytest.raises(TransformError, match="empty list"):
        load_transform("merge_carried_identities").bind({"kinds": [], "link_channels": ["chat"]})
    with pytest.raises(TransformError, match="not a transform name"):
        load_transform("../sql/00_core")


def test_identifiers_go_through_the_schema_whitelist():
    sql, values = load_transform("merge_repoint_customer").bind({}, {"table": "fct_survey"})
    assert sql.startswith("UPDATE fct_survey SET customer_id") and "fct_survey.customer_id" in sql and values == []


def test_a_temp_table_transform_runs_twice_in_one_connection(duckdb_url: str):
    with Warehouse.connect(duckdb_url) as wh:
        ensure_schema(wh)
        wh.insert_rows("fct_interaction", ("interaction_id", "channel", "customer_id", "run_id"),
                       [("chat:1", "chat", "c1", "r1"), ("chat:2", "chat", "c2", "r0")])
        wh.execute("UPDATE fct_interaction SET is_repeat = FALSE WHERE interaction_id = 'chat:2'")
        run_transform(wh, "repeat_touched", run_id="r1", full=False)
        assert wh.query("SELECT interaction_id FROM _sl_touched") == [("chat:1",)]
        run_transform(wh, "repeat_touched", run_id="r1", full=True)  # dropped and rebuilt
        assert row_count(wh, "_sl_touched") == 2
        assert query_transform(wh, "repeat_newest_contact") == [(None,)]


def test_merging_and_repeat_transforms_run_on_postgres(fresh_postgres_url: str):
    """The transform files on PostgreSQL: list expansion (IN (:kinds)), {{table}} re-pointing, the
    label-propagation loop; the merged warehouse passes the declared data tests."""
    from test_repeat import T0, add, links, run, status

    from pipeline.warehouse.data_tests import failures, run_data_tests

    with Warehouse.connect(fresh_postgres_url) as wh:
        ensure_schema(wh)
        add(wh, [("call:1", "phone:aaa", 0, "call", ["router"]), ("email:1", "email:bbb", 20, "email", ["router"])])
        wh.insert_rows("dim_customer", ("customer_id", "first_seen_at", "last_seen_at"),
                       [("phone:aaa", T0, T0), ("email:bbb", T0, T0)])
        wh.insert_rows("fct_interaction_identity", ("interaction_id", "identity", "identity_type"),
                       [("call:1", "phone:aaa", "phone"), ("email:1", "email:bbb", "email")])
        wh.insert_rows("etl_run", ("run_id", "status"), [("r1", "succeeded"), ("r2", "succeeded")])
        run(wh)
        add(wh, [("chat:1", "email:bbb", 40, "chat", ["router"])], run_id="r2")
        wh.insert_rows("fct_interaction_identity", ("interaction_id", "identity", "identity_type"),
                       [("chat:1", "phone:aaa", "phone"), ("chat:1", "email:bbb", "email")])
        counts = run(wh, "r2")
        assert counts["merged_customers"] == 1
        assert wh.query("SELECT customer_id FROM dim_customer") == [("phone:aaa",)]
        assert wh.query("SELECT merged_customer_id, customer_id FROM dim_customer_merge") == [("email:bbb", "phone:aaa")]
        assert links(wh)[("chat:1", "7d")][:1] == ("email:1",)
        assert status(wh)["call:1"][1] == "not_resolved"
        assert wh.query("SELECT count(*) FROM fct_flag WHERE flag = 'repeat_contact'")[0][0] == 2
        assert [r.describe() for r in failures(run_data_tests(wh))] == []
