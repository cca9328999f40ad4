-- QA workspace in the browser (issue 10): what reviewers, leads and agents decide in the app.
-- The app writes to a store of its own (SQLite, per deployment) and copies these rows here in
-- short transactions (pipeline/app/sync.py), so analysts and `servicelens review --agreement`
-- see them. Idempotent; portable between DuckDB and PostgreSQL. Users and sessions stay in the store.

-- A disagreeing reviewer's corrected result (pass | fail | na) for the criterion.
ALTER TABLE qa_review ADD COLUMN IF NOT EXISTS corrected_result TEXT;

-- Blind calibration: each reviewer's own result per interaction and criterion.
CREATE TABLE IF NOT EXISTS qa_calibration_answer (
    session_id      TEXT NOT NULL,
    interaction_id  TEXT NOT NULL,
    criterion_id    TEXT NOT NULL,
    reviewer        TEXT NOT NULL,
    result          TEXT NOT NULL,    -- pass | fail | na, as the reviewer judged it
    auto_result     TEXT,             -- the automatic result at the time
    answered_at     TIMESTAMP
    -- unique on (session_id, interaction_id, criterion_id, reviewer): the sync inserts only new keys
);

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
