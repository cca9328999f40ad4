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
