"""A hostile analyst through `servicelens query`: every attack fails with one clear line and the
warehouse stays byte-for-byte intact (DuckDB), or untouched (PostgreSQL, SELECT-only role)."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.warehouse import Warehouse
from tiny_warehouse import fill_tiny_warehouse


_fill = fill_tiny_warehouse


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    path = tmp_path / "warehouse.duckdb"
    _fill(f"duckdb:///{path}")
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE t AS SELECT 42 AS x")
    con.close()
    return path


def _attacks(wh: Path) -> dict[str, str]:
    other, tmp = wh.parent / "other.duckdb", wh.parent
    return {
        "attach other rw, detach, re-attach warehouse rw, delete": (
            f"ATTACH '{other}' AS o (READ_WRITE); USE o; DETACH warehouse; "
            f"ATTACH '{wh}' AS rw (READ_WRITE); DELETE FROM rw.fct_turn"),
        "attach warehouse again rw": f"ATTACH '{wh}' AS rw (READ_WRITE); DELETE FROM rw.fct_turn",
        "attach in-memory and switch": "ATTACH ':memory:' AS m; USE m; DETACH warehouse",
        "copy over the warehouse file": f"COPY (SELECT 1) TO '{wh}'",
        "copy to any file": f"COPY fct_turn TO '{tmp / 'stolen.csv'}'",
        "modify another duckdb file": f"ATTACH '{other}' AS o; INSERT INTO o.t VALUES (1)",
        "export database": f"EXPORT DATABASE '{tmp / 'dump'}'",
        "read_text": "SELECT * FROM read_text('/etc/shadow')",
        "read_csv": "SELECT * FROM read_csv('/etc/passwd')",
        "glob": "SELECT * FROM glob('/etc/*')",
        "scan a file by name": f"SELECT * FROM '{other}'",
        "switch external access back on": "SET enable_external_access = true",
        "unlock configuration": "SET lock_configuration = false",
        "reset access mode": "RESET access_mode",
        "install an extension": "INSTALL httpfs",
        "load an extension": "LOAD httpfs",
        "delete": "DELETE FROM fct_turn",
        "drop": "DROP TABLE fct_turn",
    }


@pytest.mark.parametrize("name", list(_attacks(Path("/x/warehouse.duckdb"))))
def test_every_duckdb_attack_fails_cleanly_and_leaves_the_warehouse_intact(warehouse: Path, name: str):
    before, other_before = _sha(warehouse), _sha(warehouse.parent / "other.duckdb")
    sql = _attacks(warehouse)[name]
    result = CliRunner().invoke(main, ["query", "--warehouse", f"duckdb:///{warehouse}", sql])
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: query failed: "), result.output
    assert "Traceback" not in result.output
    assert _sha(warehouse) == before
    assert _sha(warehouse.parent / "other.duckdb") == other_before
    assert not (warehouse.parent / "stolen.csv").exists() and not (warehouse.parent / "dump").exists()


def test_reads_still_work_after_the_lockdown(warehouse: Path):
    result = CliRunner().invoke(main, ["query", "--warehouse", f"duckdb:///{warehouse}", "--csv",
                                       "SELECT count(*) AS n FROM fct_turn"])
    assert result.exit_code == 0 and result.output.splitlines() == ["n", "3"]


def test_attack_in_a_real_process_prints_one_line_and_no_traceback(warehouse: Path):
    before = _sha(warehouse)
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "query", "--warehouse", f"duckdb:///{warehouse}",
                           "SELECT * FROM read_text('/etc/shadow')"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        'Error: query failed: Permission Error: Cannot access file "/etc/shadow" - file system operations are '
        'disabled by configuration']
    assert proc.stdout == "" and _sha(warehouse) == before


# --- PostgreSQL ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pg_url(postgres_url: str) -> str:
    """A database of its own on the session's throwaway server (other tests load the same ids)."""
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as con:
        con.execute("DROP DATABASE IF EXISTS sl_access_tests")
        con.execute("CREATE DATABASE sl_access_tests")
    return postgres_url.rsplit("/", 1)[0] + "/sl_access_tests"


def _pg_reader(postgres_url: str, role: str) -> str:
    _fill(postgres_url)
    result = CliRunner().invoke(main, ["grant-readonly", "--warehouse", postgres_url, "--role", role])
    assert result.exit_code == 0, result.output
    return postgres_url.replace("postgres@", f"{role}@", 1)


PG_ATTACKS = {
    "begin read write": "BEGIN READ WRITE; DELETE FROM fct_turn; COMMIT",
    "session back to read write": "SET default_transaction_read_only = off; DELETE FROM fct_turn",
    "truncate": "TRUNCATE fct_turn",
    "update": "UPDATE fct_interaction SET qa_score = 0",
    "create table": "CREATE TABLE public.evil (x int)",
    "copy to a server file": "COPY fct_turn TO '/tmp/servicelens-stolen.csv'",
    "read a server file": "SELECT pg_read_file('/etc/passwd')",
    "become the owner": "SET ROLE postgres; DELETE FROM fct_turn",
}


def test_postgres_reader_role_cannot_write(pg_url: str):
    postgres_url = pg_url
    reader = _pg_reader(postgres_url, "sl_reader_attacks")
    with Warehouse.connect(postgres_url) as owner:
        counts = owner.query("SELECT (SELECT count(*) FROM fct_turn), (SELECT count(*) FROM fct_interaction)")[0]
    for name, sql in PG_ATTACKS.items():
        result = CliRunner().invoke(main, ["query", "--warehouse", reader, sql])
        assert result.exit_code == 1, (name, result.output)
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: query failed: "), (name, result.output)
    ok = CliRunner().invoke(main, ["query", "--warehouse", reader, "--csv", "SELECT count(*) AS n FROM fct_turn"])
    assert ok.exit_code == 0 and ok.output.splitlines() == ["n", str(counts[0])], ok.output
    with Warehouse.connect(postgres_url) as owner:
        assert owner.query("SELECT (SELECT count(*) FROM fct_turn), (SELECT count(*) FROM fct_interaction)")[0] == counts
        assert not owner.table_exists("evil")
    assert not Path("/tmp/servicelens-stolen.csv").exists()


def test_postgres_query_refuses_a_role_that_can_write(pg_url: str):
    postgres_url = pg_url
    _fill(postgres_url)
    result = CliRunner().invoke(main, ["query", "--warehouse", postgres_url, "BEGIN READ WRITE; DELETE FROM fct_turn; COMMIT"])
    assert result.exit_code == 1
    assert "refusing to run analyst SQL as a role that can write" in result.output
    assert "superuser" in result.output
    with Warehouse.connect(postgres_url) as owner:
        assert owner.query("SELECT count(*) FROM fct_turn")[0][0] > 0


def test_reader_role_sees_tables_created_after_the_grant(pg_url: str):
    postgres_url = pg_url
    reader = _pg_reader(postgres_url, "sl_reader_later")
    with Warehouse.connect(postgres_url) as owner:
        owner.execute("CREATE TABLE IF NOT EXISTS later_table (x int)")
        owner.execute("INSERT INTO later_table VALUES (7)")
    result = CliRunner().invoke(main, ["query", "--warehouse", reader, "--csv", "SELECT x FROM later_table"])
    assert result.exit_code == 0 and result.output.splitlines() == ["x", "7"], result.output
