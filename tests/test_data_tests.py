"""Declared data tests (``pipeline/warehouse/sql/tests.yaml``): what they declare, that broken rows
fail the matching test by name and count, the night's last step and ``servicelens check-warehouse``."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.catalog import load_catalog, schema_objects
from pipeline.warehouse.data_tests import (
    DataTest, DataTestSuite, compile_tests, declared_tests, failures, load_suite, record_results, run_data_tests,
)

FIXTURES = Path(__file__).parent / "fixtures"
DEMO_NIGHTS = Path(__file__).resolve().parent.parent / "demo" / "nights"


@pytest.fixture
def wh(duckdb_url: str):
    with Warehouse.connect(duckdb_url) as w:
        ensure_schema(w)
        yield w


def _failing(results) -> dict[str, int]:
    return {r.test.name: r.offending for r in failures(results)}


def test_declared_tests_name_tables_and_columns_that_exist():
    suite = load_suite()
    with Warehouse.connect("duckdb:///:memory:") as wh:
        ensure_schema(wh)
        objects = schema_objects(wh)
    stale = [t for t in suite.root if t not in objects]
    for table, declared in suite.root.items():
        columns = objects.get(table, ("", []))[1]
        stale += [f"{table}.{c}" for c in list(declared.columns) + declared.unique_key if c not in columns]
        for tests in declared.columns.values():
            for test in tests:
                rel = getattr(test, "relationships", None)
                if rel is not None and rel.field not in objects.get(rel.to, ("", []))[1]:
                    stale.append(f"{table} -> {rel.to}.{rel.field}")
    assert stale == []


def test_every_fact_and_dimension_has_its_catalog_key_tested_for_uniqueness():
    suite, catalog = load_suite(), load_catalog()
    untested = []
    for name, doc in catalog.objects.items():
        if not name.startswith(("fct_", "dim_")):
            continue
        declared = suite.root.get(name)
        single = len(doc.keys) == 1 and declared is not None and "unique" in declared.columns.get(doc.keys[0], [])
        composite = declared is not None and declared.unique_key == doc.keys
        if not (single or composite):
            untested.append(f"{name} {doc.keys}")
    assert untested == []


def test_each_kind_compiles_to_one_select_with_values_as_parameters():
    suite = DataTestSuite.model_validate({"fct_turn": {"unique_key": ["interaction_id", "turn_index"], "columns": {
        "speaker": ["not_null", {"accepted_values": ["agent", "o'brien"]}],
        "interaction_id": ["unique", {"relationships": {"to": "fct_interaction", "field": "interaction_id"}}]}}})
    tests = {t.kind: t for t in compile_tests(suite)}
    assert set(tests) == {"unique_key", "not_null", "accepted_values", "unique", "relationships"}
    assert all(t.sql.startswith("SELECT ") and ";" not in t.sql for t in tests.values())
    assert tests["accepted_values"].params == ("agent", "o'brien") and "o'brien" not in tests["accepted_values"].sql
    assert tests["relationships"].name == "relationships(fct_turn.interaction_id -> fct_interaction.interaction_id)"


@pytest.mark.parametrize("bad", [
    {"fct_turn; DROP TABLE etl_run": {"columns": {"speaker": ["not_null"]}}},
    {"fct_turn": {"columns": {"speaker) FROM x; --": ["not_null"]}}},
    {"fct_turn": {"columns": {"speaker": [{"relationships": {"to": "nope", "field": "x"}}]}}},
])
def test_names_outside_the_schema_are_refused(bad):
    with pytest.raises(ValueError):
        compile_tests(DataTestSuite.model_validate(bad))


@pytest.mark.parametrize("bad", [
    {"fct_turn": {"columns": {"speaker": ["unique_ish"]}}},
    {"fct_turn": {"columns": {"speaker": [{"accepted_values": []}]}}},
    {"fct_turn": {"primary_key": ["speaker"]}},
])
def test_unknown_test_syntax_is_refused(bad):
    with pytest.raises(ValueError):
        DataTestSuite.model_validate(bad)


def test_broken_rows_fail_the_matching_tests_with_names_and_counts(wh):
    assert _failing(run_data_tests(wh)) == {}  # an empty warehouse breaks nothing
    wh.insert_rows("etl_run", ("run_id", "status"), [("r1", "succeeded")])
    wh.insert_rows("fct_interaction", ("interaction_id", "channel", "run_id"),
                   [("chat:1", "chat", "r1"), ("chat:2", "chat", "r1"), ("chat:3", "fax", "r1")])
    wh.insert_rows("fct_topic", ("interaction_id", "taxonomy", "topic"), [("chat:1", "default", "billing")])
    wh.insert_rows("fct_criterion", ("interaction_id", "criterion_id", "result"), [("chat:1", "greeting", "pass")])
    assert _failing(run_data_tests(wh)) == {"accepted_values(fct_interaction.channel)": 1}
    wh.execute("UPDATE fct_interaction SET channel = 'email' WHERE interaction_id = 'chat:3'")
    assert _failing(run_data_tests(wh)) == {}

    wh.insert_rows("fct_interaction", ("interaction_id", "channel", "run_id"), [("chat:2", "chat", "r1")])  # dup key
    wh.insert_rows("fct_criterion", ("interaction_id", "criterion_id", "result"), [("chat:2", "greeting", "maybe")])
    wh.insert_rows("fct_topic", ("interaction_id", "taxonomy", "topic"), [("chat:404", "default", "billing")])  # orphan
    wh.insert_rows("fct_turn", ("interaction_id", "turn_index", "speaker"), [("chat:1", 0, "agent"), ("chat:1", 0, "agent")])
    assert _failing(run_data_tests(wh)) == {
        "unique(fct_interaction.interaction_id)": 2,
        "accepted_values(fct_criterion.result)": 1,
        "relationships(fct_topic.interaction_id -> fct_interaction.interaction_id)": 1,
        "unique_key(fct_turn: interaction_id, turn_index)": 2,
    }
    assert {r.test.name for r in run_data_tests(wh, only="fct_topic")} == {
        "unique_key(fct_topic: interaction_id, taxonomy, topic)",
        "relationships(fct_topic.interaction_id -> fct_interaction.interaction_id)"}


def test_a_test_whose_query_fails_is_reported_not_raised(wh):
    broken = DataTest("not_null(x.y)", "not_null", "x", "y", "SELECT count(*) FROM no_such_table")
    [result] = run_data_tests(wh, [broken])
    assert not result.passed and "no_such_table" in (result.error or "")


def test_results_are_recorded_once_per_run(wh):
    results = run_data_tests(wh)
    record_results(wh, "r1", results)
    record_results(wh, "r1", results)  # a re-run replaces, adds nothing twice
    assert wh.query("SELECT count(*), count(DISTINCT test_name), bool_and(passed) FROM etl_data_test "
                    "WHERE run_id = 'r1'")[0] == (len(results), len(results), True)


def test_the_night_step_degrades_the_run_and_names_the_test(wh):
    from pipeline.flows.run_record import NightSummary, finish_run
    from pipeline.flows.steps import data_tests
    from pipeline.runtime import degradation

    wh.insert_rows("etl_run", ("run_id", "status"), [("r1", "running")])
    wh.insert_rows("fct_interaction", ("interaction_id", "channel", "run_id"), [("chat:1", "chat", "r1")])
    wh.insert_rows("fct_flag", ("interaction_id", "flag", "priority"), [("chat:9", "repeat_contact", 3)])
    degradation.start()
    counts = data_tests(wh, SimpleNamespace(run_id="r1"))
    assert counts["failed"] == ["relationships(fct_flag.interaction_id -> fct_interaction.interaction_id)"]
    finish_run(wh, NightSummary(run_id="r1", run_date="2026-11-20", warehouse_url="", data_tests=counts), 1)
    status, reason, stored = wh.query("SELECT status, degraded_reason, counts FROM etl_run WHERE run_id = 'r1'")[0]
    assert status == "degraded"
    assert "data test failed: relationships(fct_flag.interaction_id -> fct_interaction.interaction_id): " \
           "1 offending row" in reason
    assert json.loads(stored)["data_tests"]["failed"] == counts["failed"]
    assert wh.query("SELECT test_name, offending_rows FROM etl_data_test WHERE NOT passed") == [
        ("relationships(fct_flag.interaction_id -> fct_interaction.interaction_id)", 1)]
    degradation.start()


def test_check_warehouse_is_read_only_and_exits_1_on_a_failing_test(duckdb_url: str):
    with Warehouse.connect(duckdb_url) as wh:
        ensure_schema(wh)
        wh.insert_rows("fct_survey", ("survey_id", "survey_type", "score"), [("s1", "csat", 5), ("s2", "stars", 4)])
    ok = CliRunner().invoke(main, ["check-warehouse", "--warehouse", duckdb_url, "--only", "fct_interaction", "--json"])
    assert ok.exit_code == 0, ok.output
    assert {row["result"] for row in json.loads(ok.stdout)} == {"pass"}
    bad = CliRunner().invoke(main, ["check-warehouse", "--warehouse", duckdb_url, "--failed", "--json"])
    assert bad.exit_code == 1
    assert json.loads(bad.stdout) == [{"test": "accepted_values(fct_survey.survey_type)", "offending_rows": 1,
                                       "result": "FAIL", "seconds": json.loads(bad.stdout)[0]["seconds"]}]
    with Warehouse.connect(duckdb_url) as wh:
        assert wh.query("SELECT count(*) FROM etl_data_test")[0][0] == 0  # the CLI wrote nothing
    unknown = CliRunner().invoke(main, ["check-warehouse", "--warehouse", duckdb_url, "--only", "nope"])
    assert unknown.exit_code != 0 and "no declared tests for 'nope'" in unknown.output


def _night_passes_all_tests(url: str, nights: list[str], source: Path) -> None:
    from pipeline.flows.nightly import run_night

    for night in nights:
        summary = run_night(night, source, url, use_prefect=False)
        assert summary.data_tests["failed"] == [], summary.data_tests
        assert summary.data_tests["tests"] == len(declared_tests())
    with Warehouse.connect(url) as wh:
        rows = wh.query("SELECT count(*), count(DISTINCT run_id), bool_and(passed) FROM etl_data_test")[0]
        assert rows == (len(declared_tests()) * len(nights), len(nights), True)
        assert wh.query("SELECT count(*) FROM fct_interaction")[0][0] > 0
        assert run_data_tests(wh) and _failing(run_data_tests(wh)) == {}


@pytest.mark.slow
def test_the_demo_nights_pass_every_declared_test_on_duckdb(tmp_path: Path):
    nights = sorted(p.name for p in DEMO_NIGHTS.iterdir() if p.is_dir()) if DEMO_NIGHTS.is_dir() else []
    if not nights:
        pytest.skip(f"demo data absent: no night folder under {DEMO_NIGHTS}")
    _night_passes_all_tests(f"duckdb:///{tmp_path / 'warehouse.duckdb'}", nights, DEMO_NIGHTS)


@pytest.mark.slow
def test_a_night_passes_every_declared_test_on_postgres(fresh_postgres_url: str):
    _night_passes_all_tests(fresh_postgres_url, ["2026-11-20"], FIXTURES / "night_small")


def test_dbt_sources_carry_every_object_description_and_declared_test(tmp_path: Path):
    import yaml

    from pipeline.warehouse.dbt_sources import write_dbt_sources

    doc = yaml.safe_load(write_dbt_sources(tmp_path / "sources.yml").read_text(encoding="utf-8"))
    [source] = doc["sources"]
    tables = {t["name"]: t for t in source["tables"]}
    assert doc["version"] == 2 and set(tables) == set(load_catalog().objects)
    columns = {c["name"]: c for c in tables["fct_interaction"]["columns"]}
    assert columns["interaction_id"]["data_tests"] == ["unique", "not_null"]
    assert columns["agent_id"]["data_tests"] == [
        {"relationships": {"arguments": {"to": "source('servicelens', 'dim_agent')", "field": "agent_id"}}}]
    assert {"accepted_values": {"arguments": {"values": ["call", "chat", "email", "webform"]}}} in \
        columns["channel"]["data_tests"]
    assert columns["customer_id"]["description"].startswith("Pseudonymous customer key")
    [key] = tables["fct_turn"]["data_tests"]
    assert "turn_index" in key["unique"]["arguments"]["column_name"]
    n_tests = sum(len(c.get("data_tests", [])) for t in tables.values() for c in t["columns"])
    n_tests += sum(len(t.get("data_tests", [])) for t in tables.values())
    assert n_tests == len(declared_tests())


def test_cli_night_summary_counts_the_data_tests(capsys):
    from pipeline.commands.night import print_summary
    from pipeline.flows.run_record import NightSummary

    s = NightSummary("r", "2026-11-20", "duckdb:///x", status="degraded", data_tests={
        "tests": 67, "failed": ["unique(fct_interaction.interaction_id)"]},
        degraded_reasons=["data test failed: unique(fct_interaction.interaction_id): 2 offending rows"])
    with pytest.raises(Exception):  # noqa: B017 - no warehouse at that URL: the night part was printed first
        print_summary([s], "duckdb:////nonexistent/dir/x.duckdb")
    out = capsys.readouterr().out
    assert "data tests 66 of 67 passed" in out and "unique(fct_interaction.interaction_id): 2 offending rows" in out
