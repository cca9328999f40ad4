"""The nightly run as plain functions, one per stage: Prefect tasks wrap these, tests call them directly."""

from __future__ import annotations

import json
import logging
import subprocess
import uuid
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pipeline import __version__
from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR, DEFAULT_WAREHOUSE_URL, load_rules, tree_version
from pipeline.config import RulesModel
from pipeline.ingest import IngestResult, load_ingest_config, night_dir
from pipeline.ingest.streamed import StreamedNight, ingest_streamed
from pipeline.ingest.config import IngestConfig
from pipeline.customers.merging import IdentityConfig, load_identity_config
from pipeline.model import Rejected
from pipeline.flows.batches import BatchConfig
from pipeline.flows.notify import NightEvent, NotifyConfig, notify
from pipeline.kpi.config import KpiConfig, load_kpi_config, sla_thresholds
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.load import LoadCounts, RunInfo, load_interactions


class PipelineConfig(RulesModel):
    """``rules/pipeline.yaml`` plus the identity (``rules/identity.yaml``) and KPI (``rules/kpi.yaml``)
    settings that the loader needs."""

    ingest: IngestConfig = IngestConfig()
    notify: NotifyConfig = NotifyConfig()
    batches: BatchConfig = BatchConfig()
    identity: IdentityConfig = IdentityConfig()
    kpi: KpiConfig = KpiConfig()


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


def load_pipeline_config(rules_dir: str | Path | None) -> PipelineConfig:
    config = load_rules(rules_dir, "pipeline", PipelineConfig)
    config.identity = load_identity_config(rules_dir)
    config.kpi = load_kpi_config(rules_dir)
    return config


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


def canonical_source(source: str | Path) -> str:
    """The one spelling of a source folder: absolute, symlinks resolved, no trailing slash.

    Quarantine ids, ``source_path`` and ``etl_run.source`` are built from it, so ``demo/nights``,
    ``./demo/nights/``, ``/abs/demo/nights`` and a symlink to it are the same night's source.
    """
    return str(Path(source).expanduser().resolve())


def ingest(source: str | Path, run_date: str, rules_dir: Path) -> StreamedNight:
    """The night streamed into a sorted spill (:mod:`pipeline.ingest.streamed`): memory does not
    grow with the night; the batches are read back from the spill in start-time order."""
    source = canonical_source(source)
    folder = night_dir(source, run_date).resolve()
    if not folder.is_dir():
        raise FileNotFoundError(f"no night folder for {run_date} under {source}")
    batches = load_pipeline_config(rules_dir).batches
    result = ingest_streamed(folder, load_ingest_config(rules_dir), night=Date.fromisoformat(run_date),
                             run_size=batches.size, spill_dir=batches.spill_dir)
    if result.n_files == 0:
        result.spill.remove()
        raise FileNotFoundError(f"no input files for {run_date} in {folder} (expected chats/, emails/, calls/ or surveys/)")
    logger().info("ingested %d interactions from %s (%d rejected)", result.n_interactions, folder,
                  len(result.rejected))
    return result


def load(wh: Warehouse, result: IngestResult, rejected: list[Rejected], run: RunInfo,
         config: PipelineConfig) -> LoadCounts:
    from pipeline.ingest.surveys import load_surveys

    counts = load_interactions(wh, result.interactions, rejected, run, agents=result.agents)
    if result.survey_files:
        survey_rejected = load_surveys(wh, result.survey_files, config.kpi, run, salt=run.identity_salt,
                                       ingest=config.ingest)
        counts.quarantined_new += _quarantine_more(wh, survey_rejected, run)
        counts.quarantined_surveys = len(survey_rejected)  # counted in the run's n_quarantined
    logger().info("loaded %d new, %d changed, %d unchanged interactions", counts.new, counts.changed,
                  counts.unchanged)
    return counts


