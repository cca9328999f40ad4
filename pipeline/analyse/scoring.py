"""Scoring stage entry point (owned by the scorecard work; see docs/ARCHITECTURE.md)."""

from __future__ import annotations

from pipeline.model import Interaction
from pipeline.stages import StageResult


def score_stage(interactions: list[Interaction], rules_dir=None) -> StageResult:
    return StageResult(interactions=list(interactions))
