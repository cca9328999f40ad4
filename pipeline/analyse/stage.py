"""Analysis stage entry point (owned by the text-analysis work; see docs/ARCHITECTURE.md)."""

from __future__ import annotations

from pipeline.model import Interaction
from pipeline.stages import StageResult


def analyse_stage(interactions: list[Interaction], rules_dir=None, models_dir=None) -> StageResult:
    return StageResult(interactions=list(interactions))
