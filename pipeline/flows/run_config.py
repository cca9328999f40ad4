"""What one night runs with: its settings, source folder, identity key and ``RunInfo``.

Settings = ``rules/pipeline.yaml`` plus identity (``identity.yaml``) and KPI (``kpi.yaml``), loaded once
per night; the source folder is resolved before anything is keyed on it."""

from __future__ import annotations

from datetime import date as Date
from pathlib import Path

from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR, DEFAULT_WAREHOUSE_URL, RulesModel, load_rules
from pipeline.customers.merging import IdentityConfig, load_identity_config
from pipeline.flows.batches import BatchConfig
from pipeline.flows.notify import NotifyConfig
from pipeline.flows.run_record import logger
from pipeline.ingest.config import IngestConfig
from pipeline.kpi.config import KpiConfig, load_kpi_config, sla_thresholds
from pipeline.warehouse.load import RunInfo
from pipeline.warehouse.session import SessionConfig


class PipelineConfig(RulesModel):
    """``rules/pipeline.yaml`` plus the identity (``rules/identity.yaml``) and KPI (``rules/kpi.yaml``)
    settings that the loader needs."""

    ingest: IngestConfig = IngestConfig()
    notify: NotifyConfig = NotifyConfig()
    batches: BatchConfig = BatchConfig()
    warehouse: SessionConfig = SessionConfig()
    identity: IdentityConfig = IdentityConfig()
    kpi: KpiConfig = KpiConfig()


def load_pipeline_config(rules_dir: str | Path | None) -> PipelineConfig:
    config = load_rules(rules_dir, "pipeline", PipelineConfig)
    config.identity = load_identity_config(rules_dir)
    config.kpi = load_kpi_config(rules_dir)
    return config


def canonical_source(source: str | Path) -> str:
    """The one spelling of a source folder: absolute, symlinks resolved, no trailing slash.

    Quarantine ids, ``source_path`` and ``etl_run.source`` are built from it, so ``demo/nights``,
    ``./demo/nights/``, ``/abs/demo/nights`` and a symlink to it are the same night's source.
    """
    return str(Path(source).expanduser().resolve())


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


def defaults(warehouse_url: str | None, rules_dir: str | Path | None, models_dir: str | Path | None):
    return (warehouse_url or DEFAULT_WAREHOUSE_URL, Path(rules_dir or DEFAULT_RULES_DIR),
            Path(models_dir or DEFAULT_MODELS_DIR))
