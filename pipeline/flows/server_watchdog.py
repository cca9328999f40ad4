"""Stops Prefect's temporary server when the process that started it dies, even by SIGKILL.

Prefect starts its temporary (ephemeral) API server as a child process and stops it at interpreter
exit; a CLI killed by SIGKILL never reaches that, and the server would run on as an orphan. So
next to the server we start this small watchdog (``python -m pipeline.flows.server_watchdog
OWNER_PID SERVER_PID``): it polls its parent, and when it has been re-parented (the owner died) it
stops the server (SIGTERM, then SIGKILL) and exits; it also exits when the server stops normally.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

POLL_S = 0.5
GRACE_S = 5.0


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return stat[stat.rfind(")") + 2:][:1] not in ("Z", "X")


def stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + GRACE_S
    while time.monotonic() < deadline and alive(pid):
        time.sleep(0.1)
    if alive(pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def watch(owner: int, server: int) -> int:
    while alive(server):
        if os.getppid() != owner or not alive(owner):
            stop(server)
            return 0
        time.sleep(POLL_S)
    return 0


SERVER_MARKER = "prefect.server.api.server:create_app"


def orphaned_servers(prefect_home: str) -> list[int]:
    """Temporary Prefect servers of ``prefect_home`` whose starter is gone (re-parented to init):
    left over when both a CLI and its watchdog were killed."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            if SERVER_MARKER.encode() not in cmdline:
                continue
            stat = (entry / "stat").read_text()
            ppid = int(stat[stat.rfind(")") + 2:].split()[1])
            environ = dict(item.split(b"=", 1) for item in (entry / "environ").read_bytes().split(b"\0") if b"=" in item)
        except (OSError, ValueError, IndexError):
            continue
        if ppid == 1 and environ.get(b"PREFECT_HOME", b"").decode(errors="replace") == prefect_home:
            found.append(int(entry.name))
    return found


def stop_orphaned_servers(prefect_home: str | None) -> list[int]:
    """Stop the orphaned temporary servers of ``prefect_home`` (run when a CLI starts)."""
    if not prefect_home or not Path("/proc").is_dir():
        return []
    pids = orphaned_servers(prefect_home)
    for pid in pids:
        stop(pid)
    return pids


def start_watchdog(server_pid: int) -> subprocess.Popen:
    """Start the watchdog of ``server_pid`` for this process (its own session: a Ctrl-C of the CLI
    reaches the CLI, which stops the server itself)."""
    return subprocess.Popen([sys.executable, "-m", "pipeline.flows.server_watchdog", str(os.getpid()), str(server_pid)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


if __name__ == "__main__":
    sys.exit(watch(int(sys.argv[1]), int(sys.argv[2])))
