"""The nightly Prefect flow: one date partition end to end, one task per stage.

``nightly(date, source, warehouse_url)`` is the flow; ``run_night(..., use_prefect=False)`` runs the
very same stage sequence without Prefect (tests, notebooks). ``backfill`` runs a range of nights in
date order. Deployment: ``prefect.yaml`` (02:00 every night) or ``servicelens serve``.
"""

from __future__ import annotations

import time
from datetime import date as Date
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from pipeline.flows import prefect_env

prefect_env.configure()

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

prefect_env.tie_temporary_server_to_this_process()

from pipeline.scoring.stage import score_stage  # noqa: E402
from pipeline.analyse.stage import analyse_stage  # noqa: E402
from pipeline.flows.run_config import (  # noqa: E402
    canonical_source, defaults, identity_key_for, load_pipeline_config, run_info,
)
from pipeline.flows.run_record import NightSummary, finish_run, logger, notify_run, start_run, summarise  # noqa: E402
from pipeline.flows.steps import data_tests, ingest, load, repeat_contacts, themes  # noqa: E402
from pipeline.transcribe.stage import transcribe_stage  # noqa: E402
from pipeline.warehouse import Warehouse  # noqa: E402
from pipeline.flows.run_liveness import (  # noqa: E402
    DEFAULT_STALE_AFTER_HOURS, heartbeat, mark_stale_runs, record_owner,
)
from pipeline.warehouse.waiting import (  # noqa: E402
    DEFAULT_NIGHT_WAIT_S, NIGHT_WAIT_ENV, connect_waiting, default_wait,
)
from pipeline.flows.batches import run_batches  # noqa: E402
from pipeline.warehouse.lock import night_lock  # noqa: E402
from pipeline.warehouse.session import SessionConfig, apply_session  # noqa: E402
from pipeline.runtime.memory import PeakByStep  # noqa: E402


def is_transient(exc: BaseException) -> bool:
    """Errors worth a retry: I/O hiccups, a locked database file, a dropped PostgreSQL connection."""
    if isinstance(exc, (FileNotFoundError, PermissionError)):
        return False
    if isinstance(exc, (OSError, TimeoutError, ConnectionError)):
        return True
    name = type(exc).__name__
    return name in {"IOException", "OperationalError", "InterfaceError"} or "lock" in str(exc).lower()


def _retry_transient(task_, task_run, state) -> bool:
    try:
        state.result()
    except Exception as exc:  # the task's own exception
        return is_transient(exc)
    return False


def _task(fn: Callable, name: str, retries: int = 2):
    return task(name=name, retries=retries, retry_delay_seconds=5, retry_condition_fn=_retry_transient,
                cache_policy=NO_CACHE, persist_result=False)(fn)


TASKS = {
    "ingest": _task(ingest, "ingest"),
    "transcribe": _task(transcribe_stage, "transcribe", retries=1),
    "analyse": _task(analyse_stage, "analyse", retries=0),
    "score": _task(score_stage, "score", retries=0),
    "load": _task(load, "load"),
    "repeat": _task(repeat_contacts, "repeat-contacts"),
    "themes": _task(themes, "themes", retries=0),
    "data-tests": _task(data_tests, "data-tests", retries=0),
}


