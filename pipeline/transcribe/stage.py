"""Transcription stage entry point (owned by the transcription work; see docs/ARCHITECTURE.md)."""

from __future__ import annotations

from pipeline.model import Interaction
from pipeline.stages import StageResult


def transcribe_stage(interactions: list[Interaction], options=None) -> StageResult:
    """Until transcription lands, calls stay ``awaiting_transcription`` with no invented text."""
    return StageResult(interactions=list(interactions))
