-- Disputes of verdicts and their history (opened, accepted, rejected), one row per event.
CREATE TABLE IF NOT EXISTS qa_dispute_event (
    event_id        TEXT PRIMARY KEY,
    dispute_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    review_id       TEXT,
    agent_id        TEXT,
    event_at        TIMESTAMP,
    actor           TEXT,
    action          TEXT NOT NULL,    -- opened | accepted | rejected
    comment         TEXT
);
