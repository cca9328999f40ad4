"""The nightly Prefect flow: one date partition end to end, one task per stage.

``nightly(date, source, warehouse_url)`` is the flow; ``run_night(..., use_prefect=False)`` runs the
very same stage sequence without Prefect (tests, notebooks). ``backfill`` runs a range of nights in
date order. Deployment: ``prefect.yaml`` (02:00 every night) or ``servicelens serve``.
"""

from __future__ import annotations

from datetime import date as Date
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Callable
from zoneinfo import ZoneInfo

from pipeline.flows import prefect_env

prefect_env.configure()

from prefect import flow, task  # noqa: E402
from prefect.cache_policies import NO_CACHE  # noqa: E402

from pipeline.analyse.scoring import score_stage  # noqa: E402
from pipeline.analyse.stage import analyse_stage  # noqa: E402
from pipeline.flows.steps import (  # noqa: E402
    NightSummary, defaults, finish_run, ingest, load, load_pipeline_config, logger, repeat_contacts, run_info, start_run,
    summarise,
)
from pipeline.transcribe.stage import transcribe_stage  # noqa: E402
from pipeline.warehouse import Warehouse  # noqa: E402
from pipeline.flows.batches import load_batch_config, run_batches  # noqa: E402
from pipeline.warehouse.lock import night_lock  # noqa: E402


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
    return task(fn, name=name, retries=retries, retry_delay_seconds=5, retry_condition_fn=_retry_transient,
                cache_policy=NO_CACHE, persist_result=False)


TASKS = {
    "ingest": _task(ingest, "ingest"),
    "transcribe": _task(transcribe_stage, "transcribe", retries=1),
    "analyse": _task(analyse_stage, "analyse", retries=0),
    "score": _task(score_stage, "score", retries=0),
    "load": _task(load, "load"),
    "repeat": _task(repeat_contacts, "repeat-contacts"),
}


def _run_stages(call: Callable[..., Any], run_date: str, source: str, warehouse_url: str | None,
                rules_dir: str | None, models_dir: str | None, transcribe_options: Any = None,
                workers: int = 0, dask_address: str | None = None) -> NightSummary:
    """The stage sequence of one night; ``call(name, fn, *args)`` runs a stage (as a task or directly)."""
    url, rules, models = defaults(warehouse_url, rules_dir, models_dir)
    config = load_pipeline_config(rules)
    params = {"date": run_date, "source": str(source), "warehouse_url": url, "rules_dir": str(rules),
              "models_dir": str(models)}
    with night_lock(url, load_batch_config(rules).lock_wait_s), Warehouse.connect(url) as wh:
        run_id = start_run(wh, run_date, str(source), params, rules, models)
        run = run_info(run_id, run_date, config)
        try:
            result = call("ingest", ingest, source, run_date, rules)
            n_ingested = len(result.interactions)
            # batches: transcribe/analyse/score on the engine, each batch loaded in its own connection
            night = run_batches(call, lambda: Warehouse.connect(url), result, run, config, rules, models,
                                transcribe_options, workers, dask_address)
            rejected, counts, per_channel = night.rejected, night.counts, night.per_channel
            repeat = call("repeat", repeat_contacts, wh, run, config, rules)
            summary = summarise(run, url, result, rejected, counts, per_channel)
            summary.repeat = dict(repeat or {})
            finish_run(wh, summary, n_ingested)
        except Exception:
            wh.execute("UPDATE etl_run SET status = 'failed', finished_at = now() WHERE run_id = ?", [run_id])
            raise
    logger().info("night %s done: %s interactions, %d quarantined, warehouse %s", run_date,
                  summary.per_channel, summary.quarantined, url)
    return summary


def _direct(name: str, fn: Callable, *args):
    return fn(*args)


def _as_task(name: str, fn: Callable, *args):
    return TASKS[name](*args)


def yesterday(timezone: str = "Europe/Moscow") -> str:
    return (datetime.now(ZoneInfo(timezone)).date() - timedelta(days=1)).isoformat()


@flow(name="nightly", log_prints=True)
def nightly(date: str | None = None, source: str = "demo/nights", warehouse_url: str | None = None,
            rules_dir: str | None = None, models_dir: str | None = None, workers: int = 0,
            dask_address: str | None = None) -> dict:
    """Process one night (default: yesterday) from ``source`` into the warehouse.

    ``workers``: a Dask LocalCluster of that many worker processes for the night's batches;
    ``dask_address``: an existing Dask scheduler (``tcp://host:8786``) instead. Neither: in process.
    """
    from dataclasses import asdict

    summary = _run_stages(_as_task, date or yesterday(), source, warehouse_url, rules_dir, models_dir,
                          workers=workers, dask_address=dask_address)
    return asdict(summary)


@flow(name="backfill", log_prints=True)
def backfill(date_from: str, date_to: str, source: str = "demo/nights", warehouse_url: str | None = None,
             rules_dir: str | None = None, models_dir: str | None = None, workers: int = 0,
             dask_address: str | None = None) -> list[dict]:
    """Run every night from ``date_from`` to ``date_to`` (inclusive) in date order."""
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
