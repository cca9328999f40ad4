"""A non-editable install (``pip install .``) finds its rules, models, SQL and demo data.

The wheel is built from this checkout and unpacked into a folder that shadows the editable
install; the CLI then runs a night from an unrelated working directory, where neither ``rules/``
nor ``models/`` exist, so everything must come from the package itself.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.config import PACKAGE_DIR

ROOT = PACKAGE_DIR.parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    source = tmp_path_factory.mktemp("source")  # the checkout's files only: no stale build/ of earlier builds
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"], cwd=ROOT,
                            capture_output=True, check=True).stdout.decode().split("\0")
    for name in filter(None, listed):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
                   check=True, cwd=out, timeout=600)
    wheel, = out.glob("servicelens-*.whl")
    target = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
                    str(wheel)], check=True, timeout=600)
    return target


def _cli(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SERVICELENS_HOME"}
    env["PYTHONPATH"] = str(site)
    code = "import sys; from pipeline.cli import main; sys.argv[0] = 'servicelens'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)


def test_the_wheel_carries_rules_models_sql_and_the_catalog(installed: Path):
    package = installed / "pipeline"
    for tracked in subprocess.run(["git", "ls-files", "rules", "models"], cwd=ROOT, capture_output=True,
                                  text=True, check=True).stdout.split():
        assert (package / "defaults" / tracked).is_file(), f"{tracked} missing from the wheel"
    for sql in (ROOT / "pipeline" / "warehouse" / "sql").rglob("*"):
        if sql.is_file():
            assert (package / sql.relative_to(ROOT / "pipeline")).is_file(), f"{sql.name} missing from the wheel"


def test_an_installed_cli_runs_a_night_from_any_folder(installed: Path, tmp_path: Path, fixtures: Path):
    where = tmp_path / "elsewhere"
    where.mkdir()
    probe = _cli(installed, where, "--help")
    assert probe.returncode == 0, probe.stderr
    located = subprocess.run([sys.executable, "-c", "import pipeline.config as c; print(c.PACKAGE_DIR); "
                              "print(c.DEFAULT_RULES_DIR); print(c.DEFAULT_MODELS_DIR)"],
                             cwd=where, env={**os.environ, "PYTHONPATH": str(installed)}, capture_output=True,
                             text=True, check=True).stdout.split()
    assert [Path(p) for p in located] == [installed / "pipeline", installed / "pipeline" / "defaults" / "rules",
                                          installed / "pipeline" / "defaults" / "models"]

    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    night = _cli(installed, where, "run", "--date", "2026-11-20", "--source", str(fixtures / "night_small"),
                 "--warehouse", url, "--no-prefect")
    assert night.returncode == 0, night.stdout[-2000:] + night.stderr[-2000:]
    import duckdb

    con = duckdb.connect(str(tmp_path / "wh.duckdb"), read_only=True)
    try:
        (status,), = con.execute("SELECT status FROM etl_run").fetchall()
        (n_sentiment,), = con.execute("SELECT count(*) FROM fct_turn WHERE sentiment_label IS NOT NULL").fetchall()
        (n_criteria,), = con.execute("SELECT count(*) FROM fct_criterion").fetchall()
    finally:
        con.close()
    assert status == "succeeded"  # degraded would mean a bundled model or rule was not found
    assert n_sentiment > 0 and n_criteria > 0  # the bundled models and scorecards were found
