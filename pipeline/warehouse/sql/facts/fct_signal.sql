-- key: interaction_id, signal
CREATE TABLE IF NOT EXISTS fct_signal (
    interaction_id TEXT NOT NULL,
    signal         TEXT NOT NULL,     -- complaint | escalation | churn | legal | abuse
    detected       BOOLEAN,
    confidence     DOUBLE PRECISION,
    evidence       TEXT,              -- JSON list of {turn_index, start, end, text}
    run_id         TEXT
);
