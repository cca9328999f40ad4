"""A night's own record: its ``etl_run`` row, its summary, its log and its notification.

The row carries start, finish, code and rules versions; the summary is what the CLI prints; a failed
or degraded night notifies the team."""

from __future__ import annotations

import json
import logging
import subprocess
import uuid
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import __version__
from pipeline.config import tree_version
from pipeline.flows.notify import NightEvent, notify
from pipeline.ingest import IngestResult
from pipeline.ingest.streamed import StreamedNight
from pipeline.model import Rejected
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import LoadCounts, RunInfo

if TYPE_CHECKING:
    from pipeline.flows.run_config import PipelineConfig


@dataclass(slots=True)
class NightSummary:
    """What a run did; printed by the CLI and stored (as counts) in ``etl_run``."""

    run_id: str
    run_date: str
    warehouse_url: str
    per_channel: dict[str, int] = field(default_factory=dict)
    quarantined: int = 0
    quarantined_by_stage: dict[str, int] = field(default_factory=dict)
    loaded: int = 0
    unchanged: int = 0
    repeat: dict[str, Any] = field(default_factory=dict)
    themes: dict[str, Any] = field(default_factory=dict)
    data_tests: dict[str, Any] = field(default_factory=dict)
    status: str = "succeeded"  # or "degraded": it ran with less than configured (degraded_reasons)
    degraded_reasons: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds by step (docs/SCALE.md)
    peak_rss_mb: dict[str, int] = field(default_factory=dict)  # the flow process's peak RSS after each step
    worker_peak_rss_mb: int = 0  # the largest peak RSS of a process that ran batches (in process: the flow's)


def logger() -> logging.Logger | Any:
    """Prefect's run logger inside a flow or task, the ``servicelens`` logger otherwise."""
    try:
        from prefect import get_run_logger

        return get_run_logger()
    except Exception:
        return logging.getLogger("servicelens")


def code_version() -> str:
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                             cwd=Path(__file__).parent, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha = ""
    return f"{__version__}+{sha}" if sha else __version__


def start_run(wh: Warehouse, run_date: str, source: str, parameters: dict[str, Any],
              rules_dir: Path, models_dir: Path) -> str:
    """Create the schema if needed and an ``etl_run`` row with status ``running``."""
    from pipeline.runtime import degradation

    degradation.start()  # reasons a night is degraded are collected from here to finish_run
    ensure_schema(wh)
    run_id = f"{run_date}-{datetime.now(timezone.utc):%H%M%S}-{uuid.uuid4().hex[:6]}"
    wh.insert_rows("etl_run", ("run_id", "run_date", "source", "started_at", "status", "parameters",
                               "code_version", "rules_version", "models_version"),
                   [(run_id, Date.fromisoformat(run_date), str(source), datetime.now(timezone.utc).replace(tzinfo=None),
                     "running", json.dumps(parameters, default=str, sort_keys=True), code_version(),
                     tree_version(rules_dir), tree_version(models_dir))])
    return run_id


def finish_run(wh: Warehouse, summary: NightSummary, n_ingested: int) -> None:
    from pipeline.runtime import degradation

    summary.degraded_reasons = degradation.reasons()
    if summary.degraded_reasons and summary.status == "succeeded":
        summary.status = "degraded"
        logger().warning("night %s degraded: %s", summary.run_date, "; ".join(summary.degraded_reasons))
    wh.execute("UPDATE etl_run SET degraded_reason = ? WHERE run_id = ?",
               ["; ".join(summary.degraded_reasons) or None, summary.run_id])
    wh.execute(
        "UPDATE etl_run SET finished_at = ?, status = ?, n_ingested = ?, n_loaded = ?, n_unchanged = ?, "
        "n_quarantined = ?, counts = ? WHERE run_id = ?",
        [datetime.now(timezone.utc).replace(tzinfo=None), summary.status, n_ingested, summary.loaded,
         summary.unchanged, summary.quarantined,
         json.dumps({"per_channel": summary.per_channel, "quarantined_by_stage": summary.quarantined_by_stage,
                     "repeat": summary.repeat, "data_tests": summary.data_tests}, sort_keys=True, default=str), summary.run_id],
    )


def summarise(run: RunInfo, url: str, result: IngestResult | StreamedNight, rejected: list[Rejected], counts: LoadCounts,
              n_final: dict[str, int]) -> NightSummary:
    by_stage: dict[str, int] = {}
    for r in rejected:
        by_stage[r.stage] = by_stage.get(r.stage, 0) + 1
    n_surveys = getattr(counts, "quarantined_surveys", 0)  # survey rows are rejected while loading
    if n_surveys:
        by_stage["surveys"] = by_stage.get("surveys", 0) + n_surveys
    return NightSummary(run_id=run.run_id, run_date=str(run.run_date), warehouse_url=url, per_channel=n_final,
                        quarantined=len(rejected) + n_surveys, quarantined_by_stage=by_stage, loaded=counts.written,
                        unchanged=counts.unchanged)


def notify_run(config: PipelineConfig, run_id: str, run_date: str, status: str, url: str, reason: str = "",
               counts: dict[str, Any] | None = None) -> bool:
    """Raise the team's notification hook (rules/pipeline.yaml ``notify``) for a failed or degraded run."""
    event = NightEvent(night=run_date, run_id=run_id, status=status, reason=reason, warehouse=url.split("@")[-1],
                       counts=dict(counts or {}))
    delivered = notify(config.notify, event)
    if delivered:
        logger().info("notification sent: %s", event.text())
    return delivered
