"""Terminal output: data is never read as rich markup, ids are never cut, JSON/CSV for scripts."""

import csv
import io
import json
from datetime import date, datetime, timezone

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.commands.tables import build_table, write_csv
from pipeline.model import Channel, Flag, Interaction, Speaker, Turn
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import RunInfo, load_interactions

LONG_ID = "chat:conversation-0123456789abcdef"
NASTY = "closing tag [/] and [link=https://evil.example]click[/link] and [bold]x"


def _warehouse(url: str) -> None:
    t0 = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
    ixs = [
        Interaction(LONG_ID, Channel.CHAT, t0, agent_id="A-[/]",
                    turns=[Turn(0, Speaker.CUSTOMER, NASTY, started_at=t0)],
                    flags=[Flag("complaint", 1, NASTY)]),
        Interaction("chat:2", Channel.CHAT, t0, turns=[Turn(0, Speaker.CUSTOMER, "line one\nline two", started_at=t0)]),
    ]
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        load_interactions(wh, ixs, [], RunInfo("r1", date(2026, 11, 20)))
        wh.execute("UPDATE fct_interaction SET qa_score = 40")


def _invoke(*args, width: int = 60):
    return CliRunner().invoke(main, list(args), env={"COLUMNS": str(width)}, terminal_width=width)


def test_query_prints_markup_in_data_literally(duckdb_url: str):
    _warehouse(duckdb_url)
    result = _invoke("query", "--warehouse", duckdb_url, "SELECT text FROM fct_turn ORDER BY interaction_id",
                     width=200)
    assert result.exit_code == 0, result.output
    assert "[/]" in result.output and "[link=https://evil.example]" in result.output and "[bold]x" in result.output


def test_review_queue_prints_markup_literally_and_keeps_ids_whole(duckdb_url: str):
    _warehouse(duckdb_url)
    result = _invoke("review", "--warehouse", duckdb_url, width=100)
    assert result.exit_code == 0, result.output
    assert LONG_ID in result.output  # on one line, not cut or folded at 100 columns
    assert max(len(line) for line in result.output.splitlines()) <= 100
    assert "A-[/]" in result.output
    shown = _invoke("review", "--warehouse", duckdb_url, "show", LONG_ID, width=100)
    assert shown.exit_code == 0, shown.output
    assert "[/]" in shown.output and "[link=https://evil.example]" in shown.output


def test_query_table_fits_a_narrow_terminal_but_keeps_ids(duckdb_url: str):
    _warehouse(duckdb_url)
    sql = "SELECT interaction_id, text FROM fct_turn ORDER BY interaction_id"
    narrow = _invoke("query", "--warehouse", duckdb_url, sql, width=80)
    assert narrow.exit_code == 0, narrow.output
    assert max(len(line) for line in narrow.output.splitlines()) <= 80
    assert LONG_ID in narrow.output
    wide = _invoke("query", "--warehouse", duckdb_url, "--wide", sql, width=80)
    assert any(len(line) > 80 for line in wide.output.splitlines())


def test_query_json_and_csv_for_scripts(duckdb_url: str):
    _warehouse(duckdb_url)
    sql = "SELECT interaction_id, t.text, i.qa_score, i.started_at FROM fct_turn t JOIN fct_interaction i USING (interaction_id) ORDER BY 1"
    as_json = _invoke("query", "--warehouse", duckdb_url, "--json", sql)
    records = json.loads(as_json.output)
    assert records[1] == {"interaction_id": LONG_ID, "text": NASTY, "qa_score": 40.0,
                          "started_at": "2026-11-20T09:00:00"}
    as_csv = _invoke("query", "--warehouse", duckdb_url, "--csv", sql)
    assert "\r\n" not in as_csv.output
    rows = list(csv.reader(io.StringIO(as_csv.output)))
    assert rows[0] == ["interaction_id", "text", "qa_score", "started_at"]
    assert rows[1][1] == "line one\nline two" and rows[2][1] == NASTY


def test_review_json_has_the_night(duckdb_url: str):
    _warehouse(duckdb_url)
    out = _invoke("review", "--warehouse", duckdb_url, "--json", "--night", "2026-11-20")
    assert out.exit_code == 0, out.output
    records = json.loads(out.output)
    assert records and all(r["night"] == "2026-11-20" for r in records)
    other = _invoke("review", "--warehouse", duckdb_url, "--json", "--night", "2026-11-21")
    assert json.loads(other.output) == []


def test_csv_writer_uses_newline_and_empty_null():
    out = io.StringIO()
    write_csv(["a", "b"], [(1, None), ("x", "y")], out)
    assert out.getvalue() == "a,b\n1,\nx,y\n"


def test_table_cells_are_text_not_markup():
    from rich.console import Console

    console = Console(width=120, file=io.StringIO())
    console.print(build_table(["interaction_id", "reason"], [("chat:1", "[/]"), ("chat:2", None)]))
    text = console.file.getvalue()
    assert "[/]" in text and "None" not in text
