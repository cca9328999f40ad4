"""The production set-up of docs/DEPLOYMENT.md, as processes instead of containers (issue 12, item 4).

A Prefect server, the `servicelens` process work pool and its worker, a Dask scheduler with two worker
processes, and PostgreSQL as the warehouse: the deployment of prefect.yaml runs a night whose batches
go to the external Dask cluster (``dask_address``), and the warehouse has the night.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from test_batches import rules_with

from pipeline.warehouse import Warehouse
from prefect_server import BIN, PROJECT, background, free_port, prefect, prefect_server, wait_for


@pytest.mark.slow
def test_deployment_runs_a_night_on_an_external_dask_cluster_into_postgresql(tmp_path: Path, fixtures: Path,
                                                                             fresh_postgres_url: str):
    from distributed import Client

    source = tmp_path / "nights" / "2026-11-20"
    shutil.copytree(fixtures / "night_small", source)
    rules = rules_with(tmp_path, size=2)  # 4 interactions: two batches for two workers
    port, dashboard = free_port(), free_port()
    address = f"tcp://127.0.0.1:{port}"
    with prefect_server(tmp_path / "prefect") as env, \
            background([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", str(port),
                        "--dashboard-address", f"127.0.0.1:{dashboard}"], env, tmp_path / "scheduler.log"), \
            background([str(BIN / "dask"), "worker", address, "--nworkers", "2", "--nthreads", "1",
                        "--no-dashboard"], env, tmp_path / "workers.log"):
        wait_for(f"http://127.0.0.1:{dashboard}/health", "dask scheduler")
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=180)
        prefect(env, "work-pool", "create", "servicelens", "--type", "process")
        prefect(env, "variable", "set", "servicelens_source", str(source))
        prefect(env, "variable", "set", "servicelens_warehouse_url", fresh_postgres_url)
        prefect(env, "--no-prompt", "deploy", "--all")
        prefect(env, "deployment", "run", "nightly/nightly-0200", "--param", "date=2026-11-20",
                "--param", f"dask_address={address}", "--param", f"rules_dir={rules}")
        worker = subprocess.run([str(BIN / "prefect"), "worker", "start", "--pool", "servicelens", "--run-once"],
                                env=env, cwd=PROJECT, capture_output=True, text=True, timeout=600)
        log = worker.stdout + worker.stderr
        assert worker.returncode == 0, log
        assert f"Dask cluster at {address}" in log and "Finished in state Completed()" in log, log
        with Client(address, timeout=60) as client:  # the stages ran in the Dask workers' processes
            ran = client.run(lambda: __import__("sys").modules.get("pipeline.scoring.stage") is not None)
        assert len(ran) == 2 and any(ran.values()), ran
    with Warehouse.connect(fresh_postgres_url, read_only=True) as wh:
        assert wh.query("SELECT status FROM etl_run") == [("succeeded",)]
        assert wh.query("SELECT count(*) FROM fct_interaction")[0][0] == 4
        assert wh.query("SELECT count(*) FROM fct_criterion")[0][0] > 0
