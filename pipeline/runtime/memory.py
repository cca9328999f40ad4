"""This process's memory, for the night's record of where its peak came from (docs/SCALE.md)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path

STATUS_FILE = Path("/proc/self/status")


def peak_rss_mb() -> int:
    """The peak resident set size of this process's own program so far, in MiB.

    On Linux this is ``VmHWM`` of ``/proc/self/status``, not ``getrusage``'s ``ru_maxrss``: the latter
    survives ``exec``, so a process started by a large parent (a bench that generated the night, a Dask
    worker started by a large flow process) reports its parent's RSS at the fork as its own peak. That
    made the 100,000-contact night's flow look 755 MB after ingest when it was under 300 (docs/SCALE.md).
    Elsewhere (macOS: bytes; no /proc) ``ru_maxrss``."""
    hwm = _vm_hwm_kib()
    if hwm is not None:
        return hwm // 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak / (1024 * 1024 if sys.platform == "darwin" else 1024))


def _vm_hwm_kib() -> int | None:
    try:
        for line in STATUS_FILE.read_text(encoding="ascii", errors="replace").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


class PeakByStep:
    """The process's peak RSS after each step of a night: a step that raised the peak shows a larger
    figure than the step before it, so ``{"ingest": 320, "batches": 560, "themes": 730}`` says the
    themes step set the night's peak."""

    def __init__(self) -> None:
        self.after: dict[str, int] = {}

    def mark(self, step: str) -> None:
        self.after[step] = peak_rss_mb()
