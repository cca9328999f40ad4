"""This process's memory, for the night's record of where its peak came from (docs/SCALE.md)."""

from __future__ import annotations

import resource
import sys


def peak_rss_mb() -> int:
    """The peak resident set size of this process so far, in MiB (``getrusage``; KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak / (1024 * 1024 if sys.platform == "darwin" else 1024))


class PeakByStep:
    """The process's peak RSS after each step of a night: a step that raised the peak shows a larger
    figure than the step before it, so ``{"ingest": 320, "batches": 560, "themes": 730}`` says the
    themes step set the night's peak."""

    def __init__(self) -> None:
        self.after: dict[str, int] = {}

    def mark(self, step: str) -> None:
        self.after[step] = peak_rss_mb()
