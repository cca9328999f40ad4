"""A night's identity does not depend on how its source folder is typed (issue 17, item 3).

After a first run with an absolute path (as ``make demo`` does), README's commands with a relative
path, a trailing slash, ``./`` and a symlink must find every interaction unchanged and add no
quarantine row.
"""

import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.warehouse import Warehouse


def _source(tmp_path: Path, fixtures: Path) -> Path:
    night = tmp_path / "nights" / "2026-11-20"
    shutil.copytree(fixtures / "night_small", night)
    for name in ("bad_encoding.csv", "mixed.jsonl", "notes.txt"):  # a few items that are quarantined
        shutil.copy(fixtures / "night_broken" / "chats" / name, night / "chats" / name)
    return tmp_path / "nights"


def _counts(url: str) -> dict[str, int]:
    with Warehouse.connect(url, read_only=True) as wh:
        return {t: wh.query(f"SELECT count(*) FROM {t}")[0][0]
                for t in ("fct_interaction", "fct_turn", "etl_quarantine", "dim_customer")}


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--no-prefect"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_rerun_with_other_spellings_of_the_source_changes_nothing(tmp_path: Path, fixtures: Path, monkeypatch):
    source = _source(tmp_path, fixtures)
    url = f"duckdb:///{tmp_path}/warehouse.duckdb"
    (tmp_path / "link").symlink_to(source, target_is_directory=True)
    _run("run", "--date", "2026-11-20", "--source", str(source.resolve()), "--warehouse", url)
    before = _counts(url)
    assert before["fct_interaction"] == 5 and before["etl_quarantine"] > 0

    monkeypatch.chdir(tmp_path)
    for spelling in ("nights", "nights/", "./nights", "link", str(source) + os.sep):
        _run("run", "--date", "2026-11-20", "--source", spelling, "--warehouse", url)
    _run("backfill", "--from", "2026-11-20", "--to", "2026-11-20", "--source", "nights", "--warehouse", url)
    after = _counts(url)
    assert after == before, (before, after)
    with Warehouse.connect(url, read_only=True) as wh:
        runs = wh.query("SELECT n_loaded, n_unchanged, source FROM etl_run WHERE status = 'succeeded' ORDER BY started_at")
    assert [r[0] for r in runs] == [5, 0, 0, 0, 0, 0, 0]
    assert all(r[1] == 5 for r in runs[1:])
    assert {r[2] for r in runs} == {str(source.resolve())}
