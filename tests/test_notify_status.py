"""Failure is visible (issue 17, item 2): a failed night POSTs to the team's webhook, and
`servicelens status` lists the latest nights with their status and counts."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.flows.nightly import run_night
from pipeline.flows.notify import NightEvent, NotifyConfig, notify


class _Hook:
    """A tiny local HTTP endpoint that records the JSON bodies POSTed to it."""

    def __init__(self):
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append(json.loads(body))
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


@pytest.fixture
def hook():
    h = _Hook()
    yield h
    h.close()


def test_failed_night_posts_to_the_webhook_and_status_shows_it(tmp_path: Path, fixtures: Path, duckdb_url: str,
                                                               hook: _Hook, monkeypatch):
    monkeypatch.setenv("SERVICELENS_NOTIFY_WEBHOOK", hook.url)
    run_night("2026-11-20", fixtures / "night_small", duckdb_url, use_prefect=False)
    assert hook.received == []  # a good night is quiet
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(FileNotFoundError):
        run_night("2026-11-21", empty, duckdb_url, use_prefect=False)
    (event,) = hook.received
    assert event["status"] == "failed" and event["night"] == "2026-11-21"
    assert "no input files" in event["reason"] and event["text"].startswith("Servicelens night 2026-11-21: FAILED")

    result = CliRunner().invoke(main, ["status", "--warehouse", duckdb_url, "--json"])
    assert result.exit_code == 1  # the latest night failed: monitoring scripts see it
    rows = json.loads(result.output)
    assert [(r["night"], r["status"]) for r in rows] == [("2026-11-21", "failed"), ("2026-11-20", "succeeded")]
    assert rows[1]["loaded"] == 4 and rows[1]["channels"] == "chat 3, email 1"
    table = CliRunner().invoke(main, ["status", "--warehouse", duckdb_url], env={"COLUMNS": "80"})
    assert "succeeded" in table.output and "failed" in table.output and "None" not in table.output


def test_degraded_status_notifies_and_unreachable_hook_does_not_raise(hook: _Hook):
    config = NotifyConfig(webhook_url=hook.url)
    assert notify(config, NightEvent("2026-11-20", "r1", "degraded", reason="natasha failed to load"))
    assert not notify(config, NightEvent("2026-11-20", "r2", "succeeded"))
    assert hook.received[0]["reason"] == "natasha failed to load" and len(hook.received) == 1
    dead = NotifyConfig(webhook_url="http://127.0.0.1:9/nothing", timeout_s=2)
    assert notify(dead, NightEvent("2026-11-20", "r3", "failed")) is False


def test_a_night_without_a_configured_source_notifies(hook: _Hook, monkeypatch):
    from pipeline.flows import nightly

    monkeypatch.setenv("SERVICELENS_NOTIFY_WEBHOOK", hook.url)
    monkeypatch.delenv("SERVICELENS_SOURCE", raising=False)
    with pytest.raises(ValueError, match="servicelens_source"):
        nightly.inputs_or_notify("2026-11-21", None, None, None)
    (event,) = hook.received
    assert event["status"] == "failed" and "servicelens_source" in event["reason"] and event["run_id"] == "not started"
