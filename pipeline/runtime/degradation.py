"""Warnings that weaken a night without stopping it: recorded so the run is marked ``degraded``.

A stage that carries on with less (a model that failed to load, natasha unavailable so names are
found by cues only, the Whisper model missing) calls :func:`note` with a reason a person can act
on. The night collects the reasons (:func:`start` / :func:`reasons`), stores them in
``etl_run.degraded_reason`` with ``status = 'degraded'``, logs them through Prefect's run logger
and shows them in the CLI summary. Stages run in threads of one process (Prefect tasks or plain
calls), so one process-wide, lock-protected collector is enough; a reason is kept once.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger("servicelens.degraded")
_lock = threading.Lock()
_reasons: dict[str, None] = {}  # insertion-ordered set


def start() -> None:
    """Forget the reasons of a previous night (call when a night starts)."""
    with _lock:
        _reasons.clear()


def note(reason: str) -> None:
    """Record that tonight's results are weaker than configured, and why (logged once per night)."""
    with _lock:
        fresh = reason not in _reasons
        _reasons[reason] = None
    if fresh:
        log.warning("night degraded: %s", reason)


def reasons() -> list[str]:
    with _lock:
        return list(_reasons)
