from datetime import date, datetime, timezone

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_interactions


def _warehouse(url: str) -> None:
    t0 = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        load_interactions(wh, [Interaction("chat:1", Channel.CHAT, t0, turns=[Turn(0, Speaker.CUSTOMER, "Привет, вопрос", started_at=t0)]),
                               Interaction("chat:2", Channel.CHAT, t0, turns=[Turn(0, Speaker.CUSTOMER, "Hi", started_at=t0)])],
                          [], RunInfo("r1", date(2026, 11, 20)))


def test_help_lists_every_command():
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for name in ("run", "backfill", "demo", "query", "train", "evaluate", "review", "trends"):
        assert name in result.output


def test_query_prints_a_table_and_csv(duckdb_url: str):
    _warehouse(duckdb_url)
    runner = CliRunner()
    table = runner.invoke(main, ["query", "--warehouse", duckdb_url, "SELECT interaction_id, n_turns FROM fct_interaction ORDER BY 1"])
    assert table.exit_code == 0, table.output
    assert "chat:1" in table.output and "2 row(s)" in table.output
    csv_out = runner.invoke(main, ["query", "--warehouse", duckdb_url, "--csv",
                                   "SELECT interaction_id, channel FROM fct_interaction ORDER BY 1"])
    assert csv_out.output.splitlines() == ["interaction_id,channel", "chat:1,chat", "chat:2,chat"]


def test_query_connection_is_read_only(duckdb_url: str):
    _warehouse(duckdb_url)
    result = CliRunner().invoke(main, ["query", "--warehouse", duckdb_url, "DELETE FROM fct_interaction"])
    assert result.exit_code != 0 and "read-only" in result.output.lower()
    with Warehouse.connect(duckdb_url, read_only=True) as wh:
        assert wh.query("SELECT count(*) FROM fct_interaction")[0][0] == 2


def test_run_rejects_a_missing_night(tmp_path, duckdb_url: str):
    result = CliRunner().invoke(main, ["run", "--date", "2026-11-20", "--source", str(tmp_path), "--warehouse",
                                       duckdb_url, "--no-prefect"])
    assert result.exit_code != 0
    assert "no input files for 2026-11-20" in str(result.exception)


def test_export_writes_parquet_that_reads_back(duckdb_url: str, tmp_path):
    import duckdb

    _warehouse(duckdb_url)
    out = tmp_path / "parquet"
    result = CliRunner().invoke(main, ["export", "--warehouse", duckdb_url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert (out / "fct_turn.parquet").is_file() and (out / "fct_interaction" / "run_date=2026-11-20").is_dir()
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*) FROM read_parquet('{out}/fct_interaction/**/*.parquet')").fetchone()[0] == 2
    assert con.execute(f"SELECT text FROM '{out}/fct_turn.parquet' ORDER BY 1").fetchall() == [("Hi",), ("Привет, вопрос",)]
    again = CliRunner().invoke(main, ["export", "--warehouse", duckdb_url, "--out", str(out), "--table", "fct_turn"])
    assert again.exit_code == 0 and "fct_turn" in again.output
    missing = CliRunner().invoke(main, ["export", "--warehouse", duckdb_url, "--out", str(out), "--table", "nope"])
    assert missing.exit_code != 0 and "no such table" in missing.output


def test_export_to_a_path_with_an_apostrophe_and_sql_in_it(duckdb_url: str, tmp_path):
    _warehouse(duckdb_url)
    out = tmp_path / "it's (FORMAT CSV); COPY fct_turn TO 'x"
    result = CliRunner().invoke(main, ["export", "--warehouse", duckdb_url, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.parent.iterdir() if p.name != "warehouse.duckdb") == [out.name]
    import pyarrow.parquet as pq

    assert sorted(pq.read_table(out / "fct_turn.parquet").column("text").to_pylist()) == ["Hi", "Привет, вопрос"]
    partitioned = pq.read_table(out / "fct_interaction")
    assert partitioned.num_rows == 2 and (out / "fct_interaction" / "run_date=2026-11-20").is_dir()
