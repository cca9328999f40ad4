"""A schedule that fires (issue 17, item 1): the user's Prefect server is honoured, `serve` refuses
Prefect's temporary server, and the worker deployment of prefect.yaml really runs a night."""

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
import yaml

from pipeline.flows import prefect_env
from pipeline.flows.nightly import deployment_inputs
from pipeline.flows.serve import SERVE_DEPLOYMENT
from pipeline.warehouse import Warehouse
from prefect_server import BIN, PROJECT, clean_env, free_port, prefect, prefect_server


def test_user_api_url_from_environment_or_active_profile(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    assert prefect_env.user_api_url({"PREFECT_HOME": str(home)}) is None
    (home / "profiles.toml").write_text(
        'active = "prod"\n[profiles.prod]\nPREFECT_API_URL = "http://10.0.0.5:4200/api"\n[profiles.ephemeral]\n',
        encoding="utf-8")
    assert prefect_env.user_api_url({"PREFECT_HOME": str(home)}) == "http://10.0.0.5:4200/api"
    assert prefect_env.user_api_url({"PREFECT_HOME": str(home), "PREFECT_PROFILE": "ephemeral"}) is None
    assert prefect_env.user_api_url({"PREFECT_API_URL": "http://x/api"}) == "http://x/api"


def test_configure_keeps_the_users_prefect_home_when_a_server_is_configured(tmp_path: Path, monkeypatch):
    for key in ("PREFECT_HOME", "PREFECT_API_URL", "PREFECT_PROFILES_PATH", "PREFECT_PROFILE"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    prefect_env.configure()
    assert os.environ["PREFECT_HOME"] == prefect_env.DEFAULTS["PREFECT_HOME"]  # no server: the project's home
    monkeypatch.delenv("PREFECT_HOME")
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    prefect_env.configure()
    assert "PREFECT_HOME" not in os.environ  # the user's ~/.prefect profile stays in force


def test_prefect_yaml_has_no_demo_defaults_and_a_name_distinct_from_serve():
    config = yaml.safe_load((PROJECT / "prefect.yaml").read_text(encoding="utf-8"))
    (deployment,) = config["deployments"]
    assert "demo" not in str(deployment.get("parameters") or {})
    assert deployment["name"] != SERVE_DEPLOYMENT


def test_scheduled_run_without_a_source_fails_clearly(monkeypatch):
    monkeypatch.delenv("SERVICELENS_SOURCE", raising=False)
    with pytest.raises(ValueError, match="servicelens_source"):
        deployment_inputs(None, None)
    monkeypatch.setenv("SERVICELENS_SOURCE", "/data/nights")
    monkeypatch.setenv("SERVICELENS_WAREHOUSE_URL", "duckdb:////data/wh.duckdb")
    assert deployment_inputs(None, None) == ("/data/nights", "duckdb:////data/wh.duckdb")


def test_serve_refuses_a_temporary_server(tmp_path: Path, fixtures: Path):
    env = clean_env(tmp_path / "prefect")
    cmd = [str(BIN / "servicelens"), "serve", "--source", str(fixtures / "night_small")]
    none = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert none.returncode != 0
    assert "needs a running Prefect server" in none.stderr and "PREFECT_API_URL" in none.stderr
    down = subprocess.run(cmd, env={**env, "PREFECT_API_URL": f"http://127.0.0.1:{free_port()}/api"},
                          capture_output=True, text=True, timeout=120)
    assert down.returncode != 0 and "does not answer" in down.stderr


@pytest.mark.slow
def test_worker_deployment_runs_a_night_on_a_real_server(tmp_path: Path, fixtures: Path):
    source = tmp_path / "nights"
    shutil.copytree(fixtures / "night_small", source / "2026-11-20")
    url = f"duckdb:///{tmp_path}/warehouse.duckdb"
    with prefect_server(tmp_path / "prefect") as env:
        # README's steps, in README's order
        prefect(env, "work-pool", "create", "servicelens", "--type", "process")
        prefect(env, "variable", "set", "servicelens_source", str(source))
        prefect(env, "variable", "set", "servicelens_warehouse_url", url)
        prefect(env, "--no-prompt", "deploy", "--all")
        prefect(env, "deployment", "run", "nightly/nightly-0200", "--param", "date=2026-11-20")
        prefect(env, "worker", "start", "--pool", "servicelens", "--run-once", timeout=400)
        # `servicelens serve` registers beside the worker deployment, never over it
        serve = subprocess.Popen([str(BIN / "servicelens"), "serve", "--source", str(source), "--warehouse", url],
                                 env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                 start_new_session=True)
        try:
            deadline = time.monotonic() + 120
            while "nightly-0200-serve" not in prefect(env, "deployment", "ls"):
                assert serve.poll() is None, serve.stdout.read()
                assert time.monotonic() < deadline, "serve did not register in 120 s"
                time.sleep(2)
            worker = json.loads(prefect(env, "deployment", "inspect", "nightly/nightly-0200", "--output", "json"))
            assert worker["work_pool_name"] == "servicelens"  # still the worker's deployment, in its pool
        finally:
            os.killpg(serve.pid, 15)
            serve.wait(timeout=30)
    with Warehouse.connect(url, read_only=True) as wh:
        assert wh.query("SELECT count(*) FROM fct_interaction")[0][0] == 4
        assert wh.query("SELECT status, source FROM etl_run") == [("succeeded", str(source.resolve()))]
