"""Both backends, same answers (issue 17, item 5): every `servicelens query` example in README.md and
every query the CLI prints runs on DuckDB and PostgreSQL through the CLI and gives the same rows."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.commands.night import EXAMPLE_QUERY
from pipeline.flows.nightly import run_night

PROJECT = Path(__file__).resolve().parent.parent
PRINTED_BY_CLI = [EXAMPLE_QUERY, "SELECT * FROM etl_quarantine"]  # printed by the demo / run summary
VOLATILE = ("etl_quarantine",)  # run ids and timestamps differ between the two loads


def readme_queries() -> list[str]:
    text = (PROJECT / "README.md").read_text(encoding="utf-8")
    return re.findall(r'^servicelens query "([^"]+)"', text, flags=re.MULTILINE)


def _norm(value):
    if isinstance(value, float):
        return round(value, 6)
    return value


def _rows(url: str, sql: str) -> list[dict]:
    result = CliRunner().invoke(main, ["query", "--warehouse", url, "--json", sql])
    assert result.exit_code == 0, f"{sql}\n{result.output}"
    return [{k: _norm(v) for k, v in row.items()} for row in json.loads(result.output)]


@pytest.fixture(scope="module")
def loaded(tmp_path_factory, postgres_url):
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS both_backends")
        con.execute("CREATE DATABASE both_backends")
    pg = postgres_url.rsplit("/", 1)[0] + "/both_backends"
    duck = f"duckdb:///{tmp_path_factory.mktemp('both') / 'warehouse.duckdb'}"
    night = Path(__file__).parent / "fixtures" / "night_small"
    for url in (duck, pg):
        run_night("2026-11-20", night, url, use_prefect=False)
    # analysts query PostgreSQL as a SELECT-only role (`servicelens query` refuses a role that can write)
    granted = CliRunner().invoke(main, ["grant-readonly", "--warehouse", pg, "--role", "sl_both_reader"])
    assert granted.exit_code == 0, granted.output
    return duck, pg.replace("postgres@", "sl_both_reader@", 1)


def query_help_examples() -> list[str]:
    result = CliRunner().invoke(main, ["query", "--help"], terminal_width=400)
    return re.findall(r'servicelens query "([^"]+)"', result.output)


def test_readme_has_the_examples():
    assert query_help_examples()
    queries = readme_queries()
    assert len(queries) >= 6
    assert any("agent_scorecard_summary" in q for q in queries) and any("fcr_pct_null_reason" in q for q in queries)


@pytest.mark.slow
@pytest.mark.parametrize("sql", readme_queries() + PRINTED_BY_CLI + query_help_examples())
def test_query_runs_on_both_backends_with_the_same_answer(loaded, sql):
    duck, pg = loaded
    on_duckdb, on_postgres = _rows(duck, sql), _rows(pg, sql)
    assert len(on_duckdb) == len(on_postgres)
    if any(t in sql for t in VOLATILE):
        return
    if "ORDER BY" not in sql.upper():
        on_duckdb, on_postgres = (sorted(r, key=lambda d: json.dumps(d, sort_keys=True)) for r in (on_duckdb, on_postgres))
    assert on_duckdb == on_postgres
