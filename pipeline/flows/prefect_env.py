"""Prefect settings for running offline with its temporary local server.

Applied before Prefect is imported: analytics off, a generous start-up timeout for the temporary
server on a 2-core machine, and a PREFECT_HOME inside the project (not the user's home) unless the
caller chose one.
"""

from __future__ import annotations

import os

from pipeline.config import DEFAULT_OUTPUTS_DIR

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_HOME": str(DEFAULT_OUTPUTS_DIR / ".prefect"),
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}


def configure() -> None:
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


def tie_temporary_server_to_this_process() -> None:
    """Make Prefect's temporary server die with this process, even when it is killed by SIGKILL.

    Wraps ``SubprocessASGIServer.start`` (prefect 3.8) so that each temporary server gets a watchdog
    (``pipeline/flows/server_watchdog.py``). Idempotent; a no-op if Prefect's internals moved.
    """
    from pipeline.flows.server_watchdog import stop_orphaned_servers

    stop_orphaned_servers(os.environ.get("PREFECT_HOME"))  # left by a CLI killed together with its watchdog
    try:
        from prefect.server.api import server as prefect_server
    except ImportError:
        return
    cls = getattr(prefect_server, "SubprocessASGIServer", None)
    if cls is None or getattr(cls.start, "_servicelens_tied", False):
        return
    original = cls.start

    def start(self, *args, **kwargs):
        original(self, *args, **kwargs)
        process = getattr(self, "server_process", None)
        if process is not None and process.poll() is None and getattr(self, "_servicelens_watchdog_for", None) != process.pid:
            from pipeline.flows.server_watchdog import start_watchdog

            start_watchdog(process.pid)
            self._servicelens_watchdog_for = process.pid

    start._servicelens_tied = True
    cls.start = start
