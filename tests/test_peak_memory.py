"""The night's memory figures are the process's own (docs/SCALE.md): ``ru_maxrss`` survives ``exec``, so a
night started by a large parent (a bench that generated the night, a Dask worker forked from a large flow)
reported the parent's RSS as its own peak; ``peak_rss_mb`` reads the program's own high-water mark."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.runtime.memory import PeakByStep, peak_rss_mb

ROOT = Path(__file__).resolve().parents[1]
CHILD = ("import resource; from pipeline.runtime.memory import peak_rss_mb; "
         "print(peak_rss_mb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux /proc only")
def test_child_of_a_large_process_reports_its_own_peak():
    ballast = bytearray(400 * 1024 * 1024)
    ballast[::4096] = b"\x01" * len(ballast[::4096])  # touch every page: resident in this process
    assert peak_rss_mb() >= 400
    out = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, check=True, cwd=ROOT)
    own, inherited = map(int, out.stdout.split())
    del ballast
    assert inherited >= 400  # what ru_maxrss says in the child: the parent's RSS at the fork
    assert own < 200  # the child's own program: a Python with one small module imported


def test_peaks_by_step_never_fall():
    peaks = PeakByStep()
    peaks.mark("a")
    kept = bytearray(64 * 1024 * 1024)
    kept[::4096] = b"\x01" * len(kept[::4096])
    peaks.mark("b")
    assert peaks.after["a"] <= peaks.after["b"]
    assert peaks.after["b"] >= 64
    del kept
