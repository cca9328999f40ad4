"""What every pipeline stage returns: the interactions it passes on and the items it rejected."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.model import Interaction, Rejected


@dataclass(slots=True)
class StageResult:
    """Output of one stage. A stage never raises for a single bad item: it rejects it here."""

    interactions: list[Interaction] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
