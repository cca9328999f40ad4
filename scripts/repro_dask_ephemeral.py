"""Why Prefect tasks on Dask *process* workers fail against Prefect's temporary local server.

Prefect's ``DaskTaskRunner`` runs each task's engine inside a Dask worker process. The engine needs
a Prefect API client (``prefect.get_client``). With no ``PREFECT_API_URL`` set, ``get_client`` starts
a temporary server (``SubprocessASGIServer``) *in the calling process*: the flow process's server is
a per-process singleton whose URL is never exported, so every worker process starts a server of
its own on the same SQLite database. ``SubprocessASGIServer.start`` sets ``running = True`` before
it creates the server process; a second task thread of the same worker that asks for a client
meanwhile sees ``running`` and skips the start, and ``get_client`` then fails its
``assert server.server_process is not None, "Server process did not start"``. Workers that do win
the race start one more uvicorn + database migration each on a loaded machine and can also run past
the start-up timeout.

Observed on the 2-core development machine (loaded), 2026-12-02:

- this script, case 1: the worker process started *two* temporary servers in the same millisecond
  (``127.0.0.1:8933`` and ``:8601``, one per task thread; one then failed "address already in use")
  and took 76 s to answer, past Prefect's default 20 s start-up timeout; case 2 (URL exported): both
  tasks ran against the flow process's server, no server started in the worker;
- the real ``DaskTaskRunner`` (``prefect-dask==0.3.7``, LocalCluster of 1 process with 2 threads, two
  submitted tasks): thread A logged "Starting temporary server on http://127.0.0.1:8823", 0.44 s later
  thread B's task failed in ``task_engine.initialize_run`` → ``get_client`` with
  ``AssertionError: Server process did not start``, failing the flow run. With the flow process's
  server started first and ``PREFECT_API_URL`` exported before the flow (so before the cluster
  spawns its workers), the same flow completed: both tasks ran in the worker process against
  ``http://127.0.0.1:8237/api``, the flow process's server.

The fix shown here: start the temporary server once in the flow process and export its URL as
``PREFECT_API_URL`` before the worker processes are spawned (they inherit the environment), so
every worker talks to the one server. This script runs both cases and prints what happened:

    .venv/bin/python scripts/repro_dask_ephemeral.py
"""

from __future__ import annotations

import os
import sys
import traceback

from pipeline.flows import prefect_env

prefect_env.configure()


def prefect_task_in_worker(x: int) -> str:
    """What DaskTaskRunner does in a worker, reduced: run a Prefect task there (needs the API)."""
    from prefect import task

    @task(persist_result=False)
    def double(v: int) -> int:
        return 2 * v

    return f"ok {double(x)} (PREFECT_API_URL={os.environ.get('PREFECT_API_URL', '-')})"


def run_on_cluster(label: str) -> None:
    from distributed import Client, LocalCluster

    print(f"--- {label}", flush=True)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        futures = [client.submit(prefect_task_in_worker, i, pure=False) for i in range(2)]
        for future in futures:
            try:
                print("   ", future.result(timeout=300), flush=True)
            except Exception as exc:  # noqa: BLE001 - this script reports failures
                last = traceback.format_exception_only(type(exc), exc)[-1].strip()
                print(f"    FAILED: {last[:300]}", flush=True)


def main() -> None:
    from prefect import flow

    @flow(name="repro-dask-ephemeral", persist_result=False)
    def probe() -> str:
        from prefect.settings import PREFECT_API_URL

        return PREFECT_API_URL.value() or "(none: a temporary server of this process)"

    print("flow process API:", probe(), flush=True)
    os.environ.pop("PREFECT_API_URL", None)
    run_on_cluster("workers inherit no PREFECT_API_URL (each worker process starts its own temporary server)")

    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer()  # the flow process's own temporary server (already started)
    server.start()
    os.environ["PREFECT_API_URL"] = server.api_url
    run_on_cluster(f"workers inherit PREFECT_API_URL={server.api_url} (the flow process's server)")


if __name__ == "__main__":
    sys.exit(main())
