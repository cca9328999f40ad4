"""The night's steps as plain functions: ingest, load, customers, themes, data tests.

Prefect tasks wrap these in ``nightly.py``; tests call them directly. Settings: ``run_config.py``;
the run's record: ``run_record.py``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path
from typing import Any

from pipeline.flows.run_config import PipelineConfig, canonical_source, load_pipeline_config
from pipeline.flows.run_record import logger
from pipeline.ingest import IngestResult, load_ingest_config, night_dir
from pipeline.ingest.streamed import StreamedNight, ingest_streamed
from pipeline.model import Interaction, Rejected
from pipeline.warehouse import Warehouse
from pipeline.warehouse.load import LoadCounts, PreparedInteraction, RunInfo, load_interactions


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


@dataclass
class LoadPart:
    """One load of a batched night: a batch's interactions (or the rows its worker built), the agent
    roster, survey files."""

    interactions: Sequence[Interaction | PreparedInteraction] = ()
    agents: dict[str, dict[str, str]] = field(default_factory=dict)
    survey_files: list[Path] = field(default_factory=list)


def load(wh: Warehouse, result: IngestResult | LoadPart, rejected: list[Rejected], run: RunInfo,
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