def _run_stages(call: Callable[..., Any], run_date: str, source: str, warehouse_url: str | None,
                rules_dir: str | None, models_dir: str | None, transcribe_options: Any = None,
                stale_after_hours: float = DEFAULT_STALE_AFTER_HOURS, workers: int = 0,
                dask_address: str | None = None) -> NightSummary:
    """The stage sequence of one night; ``call(name, fn, *args)`` runs a stage (as a task or directly).

    One night at a time writes to a warehouse (``night_lock``). The warehouse is opened only to write:
    to register the run (and mark dead runs abandoned), once per batch load, and for repeat linking,
    themes and the run's counts. Ingest, transcription and analysis (in batches, in this process or
    on Dask workers) run without holding it, so readers can use a DuckDB warehouse meanwhile.
    """
    url, rules, models = defaults(warehouse_url, rules_dir, models_dir)
    source = canonical_source(source)
    config = load_pipeline_config(rules)
    params = {"date": run_date, "source": str(source), "warehouse_url": url, "rules_dir": str(rules),
              "models_dir": str(models)}
    identity_key = identity_key_for(config, source)  # refuses a real night with the demo key
    with night_lock(url, config.batches.lock_wait_s):
        with open_for_writing(url, config.warehouse) as wh:
            run_id = start_run(wh, run_date, str(source), params, rules, models)
            record_owner(wh, run_id)
            for stale_id, reason in mark_stale_runs(wh, stale_after_hours):
                logger().warning("run %s marked abandoned: %s", stale_id, reason)
        run = run_info(run_id, run_date, config, identity_key)
        run.rules_dir = str(rules)
        try:
            started = time.perf_counter()
            memory = PeakByStep()
            result = call("ingest", ingest, source, run_date, rules)
            n_ingested = result.n_interactions
            ingest_s = time.perf_counter() - started
            memory.mark("ingest")
            # batches: transcribe/analyse/score on the engine, each batch loaded in its own connection
            try:
                night = run_batches(call, lambda: open_for_writing(url, config.warehouse), result, run, config, rules, models,
                                    transcribe_options, workers, dask_address, batch_config=config.batches)
            finally:
                result.spill.remove()
            memory.mark("batches")
            rejected, counts, per_channel = night.rejected, night.counts, night.per_channel
            with open_for_writing(url, config.warehouse) as wh:
                heartbeat(wh, run_id)
                started = time.perf_counter()
                repeat = call("repeat", repeat_contacts, wh, run, config, rules)
                memory.mark("repeat")
                summary = summarise(run, url, result, rejected, counts, per_channel)
                summary.timings = {"ingest_s": round(ingest_s, 2), **night.timings.as_dict(),
                                   "repeat_s": round(time.perf_counter() - started, 2)}
                summary.repeat = dict(repeat or {})
                summary.themes = dict(call("themes", themes, wh, run, rules) or {})
                memory.mark("themes")
                summary.data_tests = dict(call("data-tests", data_tests, wh, run) or {})
                memory.mark("data_tests")
                summary.peak_rss_mb = memory.after
                summary.worker_peak_rss_mb = max(night.worker_peak_rss_mb.values(), default=0)
                finish_run(wh, summary, n_ingested)
        except BaseException as exc:
            _mark_failed(url, run_id, exc)
            notify_run(config, run_id, run_date, "failed", url, reason=f"{type(exc).__name__}: {exc}")
            raise
    if summary.status != "succeeded":
        notify_run(config, run_id, run_date, summary.status, url, reason=getattr(summary, "reason", "") or "",
                   counts={"per_channel": summary.per_channel, "quarantined": summary.quarantined})
    logger().info("night %s done: %s interactions, %d quarantined, warehouse %s", run_date,
                  summary.per_channel, summary.quarantined, url)
    return summary


def open_for_writing(url: str, session: SessionConfig | None = None) -> Warehouse:
    """The night's write connection, waiting (``$SERVICELENS_NIGHT_LOCK_WAIT_S``, 30 min) for readers;
    ``session``: its memory and threads (``warehouse:`` in ``rules/pipeline.yaml``)."""
    wh = connect_waiting(url, read_only=False, timeout_s=default_wait(NIGHT_WAIT_ENV, DEFAULT_NIGHT_WAIT_S),
                         notify=lambda message: logger().info("%s", message))
    return apply_session(wh, session)


def _mark_failed(url: str, run_id: str, exc: BaseException) -> None:
    """Record the failure; never hides the original error (a second failure here is only logged).

    Only the error's type reaches the warehouse (its message may quote input); the log has the rest.
    """
    reason = f"{type(exc).__name__} (see the night's log)"
    try:
        with connect_waiting(url, read_only=False, timeout_s=60) as wh:
            wh.execute("UPDATE etl_run SET status = 'failed', finished_at = now(), status_reason = ? "
                       "WHERE run_id = ?", [reason, run_id])
    except Exception as second:  # the warehouse itself may be what failed
        logger().error("could not mark run %s failed: %s", run_id, second)


def _direct(name: str, fn: Callable, *args):
    return fn(*args)


def _as_task(name: str, fn: Callable, *args):
    return TASKS[name](*args)


def yesterday(timezone: str = "Europe/Moscow") -> str:
    return (datetime.now(ZoneInfo(timezone)).date() - timedelta(days=1)).isoformat()


SOURCE_VARIABLE, SOURCE_ENV = "servicelens_source", "SERVICELENS_SOURCE"
WAREHOUSE_VARIABLE, WAREHOUSE_ENV = "servicelens_warehouse_url", "SERVICELENS_WAREHOUSE_URL"


def _setting(value: str | None, variable: str, env: str) -> str | None:
    """A deployment input: the flow parameter, else the Prefect variable, else the environment variable."""
    import os

    if value:
        return value
    found = None
    try:
        from prefect.settings import get_current_settings
        from prefect.variables import Variable

        if get_current_settings().api.url:  # variables live on a real server, never on a temporary one
            found = Variable.get(variable, default=None)
    except Exception:  # server down or unreachable: fall back to the environment
        found = None
    return str(found) if found else os.environ.get(env) or None


