"""Reviewers keep working while a night loads: the workspace runs as its own process
(`servicelens app`), a night runs here at the same time; no page fails, no verdict is lost."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from qa_app_warehouse import PASSWORD, add_users, copy_warehouse, make_night, shared_warehouse

from pipeline.app.store import Store

SECOND_NIGHT = "2026-11-21"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _second_night(base: Path) -> Path:
    """night_small again with new chat ids, so the night writes new interactions."""
    night = make_night(base)
    for path in (night / "chats").iterdir():
        path.write_text(path.read_text(encoding="utf-8").replace("c-00", "n2-c-00").replace("xss-1", "n2-xss-1")
                        .replace("2026-11-20", SECOND_NIGHT), encoding="utf-8")
    shutil.rmtree(night / "emails")
    return night


def _login(base_url: str, user: str) -> httpx.Client:
    c = httpx.Client(base_url=base_url, follow_redirects=False, timeout=30)
    token = re.search(r'name="csrf_token" value="([^"]+)"', c.get("/login").text).group(1)
    assert c.post("/login", data={"csrf_token": token, "username": user, "password": PASSWORD}).status_code == 303
    return c


@pytest.mark.slow
def test_night_runs_while_reviewers_work(tmp_path_factory):
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse

    url, rules = shared_warehouse(tmp_path_factory)
    base = tmp_path_factory.mktemp("qa-app-night")
    url = copy_warehouse(url, base / "wh")
    store_path = base / "store.sqlite"
    add_users(Store(store_path))
    night = _second_night(base / "n2")
    port = _free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", "app", "--warehouse", url, "--store",
                             str(store_path), "--port", str(port), "--refresh", "0.5", "--snapshot-every", "0", "--rules-dir", str(rules)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base_url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("the app did not start: " + (proc.stdout.read() if proc.poll() is not None else ""))
        reviewer = _login(base_url, "rita")
        result: dict = {}

        def night_thread() -> None:
            try:
                result["summary"] = run_night(SECOND_NIGHT, night, url, rules_dir=str(rules), use_prefect=False)
            except Exception as exc:  # reported below
                result["error"] = exc

        thread = threading.Thread(target=night_thread)
        thread.start()
        statuses: list[int] = []
        saved = 0
        during_night = 0
        while thread.is_alive() or saved < 3:
            during_night += thread.is_alive()
            statuses.append(reviewer.get("/queue").status_code)
            page = reviewer.get("/i/chat:c-001")
            statuses.append(page.status_code)
            token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
            r = reviewer.post("/i/chat:c-001/verdicts", data={"csrf_token": token, "v_*": "agree",
                                                              "c_*": f"during the night #{saved}"})
            statuses.append(r.status_code)
            saved += r.status_code == 303
        thread.join()
        assert "error" not in result, result.get("error")
        assert result["summary"].per_channel.get("chat", 0) >= 3
        assert set(statuses) <= {200, 303}, statuses
        assert saved >= 3 and during_night >= 1  # pages served and a verdict taken while the night ran
        # after the night: the verdicts reach the warehouse and the new night reaches the pages
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if "n2-c-001" in reviewer.get(f"/queue?night={SECOND_NIGHT}").text:
                break
            time.sleep(0.5)
        else:
            pytest.fail("the new night never showed in the queue")
        store_ids = {r[0] for r in Store(store_path).query("SELECT review_id FROM qa_review")}
        assert len(store_ids) == saved
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if not Store(store_path).query("SELECT 1 FROM qa_review WHERE synced = 0"):
                break
            time.sleep(0.3)
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    with Warehouse.connect(url, read_only=True) as wh:
        in_wh = [r[0] for r in wh.query("SELECT review_id FROM qa_review")]
        assert wh.query("SELECT count(*) FROM fct_interaction WHERE run_date = ?", [SECOND_NIGHT])[0][0] >= 3
    assert sorted(in_wh) == sorted(store_ids)  # every verdict once
