-- key: interaction_id, criterion_id
CREATE TABLE IF NOT EXISTS fct_criterion (
    interaction_id TEXT NOT NULL,
    criterion_id   TEXT NOT NULL,
    scorecard      TEXT,
    result         TEXT NOT NULL,     -- pass | fail | na
    confidence     DOUBLE PRECISION,
    weight         DOUBLE PRECISION,
    critical       BOOLEAN,
    evidence       TEXT,              -- JSON list of {turn_index, start, end, text}; null when nothing matched
    note           TEXT,
    run_id         TEXT
);
