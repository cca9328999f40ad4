"""The QA workspace's own store: users, sessions, audit log, verdicts, calibration, disputes.

A SQLite file per deployment (WAL mode, short write transactions, busy timeout): reviewers write
here at any time, even while a night holds DuckDB's single writer lock on the warehouse. Verdicts,
disputes and calibration answers are then copied into the warehouse (``pipeline.app.sync``).
"""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

SCHEMA = """
CREATE TABLE IF NOT EXISTS app_user (
    username      TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    agent_id      TEXT,
    team          TEXT,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS app_session (
    token_hash  TEXT PRIMARY KEY,
    username    TEXT NOT NULL,
    csrf_token  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS app_login_attempt (
    key         TEXT NOT NULL,
    at          TEXT NOT NULL,
    ok          INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS app_login_attempt_key ON app_login_attempt (key, at);
CREATE TABLE IF NOT EXISTS app_audit (
    audit_id    INTEGER PRIMARY KEY AUTOINCREMENT,
    at          TEXT NOT NULL,
    username    TEXT,
    action      TEXT NOT NULL,
    target      TEXT,
    detail      TEXT
);
CREATE TABLE IF NOT EXISTS qa_review (
    review_id        TEXT PRIMARY KEY,
    interaction_id   TEXT NOT NULL,
    criterion_id     TEXT NOT NULL,
    verdict          TEXT NOT NULL,
    auto_result      TEXT,
    corrected_result TEXT,
    comment          TEXT,
    reviewer         TEXT,
    reviewed_at      TEXT NOT NULL,
    synced           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS qa_review_interaction ON qa_review (interaction_id);
CREATE TABLE IF NOT EXISTS qa_calibration_session (
    session_id  TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS qa_calibration_item (
    session_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    PRIMARY KEY (session_id, interaction_id)
);
CREATE TABLE IF NOT EXISTS qa_calibration_reviewer (
    session_id  TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    PRIMARY KEY (session_id, reviewer)
);
CREATE TABLE IF NOT EXISTS qa_calibration_answer (
    session_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    criterion_id    TEXT NOT NULL,
    reviewer        TEXT NOT NULL,
    result          TEXT NOT NULL,
    auto_result     TEXT,
    answered_at     TEXT NOT NULL,
    synced          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, interaction_id, criterion_id, reviewer)
);
CREATE TABLE IF NOT EXISTS qa_dispute (
    dispute_id      TEXT PRIMARY KEY,
    interaction_id  TEXT NOT NULL,
    review_id       TEXT,
    agent_id        TEXT,
    opened_by       TEXT NOT NULL,
    opened_at       TEXT NOT NULL,
    reason          TEXT NOT NULL,
    status          TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS qa_dispute_event (
    event_id    TEXT PRIMARY KEY,
    dispute_id  TEXT NOT NULL,
    event_at    TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    comment     TEXT,
    synced      INTEGER NOT NULL DEFAULT 0
);
"""


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(tzinfo=None).isoformat(timespec="microseconds")


class Store:
    """Thread-safe access to the SQLite store; one short transaction per write."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._local = threading.local()
        self._con().executescript(SCHEMA)  # idempotent DDL (executescript manages its own transaction)

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA busy_timeout=30000")
            con.execute("PRAGMA synchronous=NORMAL")
            self._local.con = con
        return con

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        con = self._con()
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        return self._con().execute(sql, params).fetchall()

    def query_dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict]:
        cur = self._con().execute(sql, params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self.transaction() as con:
            con.execute(sql, params)

    def audit(self, username: str | None, action: str, target: str | None = None, detail: str | None = None,
              con: sqlite3.Connection | None = None) -> None:
        sql = "INSERT INTO app_audit (at, username, action, target, detail) VALUES (?, ?, ?, ?, ?)"
        params = (utcnow(), username, action, target, detail)
        if con is not None:
            con.execute(sql, params)
        else:
            self.execute(sql, params)
