"""Disputes of verdicts: an agent or team lead opens one with a reason, a lead accepts or rejects it;
every step is an event kept as history (and copied to the warehouse's ``qa_dispute_event``)."""

from __future__ import annotations

import hashlib

from pipeline.app.redact import redact_free_text
from pipeline.app.store import Store, utcnow
from pipeline.warehouse.identifiers import where_set

OUTCOMES = ("accepted", "rejected")


def open_dispute(store: Store, interaction_id: str, review_id: str | None, agent_id: str | None, actor: str,
                 reason: str) -> str:
    if not reason.strip():
        raise ValueError("a dispute needs a reason")
    reason = redact_free_text(reason.strip())
    now = utcnow()
    dispute_id = hashlib.sha256(f"{interaction_id}|{review_id}|{actor}|{now}".encode()).hexdigest()[:12]
    with store.transaction() as con:
        con.execute("INSERT INTO qa_dispute VALUES (?, ?, ?, ?, ?, ?, ?, 'open')",
                    (dispute_id, interaction_id, review_id, agent_id, actor, now, reason.strip()))
        con.execute("INSERT INTO qa_dispute_event (event_id, dispute_id, event_at, actor, action, comment) "
                    "VALUES (?, ?, ?, ?, 'opened', ?)", (f"{dispute_id}-0", dispute_id, now, actor, reason.strip()))
        store.audit(actor, "dispute_open", dispute_id, interaction_id, con=con)
    return dispute_id


def resolve_dispute(store: Store, dispute_id: str, actor: str, outcome: str, comment: str | None) -> None:
    if outcome not in OUTCOMES:
        raise ValueError(f"outcome must be one of {', '.join(OUTCOMES)}")
    comment = redact_free_text(comment)
    now = utcnow()
    with store.transaction() as con:
        row = con.execute("SELECT status FROM qa_dispute WHERE dispute_id = ?", (dispute_id,)).fetchone()
        if row is None:
            raise ValueError(f"no dispute {dispute_id}")
        if row[0] != "open":
            raise ValueError(f"dispute {dispute_id} is already {row[0]}")
        n = con.execute("SELECT count(*) FROM qa_dispute_event WHERE dispute_id = ?", (dispute_id,)).fetchone()[0]
        con.execute("UPDATE qa_dispute SET status = ? WHERE dispute_id = ?", (outcome, dispute_id))
        con.execute("INSERT INTO qa_dispute_event (event_id, dispute_id, event_at, actor, action, comment) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (f"{dispute_id}-{n}", dispute_id, now, actor, outcome, comment))
        store.audit(actor, "dispute_" + outcome, dispute_id, comment, con=con)


def disputes(store: Store, interaction_id: str | None = None, agent_id: str | None = None) -> list[dict]:
    where, params = where_set({"interaction_id = ?": interaction_id, "agent_id = ?": agent_id})
    result = store.query_dicts(f"SELECT * FROM qa_dispute{where} ORDER BY opened_at DESC", params)
    for d in result:
        d["events"] = store.query_dicts("SELECT * FROM qa_dispute_event WHERE dispute_id = ? ORDER BY event_at, event_id",
                                        (d["dispute_id"],))
    return result
