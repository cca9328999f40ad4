"""``rules/kpi.yaml`` as typed settings, and the one place SLA thresholds are read from.

The loader (``fct_interaction.sla_met``), the KPI views (through the ``cfg_sla`` table written by
:func:`sync_kpi_config`) and the scorecard's ``first_response_sla`` criterion (``sla_from_kpi``)
all take their thresholds from :func:`sla_thresholds`.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from pipeline.config import RulesModel, load_rules
from pipeline.warehouse.backend import Warehouse

# --- settings ---------------------------------------------------------------
class RepeatFlagConfig(RulesModel):
    enabled: bool = True
    name: str = "repeat_contact"
    priority: int = Field(2, ge=1)


class RepeatConfig(RulesModel):
    windows: dict[str, float] = Field(default_factory=lambda: {"24h": 24.0, "7d": 168.0, "30d": 720.0})
    default_window: str = "7d"
    fcr_window: str = "7d"
    topic_taxonomy: str = "default"
    same_topic: Literal["any_shared", "top"] = "any_shared"
    min_topic_confidence: float = Field(0.0, ge=0.0, le=1.0)
    fcr_untopiced_uses_any: bool = True
    flag: RepeatFlagConfig = Field(default_factory=RepeatFlagConfig)

    @model_validator(mode="after")
    def _known_windows(self) -> "RepeatConfig":
        if not self.windows:
            raise ValueError("windows: at least one window is needed")
        for name, hours in self.windows.items():
            if hours <= 0:
                raise ValueError(f"windows.{name}: must be positive hours, got {hours}")
        for field_name in ("default_window", "fcr_window"):
            if getattr(self, field_name) not in self.windows:
                raise ValueError(f"{field_name}: {getattr(self, field_name)!r} is not one of windows {sorted(self.windows)}")
        return self

    @property
    def default_hours(self) -> float:
        return self.windows[self.default_window]

    @property
    def fcr_hours(self) -> float:
        return self.windows[self.fcr_window]


class SlaTarget(RulesModel):
    threshold_s: float = Field(gt=0)
    target_pct: float = Field(80.0, ge=0, le=100)


class SurveyConfig(RulesModel):
    match_window_hours: float = Field(72.0, gt=0)
    csat_max: int = Field(5, ge=2)
    csat_satisfied_min: int = 4
    ces_max: int = Field(7, ge=2)


class TrendsConfig(RulesModel):
    taxonomy: str = "default"
    complaints_only: bool = True
    alpha: float = Field(0.05, gt=0, lt=1)
    min_count: int = Field(5, ge=1)
    examples: int = Field(3, ge=0)


def _default_sla() -> dict[str, SlaTarget]:
    return {"chat": SlaTarget(threshold_s=60, target_pct=80), "email": SlaTarget(threshold_s=14400, target_pct=90),
            "call": SlaTarget(threshold_s=20, target_pct=80)}


class KpiConfig(RulesModel):
    """``rules/kpi.yaml``: repeat windows, SLA thresholds per channel, surveys, trends."""

    repeat: RepeatConfig = Field(default_factory=RepeatConfig)
    sla: dict[str, SlaTarget] = Field(default_factory=_default_sla)
    surveys: SurveyConfig = Field(default_factory=SurveyConfig)
    trends: TrendsConfig = Field(default_factory=TrendsConfig)


def load_kpi_config(rules_dir: str | Path | None = None) -> KpiConfig:
    return load_rules(rules_dir, "kpi", KpiConfig)


def sla_thresholds(config: KpiConfig, channels: tuple[str, ...] | None = None) -> dict[str, float]:
    """Seconds within which a contact meets its service level, per channel (``sla.<channel>.threshold_s``).

    Chats and emails: first response; calls: answered (queue wait). ``channels`` narrows the result."""
    return {channel: float(target.threshold_s) for channel, target in sorted(config.sla.items())
            if channels is None or channel in channels}


def sync_kpi_config(wh: Warehouse, config: KpiConfig) -> bool:
    """Write the thresholds and windows the views read (``cfg_sla``, ``cfg_repeat_window``).

    Returns True when the repeat settings differ from those the stored links were built with.
    """
    rc = config.repeat
    fingerprint = hashlib.sha256(rc.model_dump_json().encode()).hexdigest()[:16]
    stored = wh.query("SELECT value FROM cfg_repeat_state WHERE setting = 'repeat_config'")
    changed = bool(stored) and stored[0][0] != fingerprint
    wh.execute("DELETE FROM cfg_repeat_state WHERE setting = 'repeat_config'")
    wh.insert_rows("cfg_repeat_state", ("setting", "value"), [("repeat_config", fingerprint)])
    wh.execute("DELETE FROM cfg_sla")
    wh.insert_rows("cfg_sla", ("channel", "threshold_s", "target_pct"),
                   [(ch, seconds, float(config.sla[ch].target_pct)) for ch, seconds in sla_thresholds(config).items()])
    wh.execute("DELETE FROM cfg_repeat_window")
    wh.insert_rows("cfg_repeat_window", ("repeat_window", "window_hours", "is_default", "is_fcr"),
                   [(name, float(h), name == rc.default_window, name == rc.fcr_window)
                    for name, h in sorted(rc.windows.items(), key=lambda kv: kv[1])])
    return changed

