"""Copy the workspace's verdicts, calibration answers and dispute events into the warehouse.

Rows in the store are immutable events with their own keys; each sync inserts the ones the
warehouse lacks and marks them synced, in one short write transaction. When the warehouse is
busy (a night holds DuckDB's writer lock) the sync is postponed: nothing is lost, nothing doubled.
"""

from __future__ import annotations

from datetime import datetime

from pipeline.app.store import Store
from pipeline.warehouse.backend import DuckDBWarehouse, Warehouse, dialect_of
from pipeline.warehouse.schema import ensure_schema


def _ts(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def open_for_write(url: str) -> Warehouse:
    """A write connection that fails at once when a night holds the DuckDB lock."""
    if dialect_of(url) == "duckdb":
        return DuckDBWarehouse(url, lock_wait_s=0)
    return Warehouse.connect(url)


def _missing(wh: Warehouse, table: str, key_sql: str, keys: list[str]) -> set[str]:
    if not keys:
        return set()
    wh._set_keys(keys)
    return {r[0] for r in wh.query(f"SELECT k FROM _sl_keys WHERE k NOT IN (SELECT {key_sql} FROM {table})")}


def sync_to_warehouse(store: Store, url: str) -> dict[str, int]:
    """Push unsynced rows; returns how many of each kind were written."""
    reviews = store.query_dicts("SELECT * FROM qa_review WHERE synced = 0")
    answers = store.query_dicts("SELECT * FROM qa_calibration_answer WHERE synced = 0")
    events = store.query_dicts(
        "SELECT e.*, d.interaction_id, d.review_id, d.agent_id FROM qa_dispute_event e "
        "JOIN qa_dispute d ON d.dispute_id = e.dispute_id WHERE e.synced = 0")
    if not (reviews or answers or events):
        return {"reviews": 0, "answers": 0, "events": 0}
    wh = open_for_write(url)
    try:
        ensure_schema(wh)
        wh.execute("BEGIN")
        try:
            new = _missing(wh, "qa_review", "review_id", [r["review_id"] for r in reviews])
            wh.insert_rows("qa_review", ["review_id", "interaction_id", "criterion_id", "verdict", "auto_result",
                                         "corrected_result", "comment", "reviewer", "reviewed_at"],
                           [(r["review_id"], r["interaction_id"], r["criterion_id"], r["verdict"], r["auto_result"],
                             r["corrected_result"], r["comment"], r["reviewer"], _ts(r["reviewed_at"]))
                            for r in reviews if r["review_id"] in new])
            key = "session_id || '|' || interaction_id || '|' || criterion_id || '|' || reviewer"
            akeys = {f"{a['session_id']}|{a['interaction_id']}|{a['criterion_id']}|{a['reviewer']}": a for a in answers}
            new_a = _missing(wh, "qa_calibration_answer", key, list(akeys))
            wh.insert_rows("qa_calibration_answer", ["session_id", "interaction_id", "criterion_id", "reviewer", "result",
                                                     "auto_result", "answered_at"],
                           [(a["session_id"], a["interaction_id"], a["criterion_id"], a["reviewer"], a["result"],
                             a["auto_result"], _ts(a["answered_at"])) for k, a in akeys.items() if k in new_a])
            new_e = _missing(wh, "qa_dispute_event", "event_id", [e["event_id"] for e in events])
            wh.insert_rows("qa_dispute_event", ["event_id", "dispute_id", "interaction_id", "review_id", "agent_id", "event_at",
                                                "actor", "action", "comment"],
                           [(e["event_id"], e["dispute_id"], e["interaction_id"], e["review_id"], e["agent_id"],
                             _ts(e["event_at"]), e["actor"], e["action"], e["comment"]) for e in events
                            if e["event_id"] in new_e])
            wh.execute("COMMIT")
        except Exception:
            wh.execute("ROLLBACK")
            raise
    finally:
        wh.close()
    with store.transaction() as con:
        con.executemany("UPDATE qa_review SET synced = 1 WHERE review_id = ?", [(r["review_id"],) for r in reviews])
        con.executemany("UPDATE qa_calibration_answer SET synced = 1 WHERE session_id = ? AND interaction_id = ? "
                        "AND criterion_id = ? AND reviewer = ?",
                        [(a["session_id"], a["interaction_id"], a["criterion_id"], a["reviewer"]) for a in answers])
        con.executemany("UPDATE qa_dispute_event SET synced = 1 WHERE event_id = ?", [(e["event_id"],) for e in events])
    return {"reviews": len(new), "answers": len(new_a), "events": len(new_e)}
