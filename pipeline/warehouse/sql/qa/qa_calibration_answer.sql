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
