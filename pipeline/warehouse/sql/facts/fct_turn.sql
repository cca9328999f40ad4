-- key: interaction_id, turn_index
CREATE TABLE IF NOT EXISTS fct_turn (
    interaction_id   TEXT NOT NULL,
    turn_index       INTEGER NOT NULL,
    speaker          TEXT NOT NULL,
    author_id        TEXT,
    text             TEXT,            -- redacted
    started_at       TIMESTAMP,
    start_offset_s   DOUBLE PRECISION,
    end_offset_s     DOUBLE PRECISION,
    language         TEXT,
    sentiment_label  TEXT,
    sentiment_score  DOUBLE PRECISION,
    role_inferred    BOOLEAN,
    run_id           TEXT
);
