-- key: interaction_id, flag
CREATE TABLE IF NOT EXISTS fct_flag (
    interaction_id TEXT NOT NULL,
    flag           TEXT NOT NULL,
    priority       INTEGER,
    reason         TEXT,
    evidence       TEXT,
    run_id         TEXT
);