def deployment_inputs(source: str | None, warehouse_url: str | None) -> tuple[str, str | None]:
    """Source folder and warehouse URL of a scheduled run; a clear error when no source is configured."""
    resolved = _setting(source, SOURCE_VARIABLE, SOURCE_ENV)
    if not resolved:
        raise ValueError(f"no source folder: pass the `source` parameter, set the Prefect variable "
                         f"`{SOURCE_VARIABLE}` (prefect variable set {SOURCE_VARIABLE} /data/nights) "
                         f"or the environment variable {SOURCE_ENV}")
    return resolved, _setting(warehouse_url, WAREHOUSE_VARIABLE, WAREHOUSE_ENV)


def inputs_or_notify(run_date: str, source: str | None, warehouse_url: str | None,
                     rules_dir: str | None) -> tuple[str, str | None]:
    """:func:`deployment_inputs`; a night that cannot even start (no source configured) notifies too."""
    try:
        return deployment_inputs(source, warehouse_url)
    except ValueError as exc:
        notify_run(load_pipeline_config(rules_dir), "not started", run_date, "failed", warehouse_url or "",
                   reason=str(exc))
        raise


@flow(name="nightly", log_prints=True)
def nightly(date: str | None = None, source: str | None = None, warehouse_url: str | None = None,
            rules_dir: str | None = None, models_dir: str | None = None,
            stale_after_hours: float = DEFAULT_STALE_AFTER_HOURS, workers: int = 0,
            dask_address: str | None = None) -> dict:
    """Process one night (default: yesterday) from ``source`` into the warehouse.

    Without ``source`` / ``warehouse_url`` parameters (the worker deployment of ``prefect.yaml``) they
    come from the Prefect variables ``servicelens_source`` / ``servicelens_warehouse_url`` or the
    environment variables ``SERVICELENS_SOURCE`` / ``SERVICELENS_WAREHOUSE_URL``.
    ``stale_after_hours``: a ``running`` run of another host whose last heartbeat is older than this
    is marked abandoned (runs of this host are checked by their process instead).
    ``workers``: a Dask LocalCluster of that many worker processes for the night's batches;
    ``dask_address``: an existing Dask scheduler (``tcp://host:8786``) instead. Neither: in process.
    """
    from dataclasses import asdict

    source, warehouse_url = inputs_or_notify(date or yesterday(), source, warehouse_url, rules_dir)
    summary = _run_stages(_as_task, date or yesterday(), source, warehouse_url, rules_dir, models_dir,
                          stale_after_hours=stale_after_hours, workers=workers, dask_address=dask_address)
    return asdict(summary)


@flow(name="backfill", log_prints=True)
def backfill(date_from: str, date_to: str, source: str | None = None, warehouse_url: str | None = None,
             rules_dir: str | None = None, models_dir: str | None = None, workers: int = 0,
             dask_address: str | None = None) -> list[dict]:
    """Run every night from ``date_from`` to ``date_to`` (inclusive) in date order."""
    source, warehouse_url = deployment_inputs(source, warehouse_url)
    return [nightly(date=d, source=source, warehouse_url=warehouse_url, rules_dir=rules_dir, models_dir=models_dir,
                    workers=workers, dask_address=dask_address)
            for d in date_range(date_from, date_to)]


def date_range(date_from: str, date_to: str) -> list[str]:
    start, end = Date.fromisoformat(date_from), Date.fromisoformat(date_to)
    if end < start:
        raise ValueError(f"--to {date_to} is before --from {date_from}")
    return [(start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]


def run_night(date: str, source: str | Path, warehouse_url: str | None = None, rules_dir: str | None = None,
              models_dir: str | None = None, use_prefect: bool = True, transcribe_options: Any = None,
              workers: int = 0, dask_address: str | None = None) -> NightSummary:
    """Run one night, through Prefect (default) or as plain function calls."""
    if use_prefect and transcribe_options is None:
        return NightSummary(**nightly(date=date, source=str(source), warehouse_url=warehouse_url,
                                      rules_dir=rules_dir, models_dir=models_dir, workers=workers,
                                      dask_address=dask_address))
    return _run_stages(_direct, date, str(source), warehouse_url, rules_dir, models_dir, transcribe_options,
                       workers=workers, dask_address=dask_address)


if __name__ == "__main__":
    nightly()
