"""Prefect settings for running offline with its temporary local server.

Applied before Prefect is imported: analytics off, a generous start-up timeout for the temporary
server on a 2-core machine, and a PREFECT_HOME inside the project (not the user's home) unless the
caller chose one.

The user's Prefect configuration wins: when ``PREFECT_API_URL`` is set in the environment or in the
active profile of the user's ``profiles.toml`` (``prefect config set PREFECT_API_URL=…``), the
project's PREFECT_HOME is *not* imposed, so every command talks to the user's server.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Mapping

from pipeline.config import DEFAULT_OUTPUTS_DIR

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_HOME": str(DEFAULT_OUTPUTS_DIR / ".prefect"),
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}


def profiles_path(environ: Mapping[str, str] | None = None) -> Path:
    """Where Prefect reads profiles from: PREFECT_PROFILES_PATH, else PREFECT_HOME/profiles.toml."""
    env = os.environ if environ is None else environ
    if env.get("PREFECT_PROFILES_PATH"):
        return Path(env["PREFECT_PROFILES_PATH"]).expanduser()
    return Path(env.get("PREFECT_HOME") or "~/.prefect").expanduser() / "profiles.toml"


def user_api_url(environ: Mapping[str, str] | None = None) -> str | None:
    """The Prefect API URL the user configured (environment first, then the active profile), or None."""
    env = os.environ if environ is None else environ
    if env.get("PREFECT_API_URL"):
        return env["PREFECT_API_URL"]
    path = profiles_path(env)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = env.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = (data.get("profiles") or {}).get(active) or {}
    url = profile.get("PREFECT_API_URL")
    return str(url) if url else None


def configure() -> None:
    has_server = user_api_url() is not None
    for key, value in DEFAULTS.items():
        if key == "PREFECT_HOME" and has_server:
            continue  # keep the user's home and profile: they point at a real server
        os.environ.setdefault(key, value)


_TIED_MARK = "_servicelens_tied"  # attribute on our wrapper of the server's start (idempotence)


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
    if cls is None or getattr(cls.start, _TIED_MARK, False):
        return
    original = cls.start

    def start(self, *args, **kwargs):
        original(self, *args, **kwargs)
        process = getattr(self, "server_process", None)
        if process is not None and process.poll() is None and getattr(self, "_servicelens_watchdog_for", None) != process.pid:
            from pipeline.flows.server_watchdog import start_watchdog

            start_watchdog(process.pid)
            self._servicelens_watchdog_for = process.pid

    setattr(start, _TIED_MARK, True)
    cls.start = start