def repeat_contacts(wh: Warehouse, run: RunInfo, config: PipelineConfig, rules_dir: Path) -> dict[str, Any]:
    """Repeat links, FCR and repeat flags over the warehouse history; then the review-queue settings."""
    from pipeline.customers.repeat import link_repeats
    from pipeline.scoring.flags import sync_review_settings

    counts = link_repeats(wh, run, config.kpi, rules_dir=rules_dir)
    sync_review_settings(wh, rules_dir)
    logger().info("repeat contacts: %s", {k: v for k, v in counts.items() if k in ("repeats", "same_topic_repeats")})
    return counts


def themes(wh: Warehouse, run: RunInfo, rules_dir: Path) -> dict[str, Any]:
    """Emerging complaint themes over the rolling window ending with this night (``pipeline.themes``).

    Themes are an analysis over data already loaded: when discovery fails, the night keeps its
    rows and says why in the summary instead of failing.
    """
    from pipeline.themes import run_themes

    try:
        result = run_themes(wh, run.run_date, rules_dir, run.run_id)
    except Exception as exc:  # noqa: BLE001 - reported, the loaded night stands
        logger().warning("theme discovery failed: %s", exc)
        return {"error": str(exc)}
    if result is None:
        return {}
    logger().info("themes: %d over %d contacts, %d emerging", len(result.themes), result.n_docs,
                  len(result.emerging))
    return {"themes": len(result.themes), "emerging": len(result.emerging)}


def data_tests(wh: Warehouse, run: RunInfo) -> dict[str, Any]:
    """The night's last step: the declared data tests (``sql/tests.yaml``) over the whole warehouse,
    recorded in ``etl_data_test``; each failing test makes the run ``degraded``, named with its count."""
    from pipeline.runtime import degradation
    from pipeline.warehouse.data_tests import failures, record_results, run_data_tests

    results = run_data_tests(wh)
    record_results(wh, run.run_id, results)
    failed = failures(results)
    for result in failed:
        degradation.note(f"data test failed: {result.describe()}")
    logger().info("data tests: %d run, %d failed", len(results), len(failed))
    return {"tests": len(results), "failed": [r.test.name for r in failed],
            "seconds": round(sum(r.elapsed_s for r in results), 2)}


def _quarantine_more(wh: Warehouse, rejected: list[Rejected], run: RunInfo) -> int:
    from pipeline.warehouse.load import load_quarantine

    return load_quarantine(wh, rejected, run)


def identity_key_for(config: PipelineConfig, source: str | Path) -> str:
    """The deployment's identity key for a night from ``source`` (the demo key for the bundled demo);
    raises ``ConfigError`` (e.g. a real run with the demo key) before anything is written."""
    from pipeline.customers.identity_key import is_demo_source, resolve_identity_key

    key, origin = resolve_identity_key(config.identity.key_env, config.identity.key_file,
                                       demo=is_demo_source(source))
    logger().info("identity hashes keyed with %s", origin)
    return key


def run_info(run_id: str, run_date: str, config: PipelineConfig, identity_key: str | None = None) -> RunInfo:
    info = RunInfo(run_id=run_id, run_date=Date.fromisoformat(run_date),
                   sla_seconds=sla_thresholds(config.kpi, ("chat", "email")))
    if identity_key is not None:
        info.identity_salt = identity_key
    return info


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


def defaults(warehouse_url: str | None, rules_dir: str | Path | None, models_dir: str | Path | None):
    return (warehouse_url or DEFAULT_WAREHOUSE_URL, Path(rules_dir or DEFAULT_RULES_DIR),
            Path(models_dir or DEFAULT_MODELS_DIR))


def notify_run(config: PipelineConfig, run_id: str, run_date: str, status: str, url: str, reason: str = "",
               counts: dict[str, Any] | None = None) -> bool:
    """Raise the team's notification hook (rules/pipeline.yaml ``notify``) for a failed or degraded run."""
    event = NightEvent(night=run_date, run_id=run_id, status=status, reason=reason, warehouse=url.split("@")[-1],
                       counts=dict(counts or {}))
    delivered = notify(config.notify, event)
    if delivered:
        logger().info("notification sent: %s", event.text())
    return delivered
