"""A real Prefect server (and the `prefect` CLI against it) for tests of deployments and workers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

PROJECT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """This environment without the user's Prefect settings, with Prefect's files under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_SERVER_ANALYTICS_ENABLED="false", **extra)
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prefect(env: dict, *args: str, timeout: int = 180) -> str:
    """``prefect ARGS`` from the project folder; fails the test with its output when it fails."""
    done = subprocess.run([str(BIN / "prefect"), *args], env=env, cwd=PROJECT, capture_output=True, text=True,
                          timeout=timeout)
    assert done.returncode == 0, f"prefect {' '.join(args)}: {done.stdout}\n{done.stderr}"
    return done.stdout


def wait_for(url: str, what: str, timeout_s: float = 180) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, f"{what} did not answer in {timeout_s:.0f} s"
        time.sleep(1)


@contextmanager
def background(cmd: list[str], env: dict, log: Path) -> Iterator[subprocess.Popen]:
    """A long-running process (server, scheduler, worker) for the duration of the block."""
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, env=env, cwd=PROJECT, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            yield proc
        finally:
            os.killpg(proc.pid, 15)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, 9)
                proc.wait(timeout=30)


@contextmanager
def prefect_server(home: Path) -> Iterator[dict[str, str]]:
    """A Prefect server on a free port; yields the environment that points the CLI at it."""
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = clean_env(home, PREFECT_API_URL=api)
    home.mkdir(parents=True, exist_ok=True)
    with background([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)], env,
                    home / "server.log"):
        wait_for(api + "/health", "prefect server")
        yield env
